// Python value types shared by the hand-written device stubs (no Python module of this name:
// import these with `import type { ... } from "_python"`).
//
// Keyword arguments: a Python parameter that callers pass by keyword is declared in a trailing
// options object typed `Kwargs<{ name?: type }>`; the compiler lowers that object literal to
// keyword arguments (`Pin(5, Pin.OUT, { pull: Pin.PULL_UP })` -> `Pin(5, Pin.OUT, pull=Pin.PULL_UP)`).
// The marker property `__kwargs__` (never set) identifies the type.

/** Trailing keyword arguments of a Python call (lowered to `name=value`). */
export type Kwargs<T extends object> = T & { readonly __kwargs__?: never };

/** Python `bytes` (immutable); `b[i]` reads a byte as a number. */
export interface bytes {
  readonly __bytes__: "bytes";
  readonly [index: number]: number;
}

/** Python `bytearray` (mutable bytes). */
export interface bytearray {
  readonly __bytes__: "bytearray";
  [index: number]: number;
}

/** Python `memoryview` over bytes/bytearray. */
export interface memoryview {
  readonly __bytes__: "memoryview";
  [index: number]: number;
}

/** Anything with the buffer protocol that can be read: bytes, bytearray, memoryview, str. */
export type ReadableBuffer = bytes | bytearray | memoryview | string;
/** A buffer the callee writes into: bytearray or memoryview. */
export type WritableBuffer = bytearray | memoryview;

/** A Python tuple returned by a device API: read-only, indexed like an array. */
export type tuple<T extends readonly unknown[]> = Readonly<T> & { readonly __tuple__?: never };

export {};
