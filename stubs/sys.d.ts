// MicroPython 1.27 `sys` module (ESP32 build). Hand-written from the MicroPython docs, checked
// against py/modsys.c of v1.27.0 and the ESP32 port's configuration (no atexit, no exc_info).
import type { tuple } from "_python";

export interface TextStream {
  write(s: string): number;
  read(n?: number): string;
  readline(): string;
  /** The underlying binary stream. */
  readonly buffer: unknown;
}

/** Raise SystemExit (ends the program) with an optional exit code. */
export declare function exit(retval?: number | string): never;
/** Print an exception with its traceback to `file` (default sys.stdout). */
export declare function print_exception(exc: unknown, file?: TextStream): void;

export declare const argv: string[];
export declare const byteorder: "little" | "big";
export declare const implementation: {
  readonly name: string;
  readonly version: tuple<[number, number, number, string]>;
  readonly _machine: string;
  readonly _mpy: number;
};
export declare const maxsize: number;
export declare const modules: Record<string, unknown>;
export declare const path: string[];
/** "esp32" on an ESP32. */
export declare const platform: string;
export declare const ps1: string;
export declare const ps2: string;
export declare const stderr: TextStream;
export declare const stdin: TextStream;
export declare const stdout: TextStream;
export declare const version: string;
export declare const version_info: tuple<[number, number, number]>;

export {};
