# Async fan-out: a tree of async jobs; every inner job starts its children at once and waits
# for all of them with gather, every leaf yields to the event loop before it computes.
import asyncio
import time
from asyncio import core


def run(coro):
    # asyncio.run does not exist in the WebAssembly build (its loop runs on JS timers):
    # drive the scheduler by hand until no task is left.
    asyncio.create_task(coro)
    while True:
        core._run_iter()
        nxt = core._task_queue.peek()
        if not nxt:
            break
        wait = time.ticks_diff(nxt.ph_key, time.ticks_ms())
        if wait > 0:
            time.sleep_ms(wait)
    if core.asyncio_timer is not None:
        import js
        js.clearTimeout(core.asyncio_timer)
        core.asyncio_timer = None


async def leaf(id):
    await asyncio.sleep_ms(0)
    acc = id
    for i in range(40):
        acc = (acc * 31 + i) % 1000003
    return acc


async def job(depth, id):
    if depth == 0:
        return await leaf(id)
    results = await asyncio.gather(*[job(depth - 1, id * 4 + i) for i in range(4)])
    total = 0
    for r in results:
        total += r
    return total % 1000003


async def main():
    total = 0
    for round in range(4):
        total += await job(4, round)
    print("fan-out: %d leaves, total %d" % (4 * 4 ** 4, total))


run(main())
