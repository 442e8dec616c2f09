#!/usr/bin/env node
// `npm run bench`: how fast compiled programs run next to hand-written MicroPython, and how fast
// the compiler is next to `tsc --noEmit`. See docs/bench.md.
//
//   npm run bench                      everything
//   npm run bench -- nqueens mapset    only these programs (and no compiler timing)
//   npm run bench -- --no-compiler     skip the compiler timing
//   npm run bench -- --no-programs     only the compiler timing
//   npm run bench -- --emit=out/bench  also write each program's compiled Python there
//   npm run bench -- --check-node      also run each .ts on Node: its output must match the twin's
//   BENCH_RUNS=3 npm run bench         timed runs per program (default 5, best one counts)
//   BENCH_TIMEOUT_S=60                 a run taking longer is stopped and reported as FAIL
//
// Plain JavaScript, no build step: the compiler's public API (compiler/src, TypeScript) is bundled
// on the fly with esbuild into node_modules/.cache/tsmpy-bench/. MicroPython runs in a worker
// thread so that a program that never ends can be stopped; all programs share that one interpreter
// and each run is timed around the runPython call that executes it.
import * as esbuild from "esbuild";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, parentPort } from "node:worker_threads";

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), "..");
const PROGRAMS_DIR = path.join(ROOT, "bench", "programs");
const CACHE_DIR = path.join(ROOT, "node_modules", ".cache", "tsmpy-bench");
const HEAP_BYTES = 32 * 1024 * 1024;
const RUN_TIMEOUT_MS = (Number(process.env.BENCH_TIMEOUT_S) || 60) * 1000;
const COMPILER_CORPUS_SIZE = 300;
const COMPILER_REPEATS = 3;

// ---------------------------------------------------------------------------------------------
// The compiler's public API, bundled from its TypeScript sources.

async function bundleApi() {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const outfile = path.join(CACHE_DIR, `api-${process.pid}.cjs`);
  await esbuild.build({
    stdin: {
      contents: [
        'export { loadFilesProject, loadMemoryProject, DEFAULT_COMPILER_OPTIONS } from "./compiler/src/project";',
        'export { compileLoaded } from "./compiler/src/compile";',
        'export { deviceFiles } from "./compiler/src/runner";',
      ].join("\n"),
      resolveDir: ROOT,
      sourcefile: "bench-api.ts",
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    outfile,
    logLevel: "silent",
    // The compiler finds stubs/ and compiler/helpers/ relative to its own source files.
    define: { __dirname: JSON.stringify(path.join(ROOT, "compiler", "src")) },
  });
  return outfile;
}

function loadApi(file) {
  return createRequire(SELF)(file);
}

// ---------------------------------------------------------------------------------------------
// MicroPython side: a worker thread holding one interpreter.

/** Python defined once per interpreter: load a program's code, run it and time it. */
const PRELUDE = `
import sys, time, gc
sys.path.insert(0, '/')
_bench_codes = {}

def _bench_load(key, path):
    with open(path) as f:
        _bench_codes[key] = compile(f.read(), path, 'exec')

def _bench_drain():
    # Programs leave tasks on asyncio's queue (its loop normally runs on JS timers; compiled async
    # programs' Promise jobs and timers run in tsmpy.promise's pump task there): run them to the
    # end, inside the timed region. Nothing to do for other programs.
    try:
        from asyncio import core
    except ImportError:
        return
    while True:
        core._run_iter()
        t = core._task_queue.peek()
        if not t:
            break
        wait = time.ticks_diff(t.ph_key, time.ticks_ms())
        if wait > 0:
            time.sleep_ms(wait)
    if core.asyncio_timer is not None:
        import js
        js.clearTimeout(core.asyncio_timer)
        core.asyncio_timer = None

def _bench_prepare(key, name):
    global _bench_code, _bench_globals
    _bench_code = _bench_codes[key]
    _bench_globals = {'__name__': name}
    gc.collect()

def _bench_run():
    exec(_bench_code, _bench_globals)
    _bench_drain()
`;

async function workerMain() {
  const { loadMicroPython } = await import("@micropython/micropython-webassembly-pyscript");
  const decoder = new TextDecoder("utf-8");
  let stdout = "";
  let stderr = "";
  let mp = null;
  const pyError = (e) => ({ type: e.type ?? e.name ?? "Error", message: String(e.message ?? e) });
  parentPort.on("message", async (msg) => {
    const reply = (body) => parentPort.postMessage({ id: msg.id, ...body });
    try {
      if (msg.op === "init") {
        mp = await loadMicroPython({
          heapsize: msg.heapsize,
          linebuffer: false,
          stdout: (b) => (stdout += decoder.decode(b, { stream: true })),
          stderr: (b) => (stderr += decoder.decode(b, { stream: true })),
        });
        mp.runPython(PRELUDE);
        return reply({ ok: true });
      }
      if (msg.op === "files") {
        for (const f of msg.files) {
          const dir = f.path.split("/").slice(0, -1).join("/");
          if (dir) mp.FS.mkdirTree(dir);
          mp.FS.writeFile(f.path, f.text);
        }
        return reply({ ok: true });
      }
      if (msg.op === "load") {
        try {
          mp.runPython(`_bench_load(${JSON.stringify(msg.key)}, ${JSON.stringify(msg.path)})`);
          return reply({ ok: true });
        } catch (e) {
          return reply({ ok: false, error: pyError(e) });
        }
      }
      if (msg.op === "run") {
        stdout = "";
        stderr = "";
        try {
          mp.runPython(`_bench_prepare(${JSON.stringify(msg.key)}, ${JSON.stringify(msg.name)})`);
          // Timed here rather than with time.ticks_us(), which only has millisecond resolution in
          // this build. Calling runPython on a one-line statement costs a few microseconds.
          const t0 = performance.now();
          mp.runPython("_bench_run()");
          const us = (performance.now() - t0) * 1000;
          return reply({ ok: true, us, stdout, stderr });
        } catch (e) {
          return reply({ ok: false, error: pyError(e), stdout, stderr });
        }
      }
      reply({ ok: false, error: { type: "HarnessError", message: `unknown op ${msg.op}` } });
    } catch (e) {
      reply({ ok: false, error: { type: "HarnessError", message: String(e?.stack ?? e) } });
    }
  });
}

/** The main thread's handle on the MicroPython worker; restarts it after a timeout. */
class Engine {
  constructor() {
    this.worker = null;
    this.nextId = 1;
    this.loaded = new Set();
  }

  async start() {
    this.worker = new Worker(SELF);
    this.loaded = new Set();
    const r = await this.call({ op: "init", heapsize: HEAP_BYTES }, RUN_TIMEOUT_MS);
    if (!r.ok) throw new Error(`MicroPython did not start: ${r.error.message}`);
  }

  call(msg, timeoutMs) {
    const id = this.nextId++;
    const worker = this.worker;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.off("message", onMessage);
        resolve({ ok: false, timedOut: true, error: { type: "Timeout", message: `no answer within ${timeoutMs / 1000} s` } });
      }, timeoutMs);
      const onMessage = (m) => {
        if (m.id !== id) return;
        clearTimeout(timer);
        worker.off("message", onMessage);
        resolve(m);
      };
      worker.on("message", onMessage);
      worker.postMessage({ ...msg, id });
    });
  }

  /** Runs one program once; a timeout kills the interpreter (a fresh one serves what follows). */
  async run(key, name) {
    const r = await this.call({ op: "run", key, name }, RUN_TIMEOUT_MS);
    if (r.timedOut) await this.restart();
    return r;
  }

  async restart() {
    await this.worker.terminate();
    await this.start();
  }

  async stop() {
    if (this.worker) await this.worker.terminate();
  }
}

// ---------------------------------------------------------------------------------------------
// Benchmark programs.

function listPrograms(only) {
  const names = fs
    .readdirSync(PROGRAMS_DIR)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => f.slice(0, -3))
    .sort();
  const missing = only.filter((n) => !names.includes(n));
  if (missing.length) throw new Error(`no such benchmark program: ${missing.join(", ")} (have: ${names.join(", ")})`);
  return only.length ? names.filter((n) => only.includes(n)) : names;
}

function firstLine(text) {
  return String(text).split("\n").find((l) => l.trim()) ?? "";
}

/** Last line of a Python traceback: `TypeError: ...`. */
function errorSummary(error) {
  const lines = String(error.message).trim().split("\n");
  return lines[lines.length - 1] || error.type;
}

function compileProgram(api, name) {
  const tsFile = path.join(PROGRAMS_DIR, name + ".ts");
  let result;
  try {
    // tsmpy's defaults, not the repository's tsconfig.json (which is for the compiler's sources).
    result = api.compileLoaded(api.loadFilesProject([tsFile], api.DEFAULT_COMPILER_OPTIONS));
  } catch (e) {
    return { status: `not compiled: compiler crashed: ${firstLine(e?.message ?? e)}` };
  }
  const errors = result.diagnostics.filter((d) => d.category === "error");
  if (errors.length) {
    const d = errors[0];
    const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : "";
    return { status: `not compiled: ${d.code} ${firstLine(d.message)}${d.line ? ` (line ${d.line})` : ""}${more}` };
  }
  const entry = result.modules.find((m) => path.resolve(m.sourceFile) === path.resolve(tsFile));
  if (!entry) return { status: "not compiled: no module emitted for the entry file" };
  return { files: api.deviceFiles(result), entryPath: "/" + entry.outPath, moduleName: entry.moduleName };
}

async function ensureLoaded(engine, prog) {
  if (engine.loaded.has(prog.name)) return null;
  const files = [{ path: `/bench/hand/${prog.name}.py`, text: fs.readFileSync(path.join(PROGRAMS_DIR, prog.name + ".py"), "utf8") }];
  if (prog.compiled) files.push(...prog.compiled.files);
  let r = await engine.call({ op: "files", files }, RUN_TIMEOUT_MS);
  if (!r.ok) throw new Error(`could not write files: ${r.error.message}`);
  r = await engine.call({ op: "load", key: `hand:${prog.name}`, path: `/bench/hand/${prog.name}.py` }, RUN_TIMEOUT_MS);
  if (!r.ok) return `hand-written program does not load: ${errorSummary(r.error)}`;
  if (prog.compiled) {
    r = await engine.call({ op: "load", key: `tsmpy:${prog.name}`, path: prog.compiled.entryPath }, RUN_TIMEOUT_MS);
    if (!r.ok) return `FAIL: compiled Python does not load: ${errorSummary(r.error)}`;
  }
  engine.loaded.add(prog.name);
  return null;
}

function runFailure(r, who) {
  if (r.timedOut) return `FAIL: ${who} run timed out`;
  return `FAIL: ${who} run raised ${errorSummary(r.error)}`;
}

/** The TypeScript program's stdout on Node (bundled to CommonJS by esbuild). */
async function runOnNode(name) {
  const out = path.join(CACHE_DIR, `node-${process.pid}-${name}.cjs`);
  try {
    await esbuild.build({ entryPoints: [path.join(PROGRAMS_DIR, name + ".ts")], bundle: true, platform: "node", format: "cjs", outfile: out, logLevel: "silent" });
    return execFileSync(process.execPath, [out], { encoding: "utf8", timeout: 60_000 });
  } finally {
    fs.rmSync(out, { force: true });
  }
}

async function benchProgram(engine, prog, runs) {
  const row = { name: prog.name, hand: null, compiled: null, status: prog.status ?? "" };
  const loadProblem = await ensureLoaded(engine, prog);
  if (loadProblem) {
    row.status = loadProblem;
    row.failed = loadProblem.startsWith("FAIL");
    row.harness = !row.failed;
    return row;
  }
  const hand = { key: `hand:${prog.name}`, name: prog.name, best: Infinity };
  const warm = await engine.run(hand.key, hand.name);
  if (!warm.ok) {
    row.status = `hand-written ${runFailure(warm, "hand-written").slice(6)}`;
    row.harness = true;
    return row;
  }
  const expected = warm.stdout;
  if (prog.checkNode) {
    let node;
    try {
      node = await runOnNode(prog.name);
    } catch (e) {
      node = `(Node failed: ${firstLine(e?.message ?? e)})`;
    }
    if (node !== expected) {
      row.status = `twin disagrees with Node: ${JSON.stringify(firstLine(node))} vs ${JSON.stringify(firstLine(expected))}`;
      row.harness = true;
      return row;
    }
  }
  if (!prog.compiled) {
    // Not compiled: still time the hand-written twin, for reference.
    for (let i = 0; i < runs; i++) {
      const r = await engine.run(hand.key, hand.name);
      if (r.ok) hand.best = Math.min(hand.best, r.us);
    }
    row.hand = hand.best / 1000;
    return row;
  }
  const comp = { key: `tsmpy:${prog.name}`, name: prog.compiled.moduleName, best: Infinity };
  const first = await engine.run(comp.key, comp.name);
  if (!first.ok) {
    row.status = runFailure(first, "compiled");
    row.failed = true;
    return row;
  }
  if (first.stdout !== expected) {
    row.status = `FAIL: output differs: compiled ${JSON.stringify(firstLine(first.stdout))} vs hand-written ${JSON.stringify(firstLine(expected))}`;
    row.failed = true;
    return row;
  }
  // Timed runs, interleaved (and alternating who goes first) so that drift hits both alike.
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? [hand, comp] : [comp, hand];
    for (const side of order) {
      const r = await engine.run(side.key, side.name);
      if (!r.ok) {
        row.status = runFailure(r, side === hand ? "hand-written" : "compiled");
        row.failed = side === comp;
        row.harness = side === hand;
        return row;
      }
      if (r.stdout !== expected) {
        row.status = `FAIL: output of a timed ${side === hand ? "hand-written" : "compiled"} run differs`;
        row.failed = true;
        return row;
      }
      side.best = Math.min(side.best, r.us);
    }
  }
  row.hand = hand.best / 1000;
  row.compiled = comp.best / 1000;
  row.ratio = row.compiled / row.hand;
  row.status = row.ratio <= 1.1 ? "ok" : "slower than target (1.10)";
  return row;
}

function printTable(rows) {
  const fmt = (v, digits = 2) => (v == null ? "-" : v.toFixed(digits));
  const table = [["program", "hand-written ms", "compiled ms", "ratio", "status"]];
  for (const r of rows) table.push([r.name, fmt(r.hand), fmt(r.compiled), r.ratio == null ? "-" : r.ratio.toFixed(2), r.status]);
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => (c === 4 ? 0 : row[c].length))));
  for (const [i, row] of table.entries()) {
    const cells = row.map((cell, c) => (c === 4 ? cell : c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])));
    console.log(cells.join("  "));
    if (i === 0) console.log(widths.slice(0, 4).map((w) => "-".repeat(w)).join("  ") + "  " + "-".repeat(6));
  }
}

function printResults(rows, runs) {
  console.log(`\nRun time on MicroPython 1.27 (WebAssembly), best of ${runs} runs after a warm-up; ratio = compiled / hand-written\n`);
  printTable(rows);
  const timed = rows.filter((r) => r.ratio != null);
  const geo = timed.length ? Math.exp(timed.reduce((s, r) => s + Math.log(r.ratio), 0) / timed.length) : null;
  console.log(
    `\ngeometric mean of ratios: ${geo == null ? "- (no program compiled)" : geo.toFixed(3)} over ${timed.length} of ${rows.length} programs` +
      ` (target <= 1.05; every ratio <= 1.10)`,
  );
}

// ---------------------------------------------------------------------------------------------
// Compiler speed: `tsmpy build` (type check + transform + print) against `tsc --noEmit`.

/** `program\`...\`` sources of the execution tests, when they have no interpolation. */
function extractTestPrograms() {
  const dir = path.join(ROOT, "test", "exec");
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".test.ts")).sort()) {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    const re = /\bprogram`/g;
    let m;
    let n = 0;
    while ((m = re.exec(text))) {
      let i = m.index + m[0].length;
      let raw = "";
      let interpolated = false;
      for (; i < text.length; i++) {
        const ch = text[i];
        if (ch === "\\") {
          raw += ch + text[i + 1];
          i++;
        } else if (ch === "`") {
          break;
        } else {
          if (ch === "$" && text[i + 1] === "{") interpolated = true;
          raw += ch;
        }
      }
      re.lastIndex = i + 1;
      if (interpolated || i >= text.length) continue;
      let cooked;
      try {
        // A template literal without substitutions is a plain string: cooking it runs no code.
        cooked = new Function("return `" + raw + "`;")();
      } catch {
        continue;
      }
      out.push({ name: `exec-${file.replace(/\.test\.ts$/, "")}-${++n}.ts`, text: dedent(cooked) });
    }
  }
  return out;
}

function dedent(text) {
  const lines = text.replace(/^\n/, "").replace(/\s+$/, "").split("\n");
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length);
  const min = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(min)).join("\n") + "\n";
}

/** Small ordinary programs, varied by `i`, to bring the compiler corpus to a few hundred files. */
function generatedProgram(i) {
  const k = (i % 7) + 2;
  const kinds = [
    () => `
      function fib${i}(n: number): number {
        let a = 0;
        let b = 1;
        for (let j = 0; j < n; j++) {
          const t = a + b;
          a = b;
          b = t;
        }
        return a;
      }
      const values: number[] = [];
      for (let n = 0; n < ${10 + k}; n++) values.push(fib${i}(n));
      let total = 0;
      for (const v of values) if (v % ${k} === 0) total += v;
      console.log("fib", ${i}, values.length, total);
    `,
    () => `
      class Counter${i} {
        private count = 0;
        constructor(readonly label: string, readonly step: number) {}
        bump(times: number): number {
          for (let j = 0; j < times; j++) this.count += this.step;
          return this.count;
        }
        describe(): string {
          return this.label + ": " + this.count;
        }
      }
      const c = new Counter${i}("counter${i}", ${k});
      c.bump(${k * 3});
      console.log(c.describe());
    `,
    () => `
      interface Point${i} {
        x: number;
        y: number;
      }
      function dist${i}(a: Point${i}, b: Point${i}): number {
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        return Math.sqrt(dx * dx + dy * dy);
      }
      const pts: Point${i}[] = [];
      for (let j = 0; j < ${k + 3}; j++) pts.push({ x: j * ${k}, y: j % 3 });
      let length = 0;
      for (let j = 1; j < pts.length; j++) length += dist${i}(pts[j - 1], pts[j]);
      console.log("path", Math.round(length * 100) / 100);
    `,
    () => `
      function classify${i}(n: number): string {
        if (n < 0) return "negative";
        else if (n === 0) return "zero";
        else if (n % 2 === 0) return "even";
        return "odd";
      }
      const words: string[] = [];
      for (let n = -${k}; n <= ${k}; n++) words.push(classify${i}(n));
      let longest = "";
      for (const w of words) if (w.length > longest.length) longest = w;
      console.log(words.length, longest, words[0] === "negative");
    `,
    () => `
      function gcd${i}(a: number, b: number): number {
        while (b !== 0) {
          const t = b;
          b = a % b;
          a = t;
        }
        return a;
      }
      let coprime = 0;
      for (let a = 1; a <= ${k * 4}; a++) {
        for (let b = 1; b <= ${k * 4}; b++) {
          if (gcd${i}(a, b) === 1) coprime++;
        }
      }
      console.log("coprime pairs", coprime);
    `,
    () => `
      type Shape${i} = { kind: "circle"; r: number } | { kind: "rect"; w: number; h: number };
      function area${i}(s: Shape${i}): number {
        switch (s.kind) {
          case "circle":
            return Math.PI * s.r * s.r;
          case "rect":
            return s.w * s.h;
        }
      }
      const shapes: Shape${i}[] = [{ kind: "circle", r: ${k} }, { kind: "rect", w: ${k}, h: ${k + 1} }];
      let sum = 0;
      for (const s of shapes) sum += area${i}(s);
      console.log("area", Math.floor(sum));
    `,
    () => `
      const make${i} = (base: number) => (x: number) => base * x + ${k};
      const fns = [make${i}(1), make${i}(2), make${i}(3)];
      let acc = 0;
      for (const f of fns) acc += f(${i % 10});
      const label = acc > 50 ? "big" : "small";
      console.log(\`closures \${acc} \${label}\`);
    `,
  ];
  return { name: `gen-${String(i).padStart(3, "0")}.ts`, text: dedent(kinds[i % kinds.length]()) };
}

function compilerCorpus() {
  const files = [];
  const corpusDir = path.join(ROOT, "test", "corpus");
  if (fs.existsSync(corpusDir)) {
    for (const f of fs.readdirSync(corpusDir).filter((f) => f.endsWith(".ts")).sort()) {
      files.push({ name: f, text: fs.readFileSync(path.join(corpusDir, f), "utf8") });
    }
  }
  files.push(...extractTestPrograms());
  // A fixed size keeps the timing comparable while the test suite grows.
  files.splice(COMPILER_CORPUS_SIZE);
  const fromRepo = files.length;
  for (let i = 0; files.length < COMPILER_CORPUS_SIZE; i++) files.push(generatedProgram(i));
  return { files, fromRepo };
}

function compilerOptions(api) {
  return api.DEFAULT_COMPILER_OPTIONS;
}

/**
 * Hundreds of programs share one Program, so each must be a module (its top-level names its own):
 * a script gets an empty `export {}`. (ts-morph parses files itself and ignores moduleDetection.)
 */
function asModule(text) {
  return /^\s*(import|export)\b/m.test(text) ? text : text + "\nexport {};\n";
}

/**
 * Keeps the files the compiler can take as a whole: no TypeScript errors (tsmpy stops before
 * transforming when there is one) and no compiler crash. The whole set is compiled, files with
 * errors dropped and the rest compiled again; a set that crashes the compiler is halved.
 */
function usableFiles(api, paths) {
  const options = compilerOptions(api);
  const excluded = { typeErrors: 0, crashes: 0 };
  const check = (list) => {
    if (list.length === 0) return [];
    let result;
    try {
      result = api.compileLoaded(api.loadFilesProject(list, options));
    } catch {
      if (list.length === 1) {
        excluded.crashes++;
        return [];
      }
      const half = Math.ceil(list.length / 2);
      return [...check(list.slice(0, half)), ...check(list.slice(half))];
    }
    if (process.env.BENCH_DEBUG) for (const d of result.diagnostics.filter((d) => d.code.startsWith("TS"))) console.error(`${path.basename(d.file ?? "-")}:${d.line} ${d.code} ${firstLine(d.message)}`);
    const bad = new Set(result.diagnostics.filter((d) => d.code.startsWith("TS") && d.category === "error").map((d) => d.file && path.resolve(d.file)));
    if (bad.size === 0) return list;
    if (bad.has(undefined)) throw new Error("the compiler reports a global TypeScript error for the corpus");
    const kept = list.filter((f) => !bad.has(path.resolve(f)));
    excluded.typeErrors += list.length - kept.length;
    return check(kept);
  };
  return { good: check(paths), excluded };
}

/** Child-process side of the compiler timing: one measurement, printed as JSON. */
function timeCompilerChild(mode, jobFile) {
  const job = JSON.parse(fs.readFileSync(jobFile, "utf8"));
  if (mode === "tsmpy") {
    const api = loadApi(job.api);
    const t0 = performance.now();
    const result = api.compileLoaded(api.loadFilesProject(job.files, job.options));
    const ms = performance.now() - t0;
    console.log(JSON.stringify({ ms, modules: result.modules.length, errors: result.diagnostics.filter((d) => d.category === "error").length }));
  } else {
    const ts = createRequire(SELF)("typescript");
    const t0 = performance.now();
    const program = ts.createProgram(job.rootNames, job.tscOptions);
    const diagnostics = ts.getPreEmitDiagnostics(program);
    const ms = performance.now() - t0;
    console.log(JSON.stringify({ ms, files: program.getSourceFiles().length, errors: diagnostics.length }));
  }
}

async function benchCompiler(api, apiFile) {
  const { files, fromRepo } = compilerCorpus();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsmpy-bench-corpus-"));
  try {
    const paths = files.map((f) => {
      const p = path.join(dir, f.name);
      fs.writeFileSync(p, asModule(f.text));
      return p;
    });
    const t0 = performance.now();
    const { good, excluded } = usableFiles(api, paths);
    process.stderr.write(`bench: corpus checked in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    const options = compilerOptions(api);
    // tsc gets exactly the Program tsmpy builds: same root files (stubs included), same options.
    const loaded = api.loadFilesProject(good, options);
    const job = {
      api: apiFile,
      files: good,
      options,
      rootNames: [...loaded.program.getRootFileNames()],
      tscOptions: loaded.program.getCompilerOptions(),
    };
    const jobFile = path.join(dir, "job.json");
    fs.writeFileSync(jobFile, JSON.stringify(job));

    const measure = (mode) => JSON.parse(execFileSync(process.execPath, [SELF, "--time-compiler", mode, jobFile], { encoding: "utf8", maxBuffer: 1 << 24 }).trim().split("\n").pop());
    let tsmpy = Infinity;
    let tsc = Infinity;
    for (let i = 0; i < COMPILER_REPEATS; i++) {
      for (const mode of i % 2 === 0 ? ["tsmpy", "tsc"] : ["tsc", "tsmpy"]) {
        const r = measure(mode);
        if (mode === "tsmpy") tsmpy = Math.min(tsmpy, r.ms);
        else tsc = Math.min(tsc, r.ms);
      }
    }
    return { tsmpy, tsc, ratio: tsmpy / tsc, files: good.length, total: files.length, fromRepo, excluded };
  } finally {
    // BENCH_KEEP_CORPUS=1 keeps the corpus and its job.json (for profiling the compiler by hand).
    if (process.env.BENCH_KEEP_CORPUS) console.error(`bench: corpus kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const args = process.argv.slice(2);
  const only = args.filter((a) => !a.startsWith("-"));
  const emitDir = args.find((a) => a.startsWith("--emit="))?.slice("--emit=".length);
  const withCompiler = !args.includes("--no-compiler") && only.length === 0;
  const runs = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
  const started = performance.now();

  const apiFile = await bundleApi();
  let engine;
  try {
    const api = loadApi(apiFile);
    const programs = (args.includes("--no-programs") ? [] : listPrograms(only)).map((name) => {
      const c = compileProgram(api, name);
      if (emitDir && c.files) {
        for (const f of c.files) {
          const out = path.join(path.resolve(emitDir), name, f.path);
          fs.mkdirSync(path.dirname(out), { recursive: true });
          fs.writeFileSync(out, f.text);
        }
      }
      return { name, compiled: c.files ? c : null, status: c.status, checkNode: args.includes("--check-node") };
    });

    const rows = [];
    if (programs.length) {
      engine = new Engine();
      await engine.start();
      for (const prog of programs) {
        process.stderr.write(`bench: ${prog.name}...\n`);
        rows.push(await benchProgram(engine, prog, runs));
      }
      await engine.stop();
      engine = null;
    }

    if (rows.length) printResults(rows, runs);

    if (withCompiler) {
      process.stderr.write("bench: compiler speed...\n");
      try {
        const c = await benchCompiler(api, apiFile);
        console.log(
          `compiler: tsmpy build ${c.tsmpy.toFixed(0)} ms vs tsc --noEmit ${c.tsc.toFixed(0)} ms over ${c.files} files,` +
            ` ratio ${c.ratio.toFixed(2)} (target <= 1.30; best of ${COMPILER_REPEATS}, fresh process each)`,
        );
        console.log(
          `  corpus: ${c.total} programs (${c.fromRepo} from test/corpus and test/exec, ${c.total - c.fromRepo} generated);` +
            ` left out: ${c.excluded.typeErrors} with TypeScript errors, ${c.excluded.crashes} crashing the compiler`,
        );
      } catch (e) {
        console.log(`compiler: not measured: ${firstLine(e?.message ?? e)}`);
      }
    }
    console.log(`\n(bench took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    const failed = rows.some((r) => r.failed);
    const harnessBroken = rows.some((r) => r.harness);
    process.exitCode = harnessBroken ? 2 : failed ? 1 : 0;
  } finally {
    if (engine) await engine.stop();
    fs.rmSync(apiFile, { force: true });
  }
}

if (!isMainThread) {
  await workerMain();
} else if (process.argv[2] === "--time-compiler") {
  timeCompilerChild(process.argv[3], process.argv[4]);
} else {
  main().catch((e) => {
    console.error(`bench: harness error: ${e?.stack ?? e}`);
    process.exitCode = 2;
  });
}
