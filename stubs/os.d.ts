// MicroPython 1.27 `os` module (ESP32 build, VFS on flash). Hand-written from the MicroPython docs,
// checked against extmod/modos.c of v1.27.0.
import type { tuple } from "_python";

/** (sysname, nodename, release, version, machine) */
export interface uname_result {
  readonly sysname: string;
  readonly nodename: string;
  readonly release: string;
  readonly version: string;
  readonly machine: string;
}
export declare function uname(): uname_result;
/** `n` random bytes from the hardware RNG. */
export declare function urandom(n: number): import("_python").bytes;

export declare function chdir(path: string): void;
export declare function getcwd(): string;
/** Names in a directory (default: the current one). */
export declare function listdir(dir?: string): string[];
/** Entries as (name, type, inode[, size]) tuples; type 0x4000 is a directory, 0x8000 a file. */
export declare function ilistdir(dir?: string): Iterable<tuple<[string, number, number, number]>>;
export declare function mkdir(path: string): void;
export declare function remove(path: string): void;
/** Alias of remove. */
export declare function unlink(path: string): void;
/** Path separator ("/"). */
export declare const sep: string;
export declare function rmdir(path: string): void;
export declare function rename(old_path: string, new_path: string): void;
/** (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime) */
export declare function stat(path: string): tuple<[number, number, number, number, number, number, number, number, number, number]>;
/** (f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, f_flag, f_namemax) */
export declare function statvfs(path: string): tuple<[number, number, number, number, number, number, number, number, number, number]>;
export declare function sync(): void;
/** Duplicate or switch the REPL terminal to a stream object (None to detach). */
export declare function dupterm(stream_object: unknown, index?: number): unknown;
export declare function dupterm_notify(obj_in: unknown): void;
export declare function mount(fsobj: unknown, mount_point: string, kw?: import("_python").Kwargs<{ readonly?: boolean }>): void;
export declare function umount(mount_point: string): void;

export {};
