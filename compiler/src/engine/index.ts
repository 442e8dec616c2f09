// The MicroPython WebAssembly engine as a service: run a set of Python files, get stdout, stderr
// and the uncaught exception, with a timeout. Shared by `tsmpy run` and the tests.
import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import { packageRoot } from "../paths";

export interface PyFile {
  /** Absolute path in the interpreter's file system, e.g. `/main.py` or `/lib/tsmpy/num.py`. */
  path: string;
  text: string;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** The uncaught Python exception (its traceback is in `message`), or null. */
  error: { type: string; message: string } | null;
  timedOut: boolean;
}

export interface RunOptions {
  timeoutMs?: number;
  heapsize?: number;
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
}

function workerPath(): string {
  const here = path.join(__dirname, "mp-worker.mjs");
  if (fs.existsSync(here)) return here;
  return path.join(packageRoot(), "compiler", "src", "engine", "mp-worker.mjs");
}

/** Engine-only Python files (never shipped to a device), written next to the program's files. */
const ENGINE_PY_DIR = "/lib/tsmpy_engine";

function enginePyDir(): string {
  const here = path.join(__dirname, "py");
  if (fs.existsSync(here)) return here;
  return path.join(packageRoot(), "compiler", "src", "engine", "py");
}

let engineFilesCache: PyFile[] | undefined;

/** The engine's own Python modules (package `tsmpy_engine`: `asyncio_run`, the blocking asyncio runner). */
export function engineFiles(): PyFile[] {
  if (!engineFilesCache) {
    const dir = enginePyDir();
    engineFilesCache = [{ path: `${ENGINE_PY_DIR}/__init__.py`, text: "" }];
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".py")).sort()) {
      engineFilesCache.push({ path: `${ENGINE_PY_DIR}/${f}`, text: fs.readFileSync(path.join(dir, f), "utf8") });
    }
  }
  return engineFilesCache;
}

/** True when a set of compiled files uses asyncio (tsmpy's Promise loop runs on it). */
export function usesAsyncio(files: readonly PyFile[]): boolean {
  return files.some((f) => /\basyncio\b/.test(f.text));
}

export interface BootOptions {
  /**
   * Drive asyncio: install the blocking runner (tsmpy_engine.asyncio_run) as `asyncio.run` before
   * the program, and run tasks, Promises and timers until nothing is pending after it. Default
   * true; false skips importing asyncio for programs that never use it.
   */
  asyncio?: boolean;
}

/**
 * Python run after the files are in place: import the main module (which runs the program).
 * `after` is Python run once the module has finished and the loop is idle.
 */
export function bootCode(mainModule: string, after: string[] = [], opts: BootOptions = {}): string {
  const loop = opts.asyncio ?? true;
  return [
    "import sys",
    "sys.path.insert(0, '/')",
    ...(loop ? ["from tsmpy_engine import asyncio_run as _tsmpy_loop", "_tsmpy_loop.install()"] : []),
    `import ${mainModule}`,
    // Tasks, Promises and timers left pending by the module run until nothing is pending.
    ...(loop ? ["_tsmpy_loop.run_until_idle()"] : []),
    ...after,
  ].join("\n");
}

class PooledWorker {
  worker: Worker;
  busy = false;
  constructor() {
    this.worker = new Worker(workerPath());
    this.worker.unref();
  }
}

let nextId = 1;
const pool: PooledWorker[] = [];
const waiting: ((w: PooledWorker) => void)[] = [];
const POOL_SIZE = Math.max(1, Number(process.env.TSMPY_ENGINE_WORKERS) || 2);

function acquire(): Promise<PooledWorker> {
  const free = pool.find((w) => !w.busy);
  if (free) {
    free.busy = true;
    return Promise.resolve(free);
  }
  if (pool.length < POOL_SIZE) {
    const w = new PooledWorker();
    w.busy = true;
    pool.push(w);
    return Promise.resolve(w);
  }
  return new Promise((resolve) => waiting.push(resolve));
}

function release(w: PooledWorker, broken: boolean) {
  if (broken) {
    void w.worker.terminate();
    pool.splice(pool.indexOf(w), 1);
    const next = waiting.shift();
    if (next) {
      const fresh = new PooledWorker();
      fresh.busy = true;
      pool.push(fresh);
      next(fresh);
    }
    return;
  }
  const next = waiting.shift();
  if (next) next(w);
  else w.busy = false;
}

/** Runs `code` on a fresh MicroPython after writing `files`. */
export async function runMicroPython(files: PyFile[], code: string, opts: RunOptions = {}): Promise<RunResult> {
  const w = await acquire();
  const id = nextId++;
  const result: RunResult = { stdout: "", stderr: "", error: null, timedOut: false };
  return new Promise<RunResult>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const finish = (broken: boolean) => {
      if (timer) clearTimeout(timer);
      w.worker.off("message", onMessage);
      w.worker.off("error", onError);
      release(w, broken);
      resolve(result);
    };
    const onMessage = (m: { id: number; type: string; text?: string; error?: RunResult["error"] }) => {
      if (m.id !== id) return;
      if (m.type === "stdout") {
        result.stdout += m.text;
        opts.onStdout?.(m.text!);
      } else if (m.type === "stderr") {
        result.stderr += m.text;
        opts.onStderr?.(m.text!);
      } else if (m.type === "done") {
        result.error = m.error ?? null;
        finish(false);
      }
    };
    const onError = (e: Error) => {
      result.error = { type: "WorkerError", message: String(e) };
      finish(true);
    };
    w.worker.on("message", onMessage);
    w.worker.on("error", onError);
    if (opts.timeoutMs) {
      timer = setTimeout(() => {
        result.timedOut = true;
        finish(true);
      }, opts.timeoutMs);
    }
    w.worker.postMessage({ id, files: [...engineFiles(), ...files], code, heapsize: opts.heapsize });
  });
}

/** Stops all engine workers (tests call this in afterAll). */
export async function shutdownEngine() {
  await Promise.all(pool.splice(0).map((w) => w.worker.terminate()));
}
