# The boundary between tsmpy's Promises and MicroPython's asyncio (docs/design.md, "Promises on
# asyncio"): awaiting asyncio's awaitables from async functions (js_foreign), handing Promises and
# Promise-returning functions to Python APIs that expect coroutines (js_coro, js_coro_fn), and
# cancellation (a cancelled js_coro task throws CancelledError into the async function).
import time
import asyncio
from asyncio import core as _core
from tsmpy import promise as _p
from tsmpy.promise import Promise, js_set_timeout
from tsmpy.errors import js_caught


def _cancel(p, exc):
    # throw exc (asyncio's CancelledError) into the async function behind p at its current await:
    # its finally blocks run; p settles with what the function then does (rejects with exc if it
    # lets it through)
    k = getattr(p, "_k", None)
    if k is None or p._s:
        return
    w = p._w
    if w._s == 0:
        w._r.remove(k)
    else:
        try:
            _p._q.remove((k, w))  # its resume job is already queued
        except ValueError:
            pass
    k(None, exc)


_SGen = _core.SingletonGenerator


def js_foreign(v):
    # the Promise an `await v` waits on when v is an asyncio awaitable (a coroutine, a Task, the
    # shared sleep object) declared by a device stub
    if isinstance(v, Promise):
        return v
    p = Promise()
    if isinstance(v, _SGen):
        # asyncio.sleep_ms(t) put its due time on the shared object: a timer of ours instead, so
        # that it is ordered with the program's other timers as in Node
        due = v.state
        v.state = None
        js_set_timeout(lambda: p._resolve(None), time.ticks_diff(due, time.ticks_ms()) if due is not None else 0)
        return p

    async def wait():
        try:
            r = await v
        except BaseException as e:
            p._reject(e)
            return
        if type(r) is list:
            # gather(..., return_exceptions=True): the errors as JS sees them (what catch binds)
            r = [js_caught(x) if isinstance(x, Exception) else x for x in r]
        p._resolve(r)

    asyncio.create_task(wait())
    return p


async def _coro(p, ev):
    if not p._s:
        try:
            await ev.wait()
        except asyncio.CancelledError as e:
            _cancel(p, e)
            raise
    if p._s == 2:
        raise p._v
    return p._v


def js_coro(v):
    # a Promise passed where Python expects a coroutine (create_task, wait_for, gather, run): a
    # coroutine that waits for it and returns its value or raises its error; cancelling its task
    # cancels the async function behind the Promise. Anything else passes unchanged.
    if isinstance(v, Promise):
        # reacting now hands a rejection to the coroutine (asyncio reports it if unretrieved)
        ev = asyncio.Event()
        v._react(lambda _: ev.set())
        return _coro(v, ev)
    return v


def js_coro_fn(f):
    # a function returning a Promise passed where Python expects one returning a coroutine
    # (create_supervised_task's factory, async callbacks)
    if f is None:
        return None

    def g(*a):
        return js_coro(f(*a))
    return g


# Timers, as Node keeps them: one FIFO list per duration (a list's timers are due in creation
