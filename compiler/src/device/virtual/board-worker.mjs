// One boot of the virtual board: MicroPython 1.27 (WebAssembly) fed byte by byte through its REPL.
// The main thread (board.ts) owns the file store and restarts this worker for every soft reset,
// hard reset or stuck program, so this file never has to recover an interpreter.
// Plain JavaScript so that it runs without any build step.
import { parentPort } from "node:worker_threads";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

/**
 * The board's flash in Emscripten's file system; the prelude mounts it as Python's "/", so the
 * board shows only its own files (not Emscripten's /dev, /proc, /tmp).
 */
const FLASH = "/flash";
/** Where the stand-in modules live, outside the flash (imported before the mount). */
const STANDIN_DIR = "/tsmpy-standins";
/** replProcessChar's answer when the REPL asks for a soft reset (Ctrl-D, SystemExit). */
const SOFT_RESET = 256;

let mp;
/** path -> last content the main thread knows about (directories map to null). */
const known = new Map();
/** 'friendly' or 'raw': mirrors the REPL's mode, needed to spot raw-paste requests. */
let mode = "friendly";
/** Bytes of the raw REPL's current buffer (a raw-paste request only counts at its start). */
let rawBufferLength = 0;
/** Raw-paste state: null, or the bytes received so far. */
let paste = null;
let pasteWindowUsed = 0;
const PASTE_WINDOW = 128;
/** Bytes of the next output to drop (the "OK" of a raw-paste execution, which the protocol omits). */
let dropOk = 0;
/** Output filtering is off while the friendly banner is replaced by the raw one at a raw boot. */
let muted = false;
let lastOut = 0;

function post(msg, transfer) {
  parentPort.postMessage(msg, transfer);
}

/** Device output: a board's stdout is "cooked" (each \n goes out as \r\n). */
function output(bytes) {
  if (muted) return;
  let start = 0;
  while (dropOk && start < bytes.length) {
    if (bytes[start] === "OK".charCodeAt(2 - dropOk)) {
      start++;
      dropOk--;
    } else dropOk = 0;
  }
  const cooked = [];
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 10 && lastOut !== 13) cooked.push(13);
    cooked.push(b);
    lastOut = b;
  }
  if (cooked.length) post({ type: "out", bytes: Uint8Array.from(cooked) });
}

function writeText(text) {
  output(new TextEncoder().encode(text));
}

/** Visits the flash's files and directories by their board paths ("/lib/x.py"). */
function walk(dir, visit) {
  for (const name of mp.FS.readdir(FLASH + dir)) {
    if (name === "." || name === "..") continue;
    const p = dir === "/" ? `/${name}` : `${dir}/${name}`;
    const isDir = mp.FS.isDir(mp.FS.stat(FLASH + p).mode);
    visit(p, isDir);
    if (isDir) walk(p, visit);
  }
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Sends the main thread what changed in the file system since the last sync. */
function syncFiles() {
  const seen = new Set();
  const changed = [];
  walk("/", (p, isDir) => {
    seen.add(p);
    if (isDir) {
      if (!known.has(p)) {
        known.set(p, null);
        changed.push([p, null]);
      }
      return;
    }
    const data = mp.FS.readFile(FLASH + p);
    const before = known.get(p);
    if (!before || !sameBytes(before, data)) {
      known.set(p, data);
      changed.push([p, data]);
    }
  });
  const removed = [...known.keys()].filter((p) => !seen.has(p));
  for (const p of removed) known.delete(p);
  if (changed.length || removed.length) post({ type: "files", changed, removed });
}

function runFile(path) {
  let source;
  try {
    source = mp.FS.readFile(FLASH + path, { encoding: "utf8" });
  } catch {
    return true;
  }
  try {
    mp.runPython(source);
  } catch (e) {
    if (e.type === "SystemExit") return false;
    writeText(String(e.message ?? e).replace(/\r?\n/g, "\r\n").replace(/(\r\n)?$/, "\r\n"));
  }
  return true;
}

/** The input message being fed, and how far: bytes after a reset go to the next boot. */
let feeding = { seq: 0, index: 0 };

function requestReset(kind) {
  syncFiles();
  post({ type: "reset", kind, mode, seq: feeding.seq, consumed: feeding.index + 1 });
}

async function boot(job) {
  mode = job.mode;
  rawPasteEnabled = job.rawPaste !== false;
  mp = await loadMicroPython({ heapsize: job.heapsize, linebuffer: false, stdout: output, stderr: output });
  mp.FS.mkdirTree(FLASH);
  for (const [p, data] of job.files) {
    if (data === null) mp.FS.mkdirTree(FLASH + p);
    else {
      mp.FS.mkdirTree(FLASH + p.split("/").slice(0, -1).join("/"));
      mp.FS.writeFile(FLASH + p, data);
    }
  }
  walk("/", (p, isDir) => known.set(p, isDir ? null : mp.FS.readFile(FLASH + p)));
  mp.registerJsModule("_tsmpy_board", {
    // machine.reset(): the stand-in raises SystemExit right after, which stops the program.
    reset: () => {
      pendingHardReset = true;
    },
    uid: job.uid,
  });
  mp.FS.mkdirTree(STANDIN_DIR);
  for (const [name, text] of Object.entries(job.standins)) mp.FS.writeFile(`${STANDIN_DIR}/${name}.py`, text);
  // Compiled under the name "<board>": its errno-translating wrappers show in tracebacks so.
  mp.runPython(`exec(compile(${JSON.stringify(job.prelude)}, '<board>', 'exec'))`);
  // boot.py always runs; main.py only when the board boots into the friendly REPL, as on a board.
  let alive = runFile("/boot.py");
  if (alive && mode === "friendly" && job.runMain) alive = runFile("/main.py");
  if (!alive || pendingHardReset) {
    requestReset(pendingHardReset ? "hard" : "soft");
    return;
  }
  if (mode === "raw") muted = true;
  mp.replInit();
  if (mode === "raw") {
    muted = false;
    mp.replProcessChar(1);
  }
  syncFiles();
  post({ type: "ready" });
}

let pendingHardReset = false;

/** Feeds one byte to the REPL; false once the board has asked to be reset. */
function feed(byte) {
  if (paste) return feedPaste(byte);
  if (mode === "raw") {
    if (byte === 5 && rawBufferLength === 0) {
      paste = [];
      pasteWindowUsed = -2; // the "A\x01" that completes the request
      return true;
    }
    if (byte === 2) mode = "friendly";
    else if (byte === 3 || byte === 4) rawBufferLength = 0;
    else rawBufferLength++;
  } else if (byte === 1) {
    mode = "raw";
    rawBufferLength = 0;
  }
  const r = mp.replProcessChar(byte);
  if (r === SOFT_RESET || pendingHardReset) {
    requestReset(pendingHardReset ? "hard" : "soft");
    return false;
  }
  return true;
}

/** Raw-paste mode: buffer the code with flow control, then run it through the plain raw REPL. */
function feedPaste(byte) {
  if (pasteWindowUsed < 0) {
    const expected = pasteWindowUsed === -2 ? 0x41 : 0x01;
    if (byte !== expected) {
      // Not a raw-paste request after all: hand the bytes to the REPL as typed.
      const typed = [5, ...(pasteWindowUsed === -1 ? [0x41] : []), byte];
      paste = null;
      rawBufferLength = 0;
      for (const b of typed) if (!feed(b)) return false;
      return true;
    }
    pasteWindowUsed++;
    if (pasteWindowUsed === 0 && !rawPasteEnabled) {
      // "Understood, not supported": the client goes on in plain raw mode.
      paste = null;
      post({ type: "out", bytes: Uint8Array.from([0x52, 0x00]) });
      return true;
    }
    if (pasteWindowUsed === 0) post({ type: "out", bytes: Uint8Array.from([0x52, 0x01, PASTE_WINDOW & 0xff, PASTE_WINDOW >> 8]) });
    return true;
  }
  if (byte === 4) {
    const code = paste;
    paste = null;
    post({ type: "out", bytes: Uint8Array.from([4]) });
    dropOk = 2;
    for (const b of code) {
      rawBufferLength++;
      mp.replProcessChar(b);
    }
    rawBufferLength = 0;
    const r = mp.replProcessChar(4);
    dropOk = 0;
    if (r === SOFT_RESET || pendingHardReset) {
      requestReset(pendingHardReset ? "hard" : "soft");
      return false;
    }
    return true;
  }
  if (byte === 3) {
    paste = null;
    post({ type: "out", bytes: Uint8Array.from([4]) });
    return true;
  }
  paste.push(byte);
  if (++pasteWindowUsed === PASTE_WINDOW) {
    pasteWindowUsed = 0;
    post({ type: "out", bytes: Uint8Array.from([1]) });
  }
  return true;
}

let resetting = false;
let rawPasteEnabled = true;

parentPort.on("message", async (msg) => {
  if (msg.type === "boot") {
    try {
      await boot(msg);
    } catch (e) {
      post({ type: "fatal", message: String(e?.message ?? e) });
    }
    return;
  }
  if (msg.type === "input" && !resetting) {
    let runs = false;
    for (let i = 0; i < msg.bytes.length; i++) {
      const b = msg.bytes[i];
      feeding = { seq: msg.seq, index: i };
      if (!feed(b)) {
        resetting = true;
        break;
      }
      if (b === 4 || b === 13 || b === 10) runs = true;
    }
    if (!resetting && runs) syncFiles();
    post({ type: "ack", seq: msg.seq });
  }
});
