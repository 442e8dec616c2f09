from tsmpy.aio import js_coro, js_foreign
from tsmpy.combinators import js_for_await, js_promise_all, js_promise_all_settled, js_promise_race
from tsmpy.console import js_fmt
from tsmpy.errors import Error
from tsmpy.obj import js_Obj, js_oset
from tsmpy.promise import js_async, js_await, js_new_promise, js_promise_reject, js_run, js_set_timeout

class _o2(js_Obj):
    _jsk = ("load",)
    def __init__(self, v0):
        js_oset(self, "load", v0)

def delay(ms):
    return js_new_promise(lambda resolve, *_: js_set_timeout(resolve, ms))

@js_async
async def fetchValue(id_):
    await delay(id_ * 5)
    return id_ * 10

@js_async
async def main():
    values = await js_promise_all([fetchValue(1), fetchValue(2), 3])
    print(js_fmt(values))
    first = await js_promise_race([fetchValue(3), fetchValue(1)])
    settled = await js_promise_all_settled([fetchValue(1), js_promise_reject(Error("no"))])
    print(js_fmt(first), js_fmt(len(settled)), js_fmt(await service.load()))
    _s4 = 0
    try:
        for _t3 in [fetchValue(1), 2]:
            _s4 = 0
            v = await js_for_await(_t3)
            _s4 = 1
            print("for await", js_fmt(v))
        else:
            _s4 = 0
            await js_for_await(None)
    finally:
        if _s4:
            await js_await(None)
    poller = Poller()
    task = asyncio_.create_task(js_coro(poller.run()))
    gathered = await js_foreign(asyncio_.gather(js_coro(fetchValue(1)), js_coro(fetchValue(2)), return_exceptions=True))
    print(js_fmt(len(gathered)), js_fmt(task.done()))
    task.cancel()

import asyncio as asyncio_

@js_async
async def _f1(*_):
    await js_foreign(asyncio_.sleep_ms(5))
    return "loaded"

service = _o2(_f1)

class Poller:
    _jsn = "Poller"
    _jsk = ("count",)
    def __getattr__(self, k):
        if k[:2] == "__" or k[:3] == "_js":
            raise AttributeError(k)
        return None

    def __init__(self):
        self.count = 0

    @js_async
    async def run(self):
        try:
            while True:
                self.count += 1
                await js_foreign(asyncio_.sleep_ms(10))
        finally:
            print("poller stopped after", js_fmt(self.count))

main().catch(lambda e: print("failed", js_fmt(e.message)))
if __name__ == "__main__":
    js_run()
