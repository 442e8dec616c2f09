import collections
from tsmpy.aio import js_coro
from tsmpy.array import js_includes, js_index_of, js_reverse, js_splice
from tsmpy.errors import Error, js_caught, js_throw
from tsmpy.jsmath import js_min
from tsmpy.num import js_num_str
from tsmpy.obj import js_Obj, js_keys, js_oset
from tsmpy.promise import js_async, js_await, js_clear_timer, js_new_promise, js_promise_resolve, js_run, js_set_timeout
from tsmpy.value import js_str

class _o12(js_Obj):
    _jsk = ("failed",)
    def __init__(self, v0):
        js_oset(self, "failed", v0)

class _o21(js_Obj):
    _jsk = ("name", "kind", "state", "uptime", "restarts", "last_error", "loop_count")
    def __init__(self, v0, v1, v2, v3, v4, v5, v6):
        js_oset(self, "name", v0)
        js_oset(self, "kind", v1)
        js_oset(self, "state", v2)
        js_oset(self, "uptime", v3)
        js_oset(self, "restarts", v4)
        js_oset(self, "last_error", v5)
        js_oset(self, "loop_count", v6)

from mpos import Service, TaskManager
import time as time_
import builtins
from servicekit.children import Child, callTracked, stopChildren, track, trackCoroutine
from servicekit.events import bus
from servicekit.graph import DependencyCycleError, startOrder
from servicekit.logger import Logger
from servicekit.registry import provide, unprovide
from servicekit.decorators import taskMethodsOf

class ManagedService(Service):
    _jsn = "ManagedService"
    _jsk = ("name", "kind", "enabled", "provides", "restart", "max_restarts", "restart_window", "backoff", "max_backoff", "every", "start_delay", "repeat", "stop_timeout", "dependencies", "log_level", "state", "should_stop", "restarts", "loop_count", "last_error", "_log", "_started_ms", "_children", "_cleanups", "_listeners", "_sleepers", "_restart_times", "_dependants", "_adopted", "_starting", "_stopping")
    name = None
    kind = None
    enabled = None
    provides = None
    restart = None
    max_restarts = None
    restart_window = None
    backoff = None
    max_backoff = None
    every = None
    start_delay = None
    repeat = None
    stop_timeout = None
    dependencies = None
    log_level = None
    state = None
    should_stop = None
    restarts = None
    loop_count = None
    last_error = None
    _log = None
    _started_ms = None
    _children = None
    _cleanups = None
    _listeners = None
    _sleepers = None
    _restart_times = None
    _dependants = None
    _adopted = None
    _starting = None
    _stopping = None
    def __init__(self):
        super().__init__()
        self.name = "service"
        self.kind = "runtime"
        self.enabled = True
        self.provides = []
        self.restart = "on_failure"
        self.max_restarts = 5
        self.restart_window = 60
        self.backoff = 0.1
        self.max_backoff = 10
        self.every = 1
        self.start_delay = 0
        self.repeat = None
        self.stop_timeout = 2
        self.dependencies = []
        self.log_level = "info"
        self.state = "init"
        self.should_stop = False
        self.restarts = 0
        self.loop_count = 0
        self.last_error = None
        self._log = None
        self._started_ms = 0
        self._children = []
        self._cleanups = []
        self._listeners = []
        self._sleepers = []
        self._restart_times = []
        self._dependants = []
        self._adopted = []
        self._starting = None
        self._stopping = None

    @js_async
    async def on_start(self):
        pass

    @js_async
    async def on_started(self):
        pass

    @js_async
    async def on_stop(self):
        pass

    def on_error(self, error):
        pass

    @js_async
    async def run(self):
        pass

    def stats(self):
        return collections.OrderedDict()

    def onStart(self, intent=None):
        TaskManager.create_task(js_coro(self.start()))

    def _get_log(self):
        if self._log is None:
            self._log = Logger(self.name, self.log_level)
        return self._log

    def add_dependency(self, dep):
        if not js_includes(self.dependencies, dep):
            self.dependencies.append(dep)
        return self

    @js_async
    async def adopt(self, child):
        if not js_includes(self._adopted, child):
            self._adopted.append(child)
        if self.state == "running":
            await child.start()
        return child

    def start(self):
        if self.state == "running":
            return js_promise_resolve(True)
        if self._starting is not None:
            return self._starting
        p = self._start()
        self._starting = p
        return p

    @js_async
    async def _start(self):
        try:
            if not self.enabled:
                self.log.info("disabled, not started")
                return False
            for dep in startOrder([self]):
                if dep is self:
                    continue
                if not js_includes(dep._dependants, self):
                    dep._dependants.append(self)
                if not await dep.start():
                    raise js_throw(Error("dependency " + dep.name + " is not running"))
            self.state = "starting"
            self.should_stop = False
            bus.emit("service:starting", self)
            await self.on_start()
            provide(self.name, self)
            for alias in self.provides:
                provide(alias, self)
            for name in taskMethodsOf(builtins.type(self)):
                method = builtins.getattr(self, name, lambda: None)
                self._child(name, method)
            for child in self._adopted:
                await child.start()
            if self.kind == "core":
                await self.run()
                self.loop_count += 1
            else:
                track(self._children, self.name + ".service.main", self._supervise())
            self.state = "running"
            self._started_ms = time_.ticks_ms()
            await self.on_started()
            bus.emit("service:started", self)
            return True
        except Exception as _e1:
            e = js_caught(_e1)
            if isinstance(e, DependencyCycleError):
                raise js_throw(e)
            self._failed(self.name + ".service.start", e)
            await self._shutdown("crashed")
            return False
        finally:
            self._starting = None

    def stop(self):
        return self._shutdown("stopped")

    def _shutdown(self, final):
        if self._stopping is not None:
            return self._stopping
        if (self.state == "init" or self.state == "stopped") or self.state == "crashed":
            if final == "crashed":
                self.state = "crashed"
            return js_promise_resolve()
        p = self._stop(final)
        self._stopping = p
        return p

    @js_async
    async def _stop(self, final):
        try:
            for d in js_reverse(self._dependants[:]):
                await d.stop()
            self.state = "stopping"
            self.should_stop = True
            for wake in js_splice(self._sleepers, 0):
                wake()
            bus.emit("service:stopping", self)
            await self._bounded("on_stop", self.on_stop())
            for child in js_reverse(self._adopted[:]):
                await child.stop()
            cancelled = await stopChildren(self._children, self.stop_timeout)
            if cancelled and cancelled == cancelled:
                self.log.warning("cancelled " + js_num_str(cancelled) + " task(s) still running after " + js_num_str(self.stop_timeout) + "s")
            for fn in js_reverse(js_splice(self._cleanups, 0)):
                try:
                    await js_await(fn())
                except Exception as _e2:
                    e = js_caught(_e2)
                    self._failed(self.name + ".service.cleanup", e)
            for _t3 in js_splice(self._listeners, 0):
                event = _t3[0]
                fn = _t3[1]
                bus.unlisten(event, fn)
            unprovide(self.name, self)
            for alias in self.provides:
                unprovide(alias, self)
            self.state = final
            bus.emit("service:crashed" if final == "crashed" else "service:stopped", self)
        finally:
            self._stopping = None

    def _bounded(self, hook, p):
        def _f4(resolve, *_):
            def _f5(*_):
                self.log.warning(hook + " did not finish within " + js_num_str(self.stop_timeout) + "s")
                resolve()
            timer = js_set_timeout(_f5, self.stop_timeout * 1000)
            _t7 = p
            def _f6(*_):
                js_clear_timer(timer)
                resolve()
            _t9 = _t7
            _t10 = _f6
            def _f8(e):
                js_clear_timer(timer)
                self._failed(self.name + ".service." + hook, e)
                resolve()
            _t9.then(_t10, _f8)
        return js_new_promise(_f4)

    @js_async
    async def _supervise(self):
        first = True
        while True:
            outcome = await self._body(first)
            if outcome.failed:
                self._failed(self.name + ".service.run", outcome.error)
            failed = outcome.failed
            first = False
            if self.should_stop:
                return
            if not (self.restart == "always" or failed and self.restart == "on_failure"):
                if failed or self.kind == "schedule":
                    self._shutdown("crashed" if failed else "stopped")
                return
            now = time_.ticks_ms()
            self._restart_times = [t for t in self._restart_times if time_.ticks_diff(now, t) < self.restart_window * 1000]
            if len(self._restart_times) >= self.max_restarts:
                self.log.error("crashed: " + str(len(self._restart_times)) + " restarts within " + js_num_str(self.restart_window) + "s")
                self._shutdown("crashed")
                return
            wait = js_min(self.max_backoff, self.backoff * 2 ** len(self._restart_times))
            self._restart_times.append(now)
            self.restarts += 1
            self.log.warning("restarting in " + js_num_str(wait) + "s")
            bus.emit("service:restarting", self)
            if await self.sleep(wait):
                return

    @js_async
    async def _body(self, first):
        @js_async
        async def _f11():
            o = await callTracked(self._children, self.name + ".service.run", lambda: self.run())
            if not o.failed and not self.should_stop:
                self.loop_count += 1
            return o
        runOnce = _f11
        if self.kind != "schedule":
            return await runOnce()
        if (first and self.start_delay > 0) and await self.sleep(self.start_delay):
            return _o12(False)
        while True:
            o = await runOnce()
            if o.failed or self.should_stop:
                return o
            if self.repeat is not None and self.loop_count >= self.repeat:
                return o
            if await self.sleep(self.every):
                return o

    def _failed(self, where, e):
        self.last_error = js_str(e)
        self.log.error(where + " failed: " + self.last_error)
        try:
            self.on_error(e)
        except Exception as _e13:
            e2 = js_caught(_e13)
            self.log.error("on_error failed: " + js_str(e2))
        bus.emit("service:error", self)

    def sleep(self, s):
        if self.should_stop:
            return js_promise_resolve(True)
        def _f14(resolve, *_):
            def _f15(*_):
                js_clear_timer(timer)
                resolve(True)
            wake = _f15
            def _f16(*_):
                i = js_index_of(self._sleepers, wake)
                if i >= 0:
                    js_splice(self._sleepers, i, 1)
                resolve(False)
            timer = js_set_timeout(_f16, s * 1000)
            self._sleepers.append(wake)
        return js_new_promise(_f14)

    @js_async
    async def _child(self, label, fn):
        o = await callTracked(self._children, self.name + ".service." + label, fn)
        if o.failed:
            self._failed(self.name + ".service." + label, o.error)
        return not o.failed

    def add_future(self, coro):
        return trackCoroutine(self._children, self.name + ".service.future", coro)

    def spawn(self, fn, *args):
        args = list(args)
        return self._child("spawn", lambda: fn(*args))

    def spawn_named(self, label, fn, *args):
        args = list(args)
        return self._child(label, lambda: fn(*args))

    def interval(self, fn, s):
        _t18 = self._child
        @js_async
        async def _f17():
            while not await self.sleep(s):
                o = await callTracked(self._children, self.name + ".service.interval", fn)
                if o.failed:
                    self._failed(self.name + ".service.interval", o.error)
        return _t18("interval", _f17)

    def timeout(self, fn, s):
        _t20 = self._child
        @js_async
        async def _f19():
            if not await self.sleep(s):
                await self._child("timeout", fn)
        return _t20("timeout", _f19)

    def add_cleanup(self, fn):
        self._cleanups.append(fn)

    def listen(self, event, fn):
        self._listeners.append([event, fn])
        bus.listen(event, fn)

    def emit(self, event, data=None):
        return bus.emit(event, data)

    def tasks(self):
        return [c.name for c in self._children]

    def status(self):
        uptime = time_.ticks_diff(time_.ticks_ms(), self._started_ms) / 1000 if self.state == "running" else 0
        return _o21(self.name, self.kind, self.state, uptime, self.restarts, self.last_error, self.loop_count)

    def report(self):
        line = self.name + " [" + self.kind + "] " + self.state + " restarts=" + js_num_str(self.restarts) + " loops=" + js_num_str(self.loop_count)
        if self.last_error is not None:
            line += " last_error=" + self.last_error
        extra = self.stats()
        for k in js_keys(extra):
            line += " " + k + "=" + js_str(extra.get(k))
        return line
    log = property(_get_log)

if __name__ == "__main__":
    js_run()
