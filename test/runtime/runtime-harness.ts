// Running programs against the compiled device runtime (runtime-ts/ built by buildRuntime's
// runtimeFiles): the program's modules at the root, the runtime in /lib as on a stock MicroPython
// board, extra files (apps/*/MANIFEST.JSON, Python modules) where the test puts them.
import * as path from "path";
import { compileLoaded, CompileResult } from "../../compiler/src/compile";
import { loadMemoryProject } from "../../compiler/src/project";
import { runtimeFiles } from "../../compiler/src/runtime-build";
import { PyFile, RunResult, bootCode, runMicroPython } from "../../compiler/src/engine";
import { formatDiagnostics } from "../../compiler/src/diagnostics/format";
import { mapTraceback } from "../../compiler/src/runner";
import { dedent } from "../harness";

let runtime: Map<string, string> | undefined;

/** The runtime's device files for a stock board (compiled once per test file). */
export function runtimeTree(): Map<string, string> {
  if (!runtime) {
    const build = runtimeFiles("micropython");
    const errors = build.diagnostics.filter((d) => d.category === "error");
    if (errors.length) throw new Error("runtime failed to compile:\n" + formatDiagnostics(build.diagnostics));
    runtime = build.files;
  }
  return runtime;
}

export function compileProgram(files: Record<string, string>): CompileResult {
  const r = compileLoaded(loadMemoryProject(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, dedent(v)]))));
  const errors = r.diagnostics.filter((d) => d.category === "error");
  if (errors.length) throw new Error("compilation failed:\n" + formatDiagnostics(errors));
  return r;
}

export interface RuntimeRunOptions {
  /** Extra device files: path (from the root, e.g. `apps/com.x/MANIFEST.JSON`) -> text. */
  extra?: Record<string, string>;
  /** Python run after the program and the loop went idle. */
  after?: string[];
  /** The module to import (default: main). */
  entry?: string;
  timeoutMs?: number;
  /** Leave main.py of the runtime out (default: the program's own main.py replaces it). */
  withBootMain?: boolean;
}

/** Runs a compiled program with the runtime on MicroPython; the error text is mapped to TS lines. */
export async function runWithRuntime(program: CompileResult | undefined, opts: RuntimeRunOptions = {}): Promise<RunResult> {
  const files: PyFile[] = [];
  for (const [rel, text] of runtimeTree()) if (rel !== "main.py" || opts.withBootMain) files.push({ path: "/" + rel, text });
  if (program) {
    for (const m of program.modules) files.push({ path: "/" + m.outPath, text: m.text });
    for (const [rel, text] of program.helperFiles) files.push({ path: "/lib/" + rel, text });
  }
  for (const [p, text] of Object.entries(opts.extra ?? {})) files.push({ path: "/" + p.replace(/^\/+/, ""), text });
  const run = await runMicroPython(files, bootCode(opts.entry ?? "main", opts.after ?? []), { timeoutMs: opts.timeoutMs ?? 20000 });
  if (run.error && program) run.error.message = mapTraceback(run.error.message, program, path.resolve("/"));
  return run;
}

/** stdout, or the error appended, for assertions that show everything on failure. */
export function output(run: RunResult): string {
  return run.stdout + (run.error ? "\n--- error ---\n" + run.error.message : "") + (run.timedOut ? "\n--- timed out ---" : "");
}

/** Compiles `main` (main.ts, plus `more` modules) and runs it with the runtime; stdout (+ error). */
export async function runTs(main: string, more: Record<string, string> = {}, opts: RuntimeRunOptions = {}): Promise<string> {
  return output(await runWithRuntime(compileProgram({ "main.ts": main, ...more }), opts));
}
