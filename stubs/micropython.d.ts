// MicroPython 1.27 `micropython` module (ESP32 build). Hand-written from the MicroPython docs,
// checked against py/modmicropython.c of v1.27.0 and the ESP32 port's configuration.
import type { bytes, ReadableBuffer, WritableBuffer } from "_python";

/** `const(expr)`: a compile-time constant (the value itself at run time). */
declare function const_<T extends number | string>(expr: T): T;
export { const_ as const };
/** Queue `func(arg)` to run soon from the scheduler (safe from IRQ handlers). */
export declare function schedule<A>(func: (arg: A) => void, arg: A): void;
/** Print memory use; with `verbose`, a heap map too. */
export declare function mem_info(): void;
export declare function mem_info(verbose: number | boolean): void;
/** Print interned-string (qstr) statistics. */
export declare function qstr_info(): void;
export declare function qstr_info(verbose: number | boolean): void;
/** Print the current stack use. */
export declare function stack_use(): number;
/** Get (no argument) or set the optimisation level of compiled scripts. */
export declare function opt_level(): number;
export declare function opt_level(level: number): void;
/** Lock/unlock the heap (no allocation allowed while locked); returns the lock depth. */
export declare function heap_lock(): number;
export declare function heap_unlock(): number;
/** Allocate the buffer used for exceptions raised in IRQ handlers. */
export declare function alloc_emergency_exception_buf(size: number): void;
/** Character that raises KeyboardInterrupt (-1 disables it). */
export declare function kbd_intr(chr: number): void;

/** Ring buffer of bytes (`micropython.RingIO(size)`). */
export interface RingIO {
  any(): number;
  read(nbytes?: number): bytes;
  readline(nbytes?: number): bytes;
  readinto(buf: WritableBuffer, nbytes?: number): number;
  write(buf: ReadableBuffer): number;
  close(): void;
}
export declare const RingIO: {
  (size: number): RingIO;
  new (size: number): RingIO;
};

// Not modelled: the @micropython.native / viper / asm_xtensa decorators (compiler concerns).
export {};
