// The runtime's costs next to raw asyncio on the same interpreter (called by scripts/bench.mjs;
// also `node bench/runtime/runtime-bench.mjs`). See docs/bench.md, "Runtime".
//
//   create_task      TaskManager.create_task(coro) vs asyncio.create_task(coro): creating N tasks
//                    of a trivial Python coroutine (they then run untimed)
//   managed spawn    servicekit's spawn (a tracked, named, cancellable child running a TypeScript
//                    async function) vs asyncio.create_task of a Python coroutine: creating N
//   start/stop       one start()+stop() of a service with one @task, run to the end, vs one
//                    create_task+cancel+await of a raw task
//   memory/task      gc.mem_alloc per live task: a managed child vs a raw asyncio task
//
// Ratios are compiled-runtime time / raw time, best of BENCH_RUNS each (interleaved); the target
// is <= 1.10. Each measurement is one interpreter call timed from JavaScript (this build's
// ticks_us has millisecond resolution); memory readings are taken in separate calls (this port's
// gc.collect frees only what earlier calls allocated).
import * as esbuild from "esbuild";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), "../..");
const CACHE_DIR = path.join(ROOT, "node_modules", ".cache", "tsmpy-bench");

async function loadCompiler() {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const outfile = path.join(CACHE_DIR, `runtime-api-${process.pid}.cjs`);
  await esbuild.build({
    stdin: {
      contents: [
        'export { runtimeFiles } from "./compiler/src/runtime-build";',
        'export { loadMemoryProject } from "./compiler/src/project";',
        'export { compileLoaded } from "./compiler/src/compile";',
      ].join("\n"),
      resolveDir: ROOT,
      sourcefile: "runtime-bench-api.ts",
      loader: "ts",
    },
    bundle: true, platform: "node", format: "cjs", target: "node20", packages: "external", outfile, logLevel: "silent",
    define: { __dirname: JSON.stringify(path.join(ROOT, "compiler", "src")) },
  });
  const api = createRequire(SELF)(outfile);
  fs.rmSync(outfile, { force: true });
  return api;
}

/** The device files: the stock-board runtime, the bench service, the engine's asyncio runner. */
function files(api) {
  const rt = api.runtimeFiles("micropython");
  const errors = rt.diagnostics.filter((d) => d.category === "error");
  if (errors.length) throw new Error("runtime does not compile: " + errors.map((d) => d.message).join("; "));
  const prog = api.compileLoaded(api.loadMemoryProject({ "rtbench.ts": fs.readFileSync(path.join(ROOT, "bench/runtime/service.ts"), "utf8") }));
  const perrors = prog.diagnostics.filter((d) => d.category === "error");
  if (perrors.length) throw new Error("bench/runtime/service.ts does not compile: " + perrors.map((d) => d.message).join("; "));
  const out = new Map();
  for (const [rel, text] of rt.files) if (rel !== "main.py") out.set("/" + rel, text);
  for (const m of prog.modules) out.set("/" + m.outPath, m.text);
  for (const [rel, text] of prog.helperFiles) out.set("/lib/" + rel, text);
  const engineDir = path.join(ROOT, "compiler/src/engine/py");
  out.set("/lib/tsmpy_engine/__init__.py", "");
  for (const f of fs.readdirSync(engineDir)) if (f.endsWith(".py")) out.set("/lib/tsmpy_engine/" + f, fs.readFileSync(path.join(engineDir, f), "utf8"));
  return out;
}

const PRELUDE = `
import sys, gc, asyncio
sys.path.insert(0, '/')
from tsmpy_engine import asyncio_run as _loop
_loop.install()
from mpos import TaskManager
import rtbench
async def noop():
    pass
async def hold(ev):
    await ev.wait()
def raw_create(n):
    for i in range(n):
        asyncio.create_task(noop())
def tm_create(n):
    for i in range(n):
        TaskManager.create_task(noop())
def raw_cycles(n):
    async def body():
        for i in range(n):
            t = asyncio.create_task(hold(_ev))
            await asyncio.sleep_ms(0)
            t.cancel()
            try:
                await t
            except asyncio.CancelledError:
                pass
    asyncio.run(body())
_ev = asyncio.Event()
def managed_cycles(n):
    rtbench.cycles(n)
    _loop.run_until_idle()
def managed_spawn(n):
    rtbench.spawnMany(n)
def drain():
    _loop.run_until_idle()
    TaskManager._prune()
rtbench.startSpawner()
_loop.run_until_idle()
TaskManager._prune()
`;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Runs the runtime bench; returns rows { name, raw, runtime, ratio, unit } (times in ms for the
 * given counts, memory in bytes per task).
 */
export async function benchRuntime({ runs = Math.max(1, Number(process.env.BENCH_RUNS) || 5), log = (s) => process.stderr.write(s) } = {}) {
  const api = await loadCompiler();
  const tree = files(api);
  const { loadMicroPython } = await import("@micropython/micropython-webassembly-pyscript");
  let stdout = "";
  const mp = await loadMicroPython({ heapsize: 32 * 1024 * 1024, stdout: (l) => (stdout += l + "\n") });
  for (const [p, text] of tree) {
    mp.FS.mkdirTree(p.split("/").slice(0, -1).join("/") || "/");
    mp.FS.writeFile(p, text);
  }
  mp.runPython(PRELUDE);
  // Only the creating call is timed; the tasks then run to completion untimed.
  const time = (code) => {
    mp.runPython("gc.collect()");
    const t0 = performance.now();
    mp.runPython(code);
    const ms = performance.now() - t0;
    mp.runPython("drain()");
    return ms;
  };
  const pair = (name, rawCode, rtCode, count) => {
    log(`bench: runtime ${name}...\n`);
    time(rawCode);
    time(rtCode); // warm-up
    const raw = [], rt = [];
    for (let i = 0; i < runs; i++) {
      if (i % 2) {
        rt.push(time(rtCode));
        raw.push(time(rawCode));
      } else {
        raw.push(time(rawCode));
        rt.push(time(rtCode));
      }
    }
    const r = Math.min(...raw), m = Math.min(...rt);
    return { name, count, raw: r, runtime: m, ratio: m / r, unit: "ms" };
  };
  const rows = [];
  rows.push(pair("TaskManager.create_task", "raw_create(2000)", "tm_create(2000)", 2000));
  rows.push(pair("servicekit spawn (managed task)", "raw_create(2000)", "managed_spawn(2000)", 2000));
  rows.push(pair("service start/stop", "raw_cycles(300)", "managed_cycles(300)", 300));

  // memory per live task: readings in separate calls
  log("bench: runtime memory per task...\n");
  const N = 500;
  const readings = { raw: [], runtime: [] };
  for (let i = 0; i < Math.max(3, Math.min(runs, 5)); i++) {
    mp.runPython("gc.collect()\n_m0 = gc.mem_alloc()");
    mp.runPython(`_held = [asyncio.create_task(hold(_ev)) for i in range(${N})]\n_loop.run_until_idle()`);
    mp.runPython("gc.collect()\n_m1 = gc.mem_alloc()");
    mp.runPython("_ev.set()\n_loop.run_until_idle()\n_held = None\n_ev = asyncio.Event()");
    mp.runPython("gc.collect()\n_m2 = gc.mem_alloc()");
    mp.runPython(`rtbench.holdMany(${N})\n_loop.run_until_idle()`);
    mp.runPython("gc.collect()\n_m3 = gc.mem_alloc()");
    mp.runPython("rtbench.stopSpawner()\n_loop.run_until_idle()\nrtbench.startSpawner()\n_loop.run_until_idle()\nTaskManager._prune()");
    readings.raw.push(Number(mp.runPython("_m1 - _m0") ?? 0) || Number(mp.globals.get("_m1")) - Number(mp.globals.get("_m0")));
    readings.runtime.push(Number(mp.globals.get("_m3")) - Number(mp.globals.get("_m2")));
  }
  const rawPer = median(readings.raw) / N, rtPer = median(readings.runtime) / N;
  rows.push({ name: "memory per live task", count: N, raw: rawPer, runtime: rtPer, ratio: rtPer / rawPer, unit: "bytes" });
  if (stdout.trim()) log(stdout);
  return rows;
}

export function printRuntimeRows(rows, runs) {
  console.log("");
  console.log(`runtime (best of ${runs}; ratio = runtime / raw asyncio, target <= 1.10):`);
  const w = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const fmt = (v) => (r.unit === "ms" ? `${v.toFixed(1)} ms` : `${v.toFixed(0)} B`);
    const what = r.unit === "ms" ? `x${r.count}` : `per task (${r.count} live)`;
    console.log(`  ${r.name.padEnd(w)}  raw ${fmt(r.raw).padStart(9)}  runtime ${fmt(r.runtime).padStart(9)}  ratio ${r.ratio.toFixed(2)}  ${what}`);
  }
}

/** Entry for scripts/bench.mjs: run and print. */
export async function runRuntimeBench() {
  const runs = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
  printRuntimeRows(await benchRuntime({ runs }), runs);
}

if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  runRuntimeBench().catch((e) => {
    console.error(e.stack ?? e);
    process.exit(1);
  });
}
