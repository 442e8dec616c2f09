// MicroPython 1.27 `time` module (ESP32 build). Hand-written from the MicroPython docs.
import type { tuple } from "_python";

/** (year, month, mday, hour, minute, second, weekday, yearday) */
export type struct_time = tuple<[number, number, number, number, number, number, number, number]>;

/** Sleep for `seconds` (int or float). */
export declare function sleep(seconds: number): void;
export declare function sleep_ms(ms: number): void;
export declare function sleep_us(us: number): void;
/** Millisecond counter with an arbitrary reference point; wraps around: compare with ticks_diff. */
export declare function ticks_ms(): number;
export declare function ticks_us(): number;
export declare function ticks_cpu(): number;
/** `ticks` moved by `delta` (may be negative), modulo the tick period. */
export declare function ticks_add(ticks: number, delta: number): number;
/** Signed difference `ticks1 - ticks2` modulo the tick period. */
export declare function ticks_diff(ticks1: number, ticks2: number): number;
/** Seconds since the port's Epoch (int). */
export declare function time(): number;
export declare function time_ns(): number;
/** Broken-down UTC time (`secs` default: now). */
export declare function gmtime(secs?: number): struct_time;
/** Broken-down local time (`secs` default: now). */
export declare function localtime(secs?: number): struct_time;
/** Inverse of localtime: a tuple of 8 ints to seconds since the Epoch. */
export declare function mktime(t: struct_time | readonly [number, number, number, number, number, number, number, number]): number;

export {};
