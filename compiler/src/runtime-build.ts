// The device runtime (runtime-ts/, written in the dialect) compiled into a device's file tree:
//
//   target "micropython" (a stock MicroPython board):  lib/mpos/...        MicroPythonOS's service API
//                                                      lib/servicekit/...  managed services
//                                                      lib/tsmpy/...       helpers they use
//                                                      main.py             the boot
//   target "mpos" (a MicroPythonOS device):            lib/servicekit/..., lib/tsmpy/...
//
// A MicroPythonOS build never contains anything named mpos: the firmware's frozen package would be
// shadowed (checkNoMposShadow enforces it). The runtime is compiled once per process.
import * as fs from "fs";
import * as path from "path";
import { Diagnostic, mposShadowed, runtimeCompileFailed, runtimeMissing, unknownRuntimeTarget } from "./diagnostics/catalog";
import { CompileResult, compileLoaded } from "./compile";
import { packageRoot } from "./paths";
import { loadTsconfigProject } from "./project";

export type RuntimeTarget = "micropython" | "mpos";

export interface RuntimeBuildOptions {
  /** Device root to write into (created if needed; files already there are kept or overwritten). */
  outDir: string;
  target: RuntimeTarget;
  /** The runtime's sources (default: runtime-ts/ of the tsmpy package). */
  runtimeDir?: string;
}

export interface RuntimeBuild {
  /** Device path (`lib/servicekit/service.py`) -> text. Empty when there are errors. */
  files: Map<string, string>;
  diagnostics: Diagnostic[];
}

/** Where the runtime's sources live in the tsmpy package. */
export function runtimeSourceDir(): string {
  return path.join(packageRoot(), "runtime-ts");
}

const compiled = new Map<string, CompileResult>();

function compileRuntime(dir: string): CompileResult | Diagnostic[] {
  const tsconfig = path.join(dir, "tsconfig.json");
  if (!fs.existsSync(tsconfig)) return [runtimeMissing(undefined, tsconfig)];
  let result = compiled.get(dir);
  if (!result) {
    result = compileLoaded(loadTsconfigProject(tsconfig));
    compiled.set(dir, result);
  }
  const errors = result.diagnostics.filter((d) => d.category === "error");
  if (errors.length) return [runtimeCompileFailed(undefined, errors.length), ...result.diagnostics];
  return result;
}

/** Device path of a compiled runtime module, or undefined when the target does not get it. */
function devicePath(outPath: string, target: RuntimeTarget): string | undefined {
  const top = outPath.split("/")[0];
  if (outPath === "main.py") return target === "micropython" ? "main.py" : undefined;
  if (top === "mpos") return target === "micropython" ? "lib/" + outPath : undefined;
  if (top === "servicekit") return "lib/" + outPath;
  return undefined;
}

/** The runtime's files for `target`, by device path (nothing is written). */
export function runtimeFiles(target: string, runtimeDir = runtimeSourceDir()): RuntimeBuild {
  if (target !== "micropython" && target !== "mpos") return { files: new Map(), diagnostics: [unknownRuntimeTarget(undefined, target)] };
  const result = compileRuntime(path.resolve(runtimeDir));
  if (Array.isArray(result)) return { files: new Map(), diagnostics: result };
  const files = new Map<string, string>();
  for (const m of result.modules) {
    const dest = devicePath(m.outPath, target);
    if (dest) files.set(dest, m.text.endsWith("\n") ? m.text : m.text + "\n");
  }
  for (const [rel, text] of result.helperFiles) files.set("lib/" + rel, text);
  const diagnostics = target === "mpos" ? checkNoMposShadow([...files.keys()]) : [];
  return diagnostics.length ? { files: new Map(), diagnostics } : { files, diagnostics: result.diagnostics };
}

/**
 * TSMPY2104 for every device path that would shadow MicroPythonOS's frozen `mpos` (a `mpos/`
 * package or `mpos.py`/`mpos.mpy` at the root or in lib/): for builds of target "mpos".
 */
export function checkNoMposShadow(devicePaths: Iterable<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of devicePaths) {
    const rel = p.replace(/\\/g, "/").replace(/^\/+/, "").replace(/^lib\//, "");
    if (/^mpos(\/|\.py$|\.mpy$)/.test(rel)) out.push(mposShadowed(undefined, p));
  }
  return out;
}

/** Compiles the runtime for `target` and writes it into `outDir` (see the layout above). */
export function buildRuntime(opts: RuntimeBuildOptions): RuntimeBuild {
  const build = runtimeFiles(opts.target, opts.runtimeDir);
  if (build.diagnostics.some((d) => d.category === "error")) return build;
  for (const [rel, text] of build.files) {
    const dest = path.join(opts.outDir, rel);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, text);
  }
  return build;
}
