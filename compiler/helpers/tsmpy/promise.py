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
    def __init__(self):
        self._s = 0  # 0 pending, 1 fulfilled, 2 rejected
        self._v = None
        self._r = []  # reactions: fn(state, value)
        self._done = False  # already resolved (possibly locked in to another promise)
        self._h = False  # has a handler (for unhandled rejections)

    def _settle(self, s, v):
        if self._s:
            return
        self._s = s
        self._v = v
        rs = self._r
        self._r = None
        for f in rs:
            _q.append((f, self))
        if _idle and (rs or s == 2):
            _kick()  # reactions to run, or a rejection to check for a handler
        if s == 2 and not self._h:
            _unhandled.append(self)

    def _resolve(self, v):
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
            self._r.append(f)

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

    def resolve(v=None):
        p._resolve(v)

    def reject(v=None):
        p._reject(js_throw(v))

    try:
        executor(resolve, reject)
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


def js_for_await(v):
    # one step of `for await` over an array: PromiseResolve(v).then(unwrap), then awaited (two jobs)
    q = Promise()
    js_promise_resolve(v)._react(lambda p: q._settle(p._s, p._v))
    q._done = True
    return q


def js_promise_all(items):
    out = Promise()
    ps = [js_promise_resolve(x) for x in items]
    n = len(ps)
    vals = [None] * n
    left = [n]
    if n == 0:
        out._resolve(vals)
        return out
    for i in range(n):
        # each element goes through Promise.resolve(x).then(...): a reaction per element
        def mk(i):
            def f(p):
                if p._s == 2:
                    out._reject(p._v)
                    return
                vals[i] = p._v
                left[0] -= 1
                if left[0] == 0:
                    out._resolve(vals)
            return f
        # as then(): the handler runs in a reaction job of a fresh promise
        ps[i]._react(mk(i))
    return out


def js_promise_race(items):
    # each element through Promise.resolve(x).then(resolve, reject): the first to settle wins
    out = Promise()

    def f(p):
        if p._s == 2:
            out._reject(p._v)
        else:
            out._resolve(p._v)

    for x in items:
        js_promise_resolve(x)._react(f)
    return out


def js_promise_any(items):
    out = Promise()
    ps = [js_promise_resolve(x) for x in items]
    n = len(ps)
    errs = [None] * n
    left = [n]

    def fail():
        from tsmpy.errors import AggregateError
        out._reject(js_throw(AggregateError(errs, "All promises were rejected")))

    if n == 0:
        fail()
        return out
    for i in range(n):
        def mk(i):
            def f(p):
                if p._s == 1:
                    out._resolve(p._v)
                    return
                errs[i] = js_caught(p._v)
                left[0] -= 1
                if left[0] == 0:
                    fail()
            return f
        ps[i]._react(mk(i))
    return out


_settled_shapes = []


def _settled(ok, v):
    # Promise.allSettled's result objects, printed and enumerated as Node's
    if not _settled_shapes:
        from tsmpy.obj import js_Obj, js_oset

        # named Object: console prints them as plain objects (console._is_plain)
        class Object(js_Obj):
            _jsk = ("status", "value")

            def __init__(self, v):
                js_oset(self, "status", "fulfilled")
                js_oset(self, "value", v)

        _settled_shapes.append(Object)

        class Object(js_Obj):
            _jsk = ("status", "reason")

            def __init__(self, v):
                js_oset(self, "status", "rejected")
                js_oset(self, "reason", v)

        _settled_shapes.append(Object)
    return _settled_shapes[0 if ok else 1](v)


def js_promise_all_settled(items):
    out = Promise()
    ps = [js_promise_resolve(x) for x in items]
    n = len(ps)
    vals = [None] * n
    left = [n]
    if n == 0:
        out._resolve(vals)
        return out
    for i in range(n):
        def mk(i):
            def f(p):
                vals[i] = _settled(True, p._v) if p._s == 1 else _settled(False, js_caught(p._v))
                left[0] -= 1
                if left[0] == 0:
                    out._resolve(vals)
            return f
        ps[i]._react(mk(i))
    return out


def _step(co, p, k, exc=None):
    # run an async function's coroutine to its next await: k (its one resume job) reacts to the
    # awaited Promise, which p._w records for a cancellation
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
    w._react(k)


def js_async(f):
    # an async function: calling it runs the body up to its first await and returns a Promise
    def call(*a):
        p = Promise()
        co = f(*a)

        def k(_, exc=None):
            _step(co, p, k, exc)

        p._k = k
        _step(co, p, k)
        return p
    return call


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
            _q.remove((k, w))  # its resume job is already queued
        except ValueError:
            pass
    k(None, exc)


# ---- the boundary with asyncio (docs/design.md, "Promises on asyncio") ----------------------------

_SGen = _core.SingletonGenerator
_Task = _core.Task


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


# Timers: id -> [due, order, fn, args, interval or -1]
_timers = {}
_seq = [0]


def _clock():
    # Node takes a timer's start from the current time (getLibuvNow updates the loop's clock)
    return time.ticks_ms()


def _add(fn, ms, args, repeat):
    try:
        ms = float(ms) if ms is not None else 0.0
    except Exception:
        ms = 0.0
    if not (ms >= 1 and ms <= 2147483647):
        ms = 1
    ms = int(ms)
    _seq[0] += 1
    tid = _seq[0]
    _timers[tid] = [time.ticks_add(_clock(), ms), tid, fn, args, ms if repeat else -1]
    if _idle:
        _kick()  # a new timer may be due before the one the pump sleeps for
    return tid


def js_set_timeout(fn, ms=0, *args):
    return _add(fn, ms, args, False)


def js_set_interval(fn, ms=0, *args):
    return _add(fn, ms, args, True)


def js_clear_timer(tid=None):
    if tid in _timers:
        del _timers[tid]


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
    # the timer to fire next: earliest due time, then creation order
    best = None
    bid = 0
    for tid in _timers:
        t = _timers[tid]
        if best is None:
            best = t
            bid = tid
        else:
            d = time.ticks_diff(t[0], best[0])
            if d < 0 or (d == 0 and t[1] < best[1]):
                best = t
                bid = tid
    return bid, best


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
            try:
                _drain()
            except Exception as e:
                _report(e, "Unhandled promise rejection")
                continue
            if not _timers:
                return
            bid, best = _next_timer()
            now = time.ticks_ms()
            wait = time.ticks_diff(best[0], now)
            if wait > 0:
                _idle = True
                await asyncio.sleep_ms(wait)
                _idle = False
                continue  # woken early, or due: look again
            if best[4] >= 0:
                # an interval goes back in the list after the timers created before its next run
                best[0] = time.ticks_add(now, best[4])
                _seq[0] += 1
                best[1] = _seq[0]
            else:
                del _timers[bid]
            try:
                best[2](*best[3])
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
