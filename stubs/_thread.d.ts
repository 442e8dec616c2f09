// MicroPython 1.27 `_thread` module (ESP32: FreeRTOS threads, GIL). Hand-written from the docs.

export interface LockType {
  /** Wait for the lock (`waitflag` 0: do not wait; `timeout` in seconds, -1: forever). */
  acquire(waitflag?: number | boolean, timeout?: number): boolean;
  release(): void;
  locked(): boolean;
}

/** Run `func(...args)` in a new thread; returns its identifier. */
export declare function start_new_thread<A extends unknown[]>(func: (...args: A) => void, args: A): number;
export declare function allocate_lock(): LockType;
export declare function get_ident(): number;
/** Get (no argument) or set the stack size of threads created next; returns the previous size. */
export declare function stack_size(size?: number): number;
/** Raise SystemExit in the calling thread. */
export declare function exit(): never;

export {};
