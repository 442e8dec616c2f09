// Python's `builtins` module, the few names the runtime needs (a project-local stub: apps never
// import these). MicroPython 1.27 semantics.

/** A module object, as `__import__` returns it. */
export interface PyModule {
  readonly __pymodule__?: never;
}

/**
 * Import a module by its dotted name. With a non-empty `fromlist` the named (sub)module itself is
 * returned, else the top-level package.
 */
export declare function __import__(name: string, globals?: null, locals?: null, fromlist?: readonly string[]): PyModule;
/** `getattr(obj, name, default)`: an attribute by name (`default` when missing). */
export declare function getattr<T = unknown>(obj: unknown, name: string, default_: T): T;
/** The object's `__name__` is read with getattr(cls, "__name__", "?"). */

/** A text file opened for reading. */
export interface TextFile {
  read(): string;
  close(): void;
}
export declare function open(path: string): TextFile;

export {};

/** `type(obj)`: the object's class. */
export declare function type(obj: unknown): unknown;

/** `dir(obj)`: attribute names (for a class: its own and inherited ones). */
export declare function dir(obj: unknown): string[];
