// MicroPython 1.27 `struct` module. Hand-written from the MicroPython docs.
// Formats: byte order `@ < > ! =`, then `b B h H i I l L q Q e f d s P x`.
import type { bytes, ReadableBuffer, WritableBuffer } from "_python";

/** Bytes needed by `fmt`. */
export declare function calcsize(fmt: string): number;
/** Pack values according to `fmt`. */
export declare function pack(fmt: string, ...values: (number | bytes | string)[]): bytes;
/** Pack values into `buffer` at `offset`. */
export declare function pack_into(fmt: string, buffer: WritableBuffer, offset: number, ...values: (number | bytes | string)[]): void;
/** Unpack `data` according to `fmt`; a tuple of values. */
export declare function unpack(fmt: string, data: ReadableBuffer): readonly (number | bytes)[];
/** Unpack from `data` at `offset` (negative: from the end). */
export declare function unpack_from(fmt: string, data: ReadableBuffer, offset?: number): readonly (number | bytes)[];

export {};
