// The managed concurrency of one service: every child (a @task method, spawn, interval, timeout,
// add_future, the service's own main loop) is an asyncio task created through TaskManager, named
// `<service>.service.<child>`, and tracked until it finishes. On stop the children get
// `stop_timeout` seconds to return on their own (should_stop is set and sleeps return early), then
// the rest are cancelled (CancelledError at their current await; their finally blocks run) and
// awaited: nothing outlives the service.
import { TaskManager } from "mpos";
import type { Coroutine, Task } from "mpos";

/** One managed child task. */
export class Child {
  task: Task<unknown> | undefined = undefined;
  finished = false;
  /** Resolves once the child has finished (returned, raised or was cancelled); never rejects. */
  done: Promise<void>;
  private settle: () => void = () => {};

  constructor(readonly name: string) {
    this.done = new Promise<void>((resolve) => {
      this.settle = resolve;
    });
  }

  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.settle();
  }
}

/** A promise that resolves after `s` seconds (a plain timer on the Promise loop). */
export function delay(s: number): Promise<void> {
  return new Promise<void>((resolve) => {
    setTimeout(resolve, s * 1000);
  });
}

/** Settles as the first of `a` and `b` settles (neither may reject). */
export function firstOf(a: Promise<void>, b: Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    a.then(resolve);
    b.then(resolve);
  });
}

/** Resolves true when every child has finished, false when `timeout` seconds passed first. */
export function allFinished(children: Child[], timeout: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    let left = children.length;
    if (left === 0) {
      resolve(true);
      return;
    }
    const timer = setTimeout(() => resolve(false), timeout * 1000);
    for (const c of children) {
      c.done.then(() => {
        left--;
        if (left === 0) {
          clearTimeout(timer);
          resolve(true);
        }
      });
    }
  });
}

/**
 * Runs `body` as a child task. `onError` gets what it raised (cancellation is not an error), and
 * the child leaves `children` when it ends, however it ends.
 */
export function launch(children: Child[], name: string, body: () => Promise<unknown>, onError: (child: Child, e: unknown) => void): Child {
  const child = new Child(name);
  children.push(child);
  const run = async (): Promise<void> => {
    try {
      await body();
    } catch (e) {
      onError(child, e);
    } finally {
      const i = children.indexOf(child);
      if (i >= 0) children.splice(i, 1);
      child.finish();
    }
  };
  child.task = TaskManager.create_task(run());
  return child;
}

/** Tracks a coroutine handed in from Python (add_future): its task is polled for completion. */
export function adoptCoroutine(children: Child[], name: string, coro: Coroutine<unknown>): Child | undefined {
  const task = TaskManager.create_task(coro);
  if (task === undefined) return undefined;
  const child = new Child(name);
  child.task = task;
  children.push(child);
  const watch = async (): Promise<void> => {
    while (!task.done()) await delay(0.01);
    const i = children.indexOf(child);
    if (i >= 0) children.splice(i, 1);
    child.finish();
  };
  void watch();
  return child;
}

/** Stops the children: `timeout` seconds to finish, then cancel the rest and wait for them. */
export async function stopChildren(children: Child[], timeout: number): Promise<number> {
  const pending = children.slice();
  if (await allFinished(pending, timeout)) return 0;
  let cancelled = 0;
  for (const c of pending) {
    if (c.finished) continue;
    cancelled++;
    c.task?.cancel();
  }
  await allFinished(pending, timeout);
  return cancelled;
}
