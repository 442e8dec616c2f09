# Promises, async functions and timers with Node's ordering, driven by MicroPython's asyncio.
#
# JS ordering (microtasks before the next timer, FIFO timers of equal due time, the body of an
# async function running synchronously up to its first await) is kept by a microtask queue and a
# timer list here rather than by asyncio tasks: asyncio has no microtasks (a task switch is a trip
# through its time-ordered queue) and no FIFO zero-delay timers (sleep_ms(0) tasks of equal due
# time run in heap order, not creation order).
# An async function compiles to `async def` wrapped by js_async: a call creates a Promise and steps
# the coroutine at once; every `await p` yields the awaited Promise to the stepper, which resumes
# the coroutine from a reaction job once p settles. A rejection is kept as the Python exception to
# raise at the await (a thrown JS value v as Uncaught(v)).
#
# The queue and the timers are run by one asyncio task, the pump, created when work becomes
# pending (a job queued, a timer added) while no pump runs, and woken early when it sleeps: it
# drains the microtasks, fires due timers in Node's order (draining after each), sleeps with
# asyncio.sleep_ms until the next timer, and ends when nothing is pending. So whoever runs asyncio
# drives the JS world: TaskManager.start() on a device, the engine's runner under `tsmpy run`;
# work queued from outside (an LVGL callback, a Python task) starts or wakes the pump. An
# unhandled rejection ends the pump with that exception (asyncio reports it; `tsmpy run` exits 1).
import time
import asyncio
from asyncio import core as _core
from asyncio import CancelledError as _Cancelled
from tsmpy.errors import js_throw, js_caught, TypeError as JsTypeError

_q = []  # microtask jobs: (fn, arg)
_unhandled = []


class Promise:
    # No __init__ (creating an instance is then much cheaper on MicroPython): the fields start as
    # these class attributes and become instance attributes when first written.
    _s = 0  # 0 pending, 1 fulfilled, 2 rejected
    _v = None
    _r = None  # reactions while pending: fn(promise), a list once one is added
    _done = False  # already resolved (possibly locked in to another promise)
    _h = False  # has a handler (for unhandled rejections)

    def _settle(self, s, v):
        if self._s:
            return
        self._s = s
        self._v = v
        rs = self._r
        if rs is not None:
            self._r = None
            for f in rs:
                _q.append((f, self))
            if _idle:
                _kick()  # reactions to run
        if s == 2 and not self._h:
            _unhandled.append(self)
            if _idle:
                _kick()  # a rejection to check for a handler once the queue is drained

    def _resolve(self, v=None):
        if self._done:
            return
        self._done = True
        if isinstance(v, Promise):
            if v is self:
                self._settle(2, js_throw(JsTypeError("Chaining cycle detected for promise #<Promise>")))
                return
            # NewPromiseResolveThenableJob: one job to call then, one more for its reaction
            _q.append((_adopt, (self, v)))
            if _idle:
                _kick()
        else:
            self._settle(1, v)

    def _reject(self, exc):
        if self._done:
            return
        self._done = True
        self._settle(2, exc)

    def _react(self, f):
        self._h = True
        if self._s:
            _q.append((f, self))
            if _idle:
                _kick()
        else:
            r = self._r
            if r is None:
                self._r = [f]
            else:
                r.append(f)

    def __iter__(self):
        yield self
        if self._s == 2:
            raise self._v
        return self._v

    __await__ = __iter__

    def then(self, on_ok=None, on_err=None):
        q = Promise()

        def f(p):
            try:
                if p._s == 1:
                    if on_ok is None:
                        q._resolve(p._v)
                        return
                    r = on_ok(p._v)
                else:
                    if on_err is None or isinstance(p._v, _Cancelled):
                        # a cancellation passes catch handlers as it passes catch blocks
                        q._reject(p._v)
                        return
                    r = on_err(js_caught(p._v))
            except Exception as e:
                q._reject(e)
                return
            q._resolve(r)

        self._react(f)
        return q

    def catch(self, on_err=None):
        return self.then(None, on_err)

    def js_finally(self, on_fin=None):
        if on_fin is None:
            return self.then()
        q = Promise()

        def f(p):
            # as JS: then(v => Promise.resolve(onFinally()).then(() => v), ...), whose inner
            # promise the outer one adopts (Node's job count)
            try:
                r = on_fin()
            except Exception as e:
                q._reject(e)
                return
            after = js_promise_resolve(r)
            p2 = Promise()

            def g(a):
                if a._s == 2:
                    p2._reject(a._v)
                elif p._s == 1:
                    p2._resolve(p._v)
                else:
                    p2._reject(p._v)

            after._react(g)
            q._resolve(p2)

        self._react(f)
        return q


def _adopt(pair):
    outer, inner = pair

    def f(p):
        outer._settle(p._s, p._v)

    inner._react(f)


def js_new_promise(executor):
    # new Promise((resolve, reject) => ...)
    p = Promise()

    def reject(v=None):
        p._reject(js_throw(v))

    try:
        executor(p._resolve, reject)  # resolve(v=None): the bound method itself
    except Exception as e:
        p._reject(e)
    return p


def js_promise_resolve(v=None):
    if isinstance(v, Promise):
        return v
    p = Promise()
    p._resolve(v)
    return p


def js_promise_reject(v=None):
    p = Promise()
    p._reject(js_throw(v))
    return p


def js_await(v):
    # the promise an `await v` waits on when v may not be a Promise
    if isinstance(v, Promise):
        return v
    p = Promise()
    p._s = 1
    p._v = v
    p._done = True
    return p


def _foreign_await_error():
    return js_throw(JsTypeError("an asyncio awaitable was awaited as a Promise: keep a device API's awaitable typed as the stub declares it (Coroutine, Task, Sleep) so that tsmpy can await it"))


def js_async(f):
    # an async function: calling it runs the body up to its first await and returns a Promise
    def call(*a):
        p = Promise()
        co = f(*a)

        def k(_, exc=None):
            # run the coroutine to its next await; k itself is the reaction that resumes it, and
            # p._w records the awaited Promise (for a cancellation)
            try:
                w = co.send(None) if exc is None else co.throw(exc)
            except StopIteration as e:
                p._resolve(e.value)
                return
            except Exception as e:
                p._reject(e)
                return
            except _Cancelled as e:
                # cancelled (asyncio cancelled the task waiting for p): p rejects with it
                p._reject(e)
                return
            p._w = w
            try:
                w._react(k)
            except AttributeError:
                # an asyncio awaitable the compiler could not see as one (a device API's
                # awaitable kept in a variable typed plain Promise) yielded to us, not to asyncio
                k(None, _foreign_await_error())

        p._k = k
        k(None)
        return p
    return call


# order), so the next timer is the earliest of the lists' heads (ties: creation order) and
# finding it costs one look per distinct duration, not per timer.
# A timer: [due, order, fn (None once cleared), args, interval or -1, ms, id]
# Nothing keeps a timer's callback once it is done with: a cleared or fired timer drops fn and
# args, a list's slot is emptied when its head moves past it, and an emptied list's dict entry is
# set to None before it is deleted (MicroPython keeps a deleted entry's value in the dict's table
# until the slot is reused). Otherwise finished callbacks, and the Promises and coroutine frames
# they reach, stay alive: memory grew with every distinct duration a program ever used.
_timers = {}  # id -> timer, for clearTimeout
_lists = {}  # ms -> [timers, index of the head]
_seq = [0]


def _push(t):
    b = _lists.get(t[5])
    if b is None:
        _lists[t[5]] = [[t], 0]
    else:
        b[0].append(t)


def _add(fn, ms, args, repeat):
    if type(ms) is int:
        if ms < 1 or ms > 2147483647:
            ms = 1
    else:
        try:
            ms = float(ms) if ms is not None else 0.0
        except Exception:
            ms = 0.0
        if not (ms >= 1 and ms <= 2147483647):
            ms = 1
        ms = int(ms)
    _seq[0] += 1
    tid = _seq[0]
    # (Node takes a timer's start from the current time: getLibuvNow updates the loop's clock)
    t = [time.ticks_add(time.ticks_ms(), ms), tid, fn, args, ms if repeat else -1, ms, tid]
    _timers[tid] = t
    _push(t)
    if _idle:
        _kick()  # a new timer may be due before the one the pump sleeps for
    return tid


def js_set_timeout(fn, ms=0, *args):
    return _add(fn, ms, args, False)


def js_set_interval(fn, ms=0, *args):
    return _add(fn, ms, args, True)


def js_clear_timer(tid=None):
    try:
        t = _timers.pop(tid)
    except (KeyError, TypeError):
        return
    t[2] = None  # skipped when it reaches the head of its list
    t[3] = None


def _drain():
    global _q
    while _q:
        q = _q
        _q = []
        i = 0
        n = len(q)
        while i < n:
            f, a = q[i]
            i += 1
            try:
                f(a)
            except BaseException:
                _q = q[i:] + _q
                raise
        # jobs queued meanwhile run next, in order
    if _unhandled:
        for p in _unhandled:
            if not p._h and not isinstance(p._v, _Cancelled):
                _unhandled.clear()
                raise p._v
        _unhandled.clear()


def _next_timer():
    # the list whose head (b[0][b[1]]) fires next: earliest due time, then creation order
    best = None
    bb = None
    empty = None
    for ms in _lists:
        b = _lists[ms]
        lst = b[0]
        h = b[1]
        n = len(lst)
        while h < n and lst[h][2] is None:
            lst[h] = None  # cleared
            h += 1
        if h >= 32 and h * 2 >= n:
            # compact here too: a list whose timers are all cleared before they fire (a guard
            # timeout per operation) never reaches _pop_head and would keep every entry
            del lst[:h]
            n -= h
            h = 0
        b[1] = h
        if h == n:
            if empty is None:
                empty = []
            empty.append(ms)
            continue
        t = lst[h]
        if best is None:
            best = t
            bb = b
        else:
            d = time.ticks_diff(t[0], best[0])
            if d < 0 or (d == 0 and t[1] < best[1]):
                best = t
                bb = b
    if empty is not None:
        for ms in empty:
            _lists[ms] = None
            del _lists[ms]
    return bb


def _pop_head(b):
    lst = b[0]
    lst[b[1]] = None
    h = b[1] + 1
    if h >= 32 and h * 2 >= len(lst):
        del lst[:h]
        h = 0
    b[1] = h


# The pump: _pump is its asyncio Task (None when there is none); _idle is true when no pump will
# look at the queue without being started or woken (none exists, or it sleeps until a timer).
_pump = None
_idle = True


def _kick():
    # work became pending: start the pump, or wake it from its sleep
    global _pump, _idle
    _idle = False
    if _pump is None:
        _pump = asyncio.create_task(_run_pump())
    else:
        # it sleeps in asyncio.sleep_ms: requeue it to run now (the sleep then returns)
        _core._task_queue.remove(_pump)
        _core._task_queue.push(_pump)


def _report(e, what):
    # an error no JS code handles (an unhandled rejection, a throw in a timer callback): reported
    # at once through asyncio's exception handler, as Node reports it before running anything
    # else (a device prints it and carries on; the engine's handler ends `tsmpy run`)
    _core.Loop.call_exception_handler({"message": what, "exception": e, "future": _pump})


async def _run_pump():
    global _pump, _idle
    try:
        while True:
            if _q or _unhandled:
                try:
                    _drain()
                except Exception as e:
                    _report(e, "Unhandled promise rejection")
                    continue
            if not _timers:
                return
            bb = _next_timer()
            if bb is None:
                return  # (cannot happen: a live timer is in _timers and in its list)
            best = bb[0][bb[1]]
            now = time.ticks_ms()
            wait = time.ticks_diff(best[0], now)
            if wait > 0:
                _idle = True
                await asyncio.sleep_ms(wait)
                _idle = False
                continue  # woken early, or due: look again
            h = _core._task_queue.peek()
            if h is not None and time.ticks_diff(h.ph_key, now) <= 0:
                # other asyncio tasks are ready (a cancelled task, an app's task): let them run
                # before the next timer rather than after a whole backlog of due timers
                await asyncio.sleep_ms(0)
                continue
            _pop_head(bb)
            if best[4] >= 0:
                # an interval goes back in the list after the timers created before its next run
                best[0] = time.ticks_add(now, best[4])
                _seq[0] += 1
                best[1] = _seq[0]
                _push(best)
                fn = best[2]
                args = best[3]
            else:
                del _timers[best[6]]
                fn = best[2]
                args = best[3]
                best[2] = None
                best[3] = None
            try:
                fn(*args)
            except Exception as e:
                _report(e, "Uncaught exception in a timer callback")
    finally:
        _pump = None
        _idle = True


async def _until_idle():
    while _pump is not None:
        await _pump


def js_run():
    # A program run as a device's main.py, where no one runs asyncio yet: run it until the JS
    # world is idle. (In an app, TaskManager runs the loop and this is not called.)
    if _pump is not None:
        asyncio.run(_until_idle())
