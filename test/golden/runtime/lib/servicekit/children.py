from tsmpy.aio import js_coro, js_foreign
from tsmpy.array import js_index_of, js_splice
from tsmpy.errors import js_caught
from tsmpy.obj import js_Obj, js_oset
from tsmpy.promise import js_async, js_clear_timer, js_new_promise, js_promise_resolve, js_run, js_set_timeout
from tsmpy.value import js_null

class _o9(js_Obj):
    _jsk = ("failed",)
    def __init__(self, v0):
        js_oset(self, "failed", v0)

class _o12(js_Obj):
    _jsk = ("failed", "error")
    def __init__(self, v0, v1):
        js_oset(self, "failed", v0)
        js_oset(self, "error", v1)

def delay(s):
    def _f4(resolve, *_):
        js_set_timeout(resolve, s * 1000)
    return js_new_promise(_f4)

def allFinished(children, timeout):
    def _f5(resolve, *_):
        left = len(children)
        if left == 0:
            resolve(True)
            return
        timer = js_set_timeout(lambda *_: resolve(False), timeout * 1000)
        for c in children:
            _t7 = c.done
            def _f6(*_):
                nonlocal left
                left -= 1
                if left == 0:
                    js_clear_timer(timer)
                    resolve(True)
            _t7.then(_f6)
    return js_new_promise(_f5)

def track(children, name, work):
    child = Child(name)
    children.append(child)
    task = TaskManager.create_task(js_coro(work))
    child.task = task
    def _f8(resolve, *_):
        outcome = _o9(False)
        @js_async
        async def _f10():
            nonlocal outcome
            try:
                try:
                    if task is None:
                        await work
                    else:
                        await js_foreign(task)
                except Exception as _e11:
                    e = js_caught(_e11)
                    if not child.cancelled:
                        outcome = _o12(True, e)
            finally:
                i = js_index_of(children, child)
                if i >= 0:
                    js_splice(children, i, 1)
                child.finish()
                resolve(outcome)
        ended = _f10
        ended()
    return js_new_promise(_f8)

def callTracked(children, name, fn):
    r = None
    try:
        r = fn()
    except Exception as _e13:
        e = js_caught(_e13)
        return js_promise_resolve(_o12(True, e))
    if r is None:
        return js_promise_resolve(_o9(False))
    return track(children, name, js_promise_resolve(r))

def trackCoroutine(children, name, coro):
    task = TaskManager.create_task(coro)
    if task is None:
        return None
    child = Child(name)
    child.task = task
    children.append(child)
    @js_async
    async def _f14():
        while not task.done() and not child.finished:
            await delay(0.05)
        i = js_index_of(children, child)
        if i >= 0:
            js_splice(children, i, 1)
        child.finish()
    watch = _f14
    watch()
    return child

@js_async
async def stopChildren(children, timeout):
    pending = children[:]
    if await allFinished(pending, timeout):
        return 0
    cancelled = 0
    for c in pending:
        if c.finished:
            continue
        cancelled += 1
        c.cancel()
    await allFinished(pending, timeout)
    return cancelled

from mpos import TaskManager

class Child:
    _jsn = "Child"
    _jsk = ("name", "task", "finished", "cancelled", "done", "settle")
    def __getattr__(self, k):
        if k[:2] == "__" or k[:3] == "_js":
            raise AttributeError(k)
        return None

    def __init__(self, name):
        self.task = None
        self.finished = False
        self.cancelled = False
        self.done = None
        def _f1():
            pass
        self.settle = _f1
        self.name = name
        def _f2(resolve, *_):
            self.settle = resolve
        self.done = js_new_promise(_f2)

    def finish(self):
        if self.finished:
            return
        self.finished = True
        self.settle()

    def cancel(self):
        if self.finished or self.cancelled:
            return
        self.cancelled = True
        None if (_t3 := self.task) is None or _t3 is js_null else _t3.cancel()

if __name__ == "__main__":
    js_run()
