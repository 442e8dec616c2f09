from tsmpy.aio import js_coro, js_foreign
from tsmpy.errors import js_caught
from tsmpy.jsmath import js_max
from tsmpy.num import js_num_str
from tsmpy.promise import js_async, js_run
from tsmpy.value import js_null, js_str
import asyncio as asyncio_
import sys as sys_
PRUNE_AT = 32

class TaskManager:
    _jsn = "TaskManager"
    _jsk = ()
    def __getattr__(self, k):
        if k[:2] == "__" or k[:3] == "_js":
            raise AttributeError(k)
        return None

    def __init__(self):
        pass

    @staticmethod
    @js_async
    async def _asyncio_thread(sleep_ms):
        while TaskManager.keep_running == True:
            await js_foreign(asyncio_.sleep_ms(sleep_ms))

    @staticmethod
    def start():
        if TaskManager.disabled:
            print("WARNING:mpos.task_manager:Not starting TaskManager because it's been disabled.")
            return
        TaskManager.keep_running = True
        asyncio_.run(js_coro(TaskManager._asyncio_thread(10)))

    @staticmethod
    def stop():
        TaskManager.keep_running = False

    @staticmethod
    def enable():
        TaskManager.disabled = False

    @staticmethod
    def disable():
        TaskManager.disabled = True

    @staticmethod
    def create_task(coroutine):
        if TaskManager.disabled:
            return None
        task = asyncio_.create_task(coroutine)
        tasks = TaskManager.task_list
        tasks.append(task)
        if len(tasks) >= TaskManager._prune_at:
            TaskManager._prune()
        return task

    @staticmethod
    def _track(task):
        tasks = TaskManager.task_list
        tasks.append(task)
        if len(tasks) >= TaskManager._prune_at:
            TaskManager._prune()
        return task

    @staticmethod
    def _prune():
        live = [t for t in TaskManager.task_list if not t.done()]
        TaskManager.task_list = live
        TaskManager._prune_at = js_max(PRUNE_AT, len(live) * 2)

    @staticmethod
    def create_supervised_task(coroutine_factory, restart_delay_ms=None, restart_on_return=None):
        if restart_delay_ms is None:
            restart_delay_ms = 200
        if restart_on_return is None:
            restart_on_return = False
        @js_async
        async def _f1():
            while True:
                try:
                    await js_foreign(coroutine_factory())
                    if not restart_on_return:
                        return
                    print("WARNING:mpos.task_manager:supervised task returned, restarting it")
                except Exception as _e2:
                    e = js_caught(_e2)
                    print("WARNING:mpos.task_manager:supervised task died, restarting it: " + js_str(e))
                await js_foreign(asyncio_.sleep_ms(restart_delay_ms))
        supervisor = _f1
        if TaskManager.disabled:
            return None
        return TaskManager._track(asyncio_.create_task(js_coro(supervisor())))

    @staticmethod
    def list_tasks():
        TaskManager._prune()
        _f3 = lambda t, i, *_: print("task " + js_num_str(i) + ": done:" + ("true" if t.done() else "false"))
        _x4 = TaskManager.task_list
        for _i5 in range(len(_x4)):
            if _i5 >= len(_x4):
                break
            _f3(_x4[_i5], _i5)

    @staticmethod
    def sleep_ms(ms):
        return asyncio_.sleep_ms(ms)

    @staticmethod
    def sleep(s):
        return asyncio_.sleep(s)

    @staticmethod
    def notify_event():
        return asyncio_.Event()

    @staticmethod
    def wait_for(awaitable, timeout):
        return asyncio_.wait_for(awaitable, None if timeout is js_null else timeout)

    @staticmethod
    def good_stack_size():
        return 16384 if sys_.platform == "esp32" else 24576

TaskManager.task_list = []
TaskManager.keep_running = None
TaskManager.disabled = False
TaskManager._prune_at = PRUNE_AT
if __name__ == "__main__":
    js_run()
