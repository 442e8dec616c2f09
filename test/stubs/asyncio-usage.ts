// Uses of the asyncio stub as compiled programs write them (type-check only).
import * as asyncio from "asyncio";
import type { Coroutine, Sleep, Task } from "asyncio";
import { TaskManager } from "mpos";
import type { Task as MposTask } from "mpos";

async function work(n: number): Promise<number> {
  await asyncio.sleep_ms(10);
  return n * 2;
}

async function waiter(ev: asyncio.Event, lock: asyncio.Lock): Promise<string> {
  const set: boolean = await ev.wait();
  await lock.acquire();
  try {
    return `set=${set} locked=${lock.locked()}`;
  } finally {
    lock.release();
  }
}

export async function main(): Promise<void> {
  const t: Task<number> = asyncio.create_task(work(1));
  const same: MposTask<number> = t;
  console.log(t.done(), same.cancel());
  const n: number = await t;
  const pause: Sleep = asyncio.sleep(0.1);
  await pause;
  const pair: [number, number] = await asyncio.gather(work(2), asyncio.create_task(work(3)));
  const mixed: (number | Error)[] = await asyncio.gather(work(4), work(5), { return_exceptions: true });
  const none: [] = await asyncio.gather();
  const limited: number = await asyncio.wait_for(work(6), 1);
  const limitedMs: number = await asyncio.wait_for_ms(asyncio.create_task(work(7)), null);
  const ev = new asyncio.Event();
  const lock = asyncio.Lock();
  const w: Coroutine<string> = waiter(ev, lock);
  const wt = asyncio.create_task(w);
  ev.set();
  console.log(ev.is_set(), await wt, n, pair, mixed, none, limited, limitedMs);
  ev.clear();
  const flag = new asyncio.ThreadSafeFlag();
  flag.set();
  await flag.wait();
  const me: Task = asyncio.current_task();
  console.log(me.done());
  try {
    await asyncio.wait_for(asyncio.sleep_ms(5) as unknown as Coroutine<void>, 0.001);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) console.log("timeout");
  }
  // TaskManager's awaitables are asyncio's.
  const s: Sleep = TaskManager.sleep_ms(1);
  await s;
  const loop = asyncio.get_event_loop();
  loop.set_exception_handler((_loop, context) => console.log(context["message"]));
  loop.create_task(work(8));
}

const result: number = asyncio.run(work(9));
console.log(result);
asyncio.new_event_loop().run_until_complete(asyncio.create_task(main()));
