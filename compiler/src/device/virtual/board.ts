// The virtual board: a byte stream in (what a serial line would carry), a byte stream out, and a
// flash file system that survives resets. Each boot is a fresh worker thread running MicroPython
// (board-worker.mjs); a soft reset, machine.reset() or a program that ignores Ctrl-C ends that
// worker and boots a new one from the files kept here.
import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import { packageRoot } from "../../paths";

export type BoardMode = "friendly" | "raw";

export interface BoardOptions {
  /** MicroPython heap per boot (bytes); ESP32-S3 boards with PSRAM have megabytes. */
  heapsize?: number;
  /** How long a Ctrl-C may go unanswered before the program is taken to be stuck (ms). */
  interruptGraceMs?: number;
  /** false: answer raw-paste requests with "R\x00" (not supported), as older firmware does. */
  rawPaste?: boolean;
  /** Files the board starts with: absolute path -> content, or null for a directory. */
  files?: Map<string, Uint8Array | null>;
}

type WorkerMessage =
  | { type: "out"; bytes: Uint8Array }
  | { type: "ack"; seq: number }
  | { type: "ready" }
  | { type: "files"; changed: [string, Uint8Array | null][]; removed: string[] }
  | { type: "reset"; kind: "soft" | "hard"; mode: BoardMode; seq: number; consumed: number }
  | { type: "fatal"; message: string };

function sourceDir(): string {
  const here = path.join(__dirname, "board-worker.mjs");
  if (fs.existsSync(here)) return __dirname;
  return path.join(packageRoot(), "compiler", "src", "device", "virtual");
}

/** The Python the board runs at every boot, and the stand-in modules it imports from there. */
function pythonSources() {
  const dir = path.join(sourceDir(), "py");
  const read = (name: string) => fs.readFileSync(path.join(dir, name), "utf8");
  return {
    prelude: read("prelude.py"),
    standins: {
      machine: read("machine.py"),
      network: read("network.py"),
      _thread: read("_thread.py"),
      tsmpy_asyncio_run: fs.readFileSync(path.join(sourceDir(), "..", "..", "engine", "py", "asyncio_run.py"), "utf8"),
    },
  };
}

export class VirtualBoard {
  /** The flash: absolute path -> content (null for a directory). */
  readonly files: Map<string, Uint8Array | null>;
  private worker: Worker | undefined;
  private ready = false;
  private queued: Uint8Array[] = [];
  private seq = 0;
  private interruptTimers = new Map<number, NodeJS.Timeout>();
  /** Input sent to the worker and not yet acknowledged: what a restart hands to the next boot. */
  private unacked = new Map<number, Uint8Array>();
  private listeners: ((bytes: Uint8Array) => void)[] = [];
  private stopped = false;
  private readonly sources = pythonSources();
  private readonly uid = Uint8Array.from([0x74, 0x73, 0x6d, 0x70, 0x79, Math.floor(Math.random() * 256)]);

  constructor(private readonly opts: BoardOptions = {}) {
    this.files = new Map(opts.files ?? []);
  }

  /** Subscribes to everything the board writes to its serial line. */
  onOutput(listener: (bytes: Uint8Array) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** Powers the board on: boot.py, then main.py, then the friendly REPL. */
  start(): void {
    this.boot("friendly", true);
  }

  /** Bytes arriving on the board's serial line. */
  input(bytes: Uint8Array): void {
    if (this.stopped) return;
    if (!this.ready) {
      this.queued.push(bytes);
      // A program that runs at boot (main.py) keeps the REPL from ever becoming ready.
      if (bytes.includes(3)) this.watchInterrupt(-1);
      return;
    }
    const seq = ++this.seq;
    this.unacked.set(seq, bytes);
    this.worker!.postMessage({ type: "input", seq, bytes });
    if (bytes.includes(3)) this.watchInterrupt(seq);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.interruptTimers.values()) clearTimeout(t);
    this.interruptTimers.clear();
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  private emit(bytes: Uint8Array) {
    for (const l of this.listeners) l(bytes);
  }

  private emitText(text: string) {
    this.emit(Buffer.from(text, "utf8"));
  }

  /**
   * The WebAssembly interpreter cannot be interrupted while it runs Python, so a Ctrl-C that the
   * worker has not answered in time means the program is stuck: end it and boot again.
   */
  private watchInterrupt(seq: number) {
    if (this.interruptTimers.has(seq)) return;
    const worker = this.worker;
    const timer = setTimeout(() => {
      this.interruptTimers.delete(seq);
      if (this.stopped || this.worker !== worker) return;
      this.emitText("\r\nKeyboardInterrupt: the virtual device stopped the running program and rebooted (files kept)\r\n");
      // What followed the Ctrl-C (mpremote's Ctrl-A, say) is for the board that answers.
      const chunk = this.unacked.get(seq);
      this.carryOver(seq, chunk ? chunk.lastIndexOf(3) + 1 : 0);
      this.restart("friendly", false);
    }, this.opts.interruptGraceMs ?? 400);
    this.interruptTimers.set(seq, timer);
  }

  private clearInterruptWatch(seq: number) {
    const t = this.interruptTimers.get(seq);
    if (t) {
      clearTimeout(t);
      this.interruptTimers.delete(seq);
    }
  }

  /** Queues for the next boot the rest of input `seq` from `from` on, and all later input. */
  private carryOver(seq: number, from: number) {
    const rest: Uint8Array[] = [];
    for (const [s, bytes] of this.unacked) {
      if (s === seq && from < bytes.length) rest.push(bytes.subarray(from));
      else if (s > seq) rest.push(bytes);
    }
    this.unacked.clear();
    this.queued = [...rest, ...this.queued];
  }

  private restart(mode: BoardMode, runMain: boolean) {
    const old = this.worker;
    this.worker = undefined;
    if (old) void old.terminate();
    this.boot(mode, runMain);
  }

  private boot(mode: BoardMode, runMain: boolean) {
    if (this.stopped) return;
    for (const t of this.interruptTimers.values()) clearTimeout(t);
    this.interruptTimers.clear();
    this.ready = false;
    const worker = new Worker(path.join(sourceDir(), "board-worker.mjs"));
    worker.unref();
    this.worker = worker;
    worker.on("message", (m: WorkerMessage) => {
      if (this.worker === worker) this.onWorkerMessage(m);
    });
    worker.on("error", (e) => {
      if (this.worker !== worker) return;
      this.emitText(`\r\nThe virtual device crashed (${e.message}); rebooting with its files kept.\r\n`);
      this.restart("friendly", false);
    });
    worker.postMessage({
      type: "boot",
      mode,
      runMain,
      heapsize: this.opts.heapsize ?? 2 * 1024 * 1024,
      rawPaste: this.opts.rawPaste !== false,
      files: [...this.files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      prelude: this.sources.prelude,
      standins: this.sources.standins,
      uid: this.uid,
    });
  }

  private onWorkerMessage(m: WorkerMessage) {
    switch (m.type) {
      case "out":
        this.emit(m.bytes);
        return;
      case "ack":
        this.unacked.delete(m.seq);
        this.clearInterruptWatch(m.seq);
        return;
      case "ready": {
        this.ready = true;
        this.clearInterruptWatch(-1);
        const queued = this.queued;
        this.queued = [];
        for (const bytes of queued) this.input(bytes);
        return;
      }
      case "files":
        for (const [p, data] of m.changed) this.files.set(p, data);
        for (const p of m.removed) this.files.delete(p);
        return;
      case "reset":
        this.carryOver(m.seq, m.consumed);
        if (m.kind === "soft") this.emitText("MPY: soft reboot\r\n");
        this.restart(m.kind === "hard" ? "friendly" : m.mode, true);
        return;
      case "fatal":
        this.emitText(`\r\nThe virtual device could not boot: ${m.message}\r\n`);
        return;
    }
  }
}
