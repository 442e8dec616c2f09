// MicroPython 1.27 `json` module. Hand-written from the MicroPython docs.
// Python values: dict for objects, list for arrays, None for null.
import type { Kwargs } from "_python";

/** Serialise `obj` to a JSON string; `separators` is (item_separator, key_separator). */
export declare function dumps(obj: unknown, kw?: Kwargs<{ separators?: readonly [string, string] | null }>): string;
/** Serialise `obj` and write it to a stream. */
export declare function dump(obj: unknown, stream: { write(s: string): unknown }, kw?: Kwargs<{ separators?: readonly [string, string] | null }>): void;
/** Parse a JSON string (ValueError when malformed). */
export declare function loads(str: string | import("_python").bytes): unknown;
/** Parse JSON read from a stream. */
export declare function load(stream: { read(): string | import("_python").bytes }): unknown;

export {};
