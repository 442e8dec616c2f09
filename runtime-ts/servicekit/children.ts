// The managed concurrency of one service. Every piece of async work the service runs (a @task
// method, spawn, the calls interval and timeout make, add_future, each run() of the main loop) is
// an asyncio task created through TaskManager, named `<service>.service.<child>`, and tracked until
// it ends. The Promise of the user's own async function is what the task runs, so cancelling it
// throws CancelledError into that function at its current await (its finally blocks run).
//
// On stop the children get `stop_timeout` seconds to return on their own (should_stop is set and
// the service's sleeps return early), then the rest are cancelled and awaited: nothing outlives
// the service.
import { TaskManager } from "mpos";
import type { Coroutine, Task } from "mpos";

/** One managed child task. */
export class Child {
  task: Task<unknown> | undefined = undefined;
  finished = false;
  cancelled = false;
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

  cancel(): void {
    if (this.finished || this.cancelled) return;
    this.cancelled = true;
    this.task?.cancel();
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

/** What a child ended with: nothing, or what it raised (a cancelled child is not an error). */
export type Outcome = { failed: false } | { failed: true; error: unknown };

/**
 * Runs `work` (a Promise: an async function already called) as a child task of `children`.
 * Resolves with its outcome once it ended, however it ended; never rejects. The task is awaited
 * here, so that asyncio counts its exception as retrieved (it is the outcome's error).
 */
export function track(children: Child[], name: string, work: Promise<unknown>): Promise<Outcome> {
  const child = new Child(name);
  children.push(child);
  const task = TaskManager.create_task(work);
  child.task = task;
  return new Promise<Outcome>((resolve) => {
    let outcome: Outcome = { failed: false };
    const ended = async (): Promise<void> => {
      try {
        try {
          if (task === undefined) await work;
          else await task;
        } catch (e) {
          if (!child.cancelled) outcome = { failed: true, error: e };
        }
      } finally {
        // (also when the await raised asyncio's CancelledError, which catch blocks do not take)
        const i = children.indexOf(child);
        if (i >= 0) children.splice(i, 1);
        child.finish();
        resolve(outcome);
      }
    };
    void ended();
  });
}

/** Calls `fn()` and, unless it returns undefined, tracks its result as a child; resolves with the outcome. */
export function callTracked(children: Child[], name: string, fn: () => unknown): Promise<Outcome> {
  let r: unknown;
  try {
    r = fn();
  } catch (e) {
    return Promise.resolve<Outcome>({ failed: true, error: e });
  }
  // A plain function returns undefined (nothing to wait for); a Promise is adopted as it is.
  if (r === undefined) return Promise.resolve<Outcome>({ failed: false });
  return track(children, name, Promise.resolve(r));
}

/** Tracks a coroutine handed in from Python (add_future): its task is polled for completion. */
export function trackCoroutine(children: Child[], name: string, coro: Coroutine<unknown>): Child | undefined {
  const task = TaskManager.create_task(coro);
  if (task === undefined) return undefined;
  const child = new Child(name);
  child.task = task;
  children.push(child);
  const watch = async (): Promise<void> => {
    while (!task.done() && !child.finished) await delay(0.05);
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
    c.cancel();
  }
  await allFinished(pending, timeout);
  return cancelled;
}
