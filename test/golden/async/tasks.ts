// A representative async program: async functions, awaits of Promises and of asyncio's
// awaitables, Promise combinators, timers, for await, cancellation at the asyncio boundary.
import * as asyncio from "asyncio";

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function fetchValue(id: number): Promise<number> {
  await delay(id * 5);
  return id * 10;
}

const service = {
  async load(): Promise<string> {
    await asyncio.sleep_ms(5);
    return "loaded";
  },
};

class Poller {
  count = 0;
  async run(): Promise<void> {
    try {
      while (true) {
        this.count++;
        await asyncio.sleep_ms(10);
      }
    } finally {
      console.log("poller stopped after", this.count);
    }
  }
}

async function main(): Promise<void> {
  const values = await Promise.all([fetchValue(1), fetchValue(2), 3]);
  console.log(values);
  const first = await Promise.race([fetchValue(3), fetchValue(1)]);
  const settled = await Promise.allSettled([fetchValue(1), Promise.reject(new Error("no"))]);
  console.log(first, settled.length, await service.load());
  for await (const v of [fetchValue(1), 2]) console.log("for await", v);
  const poller = new Poller();
  const task = asyncio.create_task(poller.run());
  const gathered = await asyncio.gather(fetchValue(1), fetchValue(2), { return_exceptions: true });
  console.log(gathered.length, task.done());
  task.cancel();
}

main().catch((e: Error) => console.log("failed", e.message));
