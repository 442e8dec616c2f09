// MicroPython 1.27 `gc` module. Hand-written from the MicroPython docs.

/** Run a garbage collection. */
export declare function collect(): void;
export declare function enable(): void;
export declare function disable(): void;
export declare function isenabled(): boolean;
/** Bytes of heap RAM allocated by Python objects. */
export declare function mem_alloc(): number;
/** Bytes of heap RAM available for Python objects (-1 if unknown). */
export declare function mem_free(): number;
/** Get (no argument; -1 when disabled) or set the allocation threshold that triggers a collection. */
export declare function threshold(): number;
export declare function threshold(amount: number): void;

export {};
