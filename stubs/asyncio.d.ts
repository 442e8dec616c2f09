// MicroPython 1.27 `asyncio` module as the device has it (ESP32 build: `extmod/asyncio`, frozen).
// Hand-written from the MicroPython 1.27 docs, checked against `extmod/asyncio/{core,funcs,event,
// lock}.py` of v1.27.0. MicroPythonOS apps normally go through `mpos.TaskManager`, which runs this
// loop; these are the same objects.
//
// Conventions (see docs/stubs.md, "asyncio.d.ts"):
// - Awaitables are `Promise`s so that `await` type-checks; a Promise typed here stands for a Python
//   awaitable and has no `.then()` on the device. The marker property `__awaitable__` (never set)
//   tells the kinds apart as asyncio does: `create_task()` takes only coroutines (objects with
//   `send`), while `Task`s and the shared sleep object are awaitable but not coroutines.
// - A tsmpy `async` function's result (`Promise<T>`) is accepted where a `Coroutine<T>` is expected
//   (`asyncio.create_task(work())`): the compiler wraps it in a coroutine that waits for it.
// - Keyword arguments are a trailing `Kwargs<{...}>` object: `gather(a, b, { return_exceptions: true })`.
// - Not on the WebAssembly MicroPython that `tsmpy run` uses: `ThreadSafeFlag`, streams. `run()`
//   there is tsmpy's own blocking runner.
import type { Kwargs } from "_python";

// ---- awaitable types ---------------------------------------------------------------------------

/**
 * What calling a Python `async def` returns (and what tsmpy accepts an async function's Promise
 * as): a coroutine, which `create_task` wraps in a Task.
 */
export type Coroutine<T = unknown> = Promise<T> & { readonly __awaitable__?: "coroutine" };

/**
 * What `sleep()`/`sleep_ms()` return: asyncio's one shared sleep object, to be awaited at once
 * (`await asyncio.sleep_ms(100)`); not a coroutine.
 */
export interface Sleep extends Promise<void> {
  readonly __awaitable__: "sleep";
}

/** An `asyncio.Task` (from `create_task`): awaitable for its coroutine's result. */
export interface Task<T = unknown> extends Promise<T> {
  readonly __awaitable__: "task";
  /** Cancel the task (CancelledError inside it at its current await); false when already done. */
  cancel(): boolean;
  /** True once the task has finished. */
  done(): boolean;
}

/** Anything `await` takes from asyncio: a coroutine, a Task, or the sleep object. */
export type Awaitable<T = unknown> = Coroutine<T> | Task<T> | (T extends void ? Sleep : never);

/** The awaitables `create_task`, `wait_for` and `gather` take: coroutines and tasks (not sleeps). */
export type TaskLike<T = unknown> = Coroutine<T> | Task<T>;

// ---- exceptions --------------------------------------------------------------------------------

/**
 * Raised inside a task at its current await when the task is cancelled. A `BaseException` in
 * MicroPython: `catch` blocks of compiled code do not catch it (finally blocks do run).
 */
export declare class CancelledError {
  constructor(...args: unknown[]);
  readonly __exception__: "CancelledError";
}

/** Raised by `wait_for`/`wait_for_ms` when the timeout expires (the awaited task is cancelled). */
export declare class TimeoutError {
  constructor(...args: unknown[]);
  readonly __exception__: "TimeoutError";
}

// ---- tasks and the loop ------------------------------------------------------------------------

/** Schedule a coroutine to run as a Task (`asyncio.create_task(work())`). */
export declare function create_task<T>(coro: Coroutine<T>): Task<T>;
/** The Task running now. */
export declare function current_task(): Task;
/**
 * Run `coro` as a task, run the loop until it finishes, and return its result. On a MicroPythonOS
 * device the system's loop already runs (TaskManager): apps use `create_task` instead.
 */
export declare function run<T>(coro: Coroutine<T>): T;

/** `await asyncio.sleep(0.5)`: seconds (int or float). */
export declare function sleep(t: number): Sleep;
/** `await asyncio.sleep_ms(100)` (a MicroPython extension). */
export declare function sleep_ms(t: number): Sleep;

/**
 * Await `aw` for at most `timeout` seconds (then cancel it and raise TimeoutError); null: no
 * limit. A coroutine itself.
 */
export declare function wait_for<T>(aw: TaskLike<T>, timeout: number | null): Coroutine<T>;
/** `wait_for` with the timeout in milliseconds. */
export declare function wait_for_ms<T>(aw: TaskLike<T>, timeout: number | null): Coroutine<T>;

type Results<T extends readonly unknown[]> = { -readonly [K in keyof T]: T[K] extends TaskLike<infer R> ? R : never };
type ResultsOrErrors<T extends readonly unknown[]> = { -readonly [K in keyof T]: T[K] extends TaskLike<infer R> ? R | Error : never };

/**
 * Run the awaitables concurrently and resolve to the list of their results, in order. The first
 * exception cancels the others and is raised, unless `{ return_exceptions: true }` (then the
 * exception objects take the failed ones' places).
 */
export declare function gather<T extends readonly TaskLike[]>(...aws: T): Coroutine<Results<T>>;
export declare function gather<T extends readonly TaskLike[]>(...aws: [...T, Kwargs<{ return_exceptions: false }>]): Coroutine<Results<T>>;
export declare function gather<T extends readonly TaskLike[]>(...aws: [...T, Kwargs<{ return_exceptions: true }>]): Coroutine<ResultsOrErrors<T>>;

/** asyncio's event loop object (`get_event_loop()`): a class with static-like methods. */
export interface Loop {
  create_task<T>(coro: Coroutine<T>): Task<T>;
  /** Run until `stop()` (blocks). */
  run_forever(): void;
  /** Run until `aw` finishes and return its result (blocks). */
  run_until_complete<T>(aw: TaskLike<T>): T;
  stop(): void;
  close(): void;
  /** Called with `(loop, context)` for an exception no task retrieved (context: message, exception, future). */
  set_exception_handler(handler: ((loop: Loop, context: Record<string, unknown>) => void) | null): void;
  get_exception_handler(): ((loop: Loop, context: Record<string, unknown>) => void) | undefined;
}
export declare function get_event_loop(): Loop;
/** Reset the loop (drops all pending tasks) and return it. */
export declare function new_event_loop(): Loop;

// ---- synchronisation ---------------------------------------------------------------------------

/** `asyncio.Event`. Not awaitable itself: `await event.wait()`. */
export interface Event {
  /** Set the event and wake the tasks waiting on it (only from the loop's thread; see ThreadSafeFlag). */
  set(): void;
  clear(): void;
  is_set(): boolean;
  /** Wait until the event is set (resolves to True). A coroutine. */
  wait(): Coroutine<boolean>;
}
export declare const Event: { new (): Event; (): Event };

/**
 * `asyncio.ThreadSafeFlag`: like Event, but `set()` may be called from an interrupt handler or
 * another thread; `wait()` clears it. Device only: the WebAssembly MicroPython of `tsmpy run`
 * lacks it.
 */
export interface ThreadSafeFlag {
  set(): void;
  clear(): void;
  wait(): Coroutine<void>;
}
export declare const ThreadSafeFlag: { new (): ThreadSafeFlag; (): ThreadSafeFlag };

/** `asyncio.Lock`: `await lock.acquire()` ... `lock.release()`. */
export interface Lock {
  locked(): boolean;
  /** Wait until the lock is free and take it (resolves to True). A coroutine. */
  acquire(): Coroutine<boolean>;
  release(): void;
}
export declare const Lock: { new (): Lock; (): Lock };
