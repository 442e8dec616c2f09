// Wrong uses of the asyncio stub: each line after a `@ts-expect-error` must be a type error.
import * as asyncio from "asyncio";

async function work(): Promise<number> {
  return 1;
}

export async function bad(): Promise<void> {
  // @ts-expect-error create_task takes a coroutine, not the sleep object
  asyncio.create_task(asyncio.sleep_ms(10));
  // @ts-expect-error create_task takes a coroutine, not a Task
  asyncio.create_task(asyncio.create_task(work()));
  // @ts-expect-error wait_for refuses the sleep object (asyncio.create_task raises for it)
  await asyncio.wait_for(asyncio.sleep(1), 1);
  // @ts-expect-error sleep takes a number of seconds
  await asyncio.sleep("1");
  // @ts-expect-error gather's results have the awaitables' types
  const s: string[] = await asyncio.gather(work(), work());
  // @ts-expect-error Event.wait() is awaited, the Event itself is not awaitable
  const e: boolean = await new asyncio.Event();
  // @ts-expect-error return_exceptions is a boolean keyword argument
  await asyncio.gather(work(), { return_exceptions: 1 });
  // @ts-expect-error run takes a coroutine
  asyncio.run(5);
  console.log(s, e);
}
