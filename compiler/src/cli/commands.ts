// `tsmpy build` and `tsmpy run`. Exit codes: 0 success, 1 the program raised or timed out,
// 2 diagnostics (type errors, TSMPY codes, bad project).
import * as fs from "fs";
import * as path from "path";
import type { BuildArgs, RunArgs } from "./main";
import { Diagnostic, badOutDir, fileNotFound, noInputFiles, noTsconfig } from "../diagnostics/catalog";
import { formatDiagnostics } from "../diagnostics/format";
import { findTsconfig, loadFilesProject, loadTsconfigProject } from "../project";
import { compileLoaded } from "../compile";
import { outputFiles, writeOutputAtomically } from "../emit";
import { outDirProblem } from "./out-dir";
import { runCompiled } from "../runner";
import { shutdownEngine } from "../engine";
export { compileApps } from "./compile-apps";
export { newApp } from "./new";

const color = () => !!process.stderr.isTTY && !process.env.NO_COLOR;

/** Prints diagnostics tsc-style; true when any is an error. */
function report(ds: Diagnostic[]): boolean {
  if (ds.length === 0) return false;
  process.stderr.write(formatDiagnostics(ds, { color: color() }));
  return ds.some((d) => d.category === "error");
}

export async function build(args: BuildArgs): Promise<number> {
  const cwd = process.cwd();
  let tsconfig: string | undefined;
  if (args.project) {
    tsconfig = path.resolve(cwd, args.project);
    if (fs.existsSync(tsconfig) && fs.statSync(tsconfig).isDirectory()) tsconfig = path.join(tsconfig, "tsconfig.json");
    if (!fs.existsSync(tsconfig)) return report([fileNotFound(undefined, args.project)]) ? 2 : 2;
  } else {
    tsconfig = findTsconfig(cwd);
    if (!tsconfig) return report([noTsconfig(undefined, cwd)]) ? 2 : 2;
  }
  const loaded = loadTsconfigProject(tsconfig);
  if (loaded.sourceFiles.length === 0 && !loaded.configDiagnostics.length) {
    report([noInputFiles(undefined, path.relative(cwd, tsconfig) || tsconfig)]);
    return 2;
  }
  const result = compileLoaded(loaded);
  if (report(result.diagnostics)) return 2;
  const outDir = path.resolve(cwd, args.outDir ?? path.join(path.dirname(tsconfig), "out"));
  const problem = outDirProblem(outDir, [tsconfig, ...loaded.sourceFiles.map((sf) => sf.fileName)]);
  if (problem) {
    report([badOutDir(undefined, path.relative(cwd, outDir) || ".", problem)]);
    return 2;
  }
  const files = outputFiles(result);
  try {
    writeOutputAtomically(outDir, files);
  } catch (e) {
    report([badOutDir(undefined, path.relative(cwd, outDir) || ".", `writing it failed (${(e as Error).message}); the previous output is unchanged`)]);
    return 2;
  }
  process.stdout.write(`tsmpy: wrote ${result.modules.length} module${result.modules.length === 1 ? "" : "s"} to ${path.relative(cwd, outDir) || "."}\n`);
  return 0;
}

export async function run(args: RunArgs): Promise<number> {
  const file = path.resolve(args.file);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    report([fileNotFound(undefined, args.file)]);
    return 2;
  }
  if (!/\.(ts|tsx|mts)$/.test(file) || /\.d\.(ts|tsx|mts)$/.test(file)) {
    report([noInputFiles(undefined, `${args.file} (tsmpy runs a .ts file, not a declaration file or JavaScript)`)]);
    return 2;
  }
  const loaded = loadFilesProject([file]);
  const result = compileLoaded(loaded);
  if (report(result.diagnostics)) return 2;
  try {
    const r = await runCompiled(result, file, {
      timeoutMs: args.timeoutSeconds ? args.timeoutSeconds * 1000 : undefined,
      onStdout: (t) => process.stdout.write(t),
      onStderr: (t) => process.stderr.write(t),
    });
    if (r.timedOut) {
      process.stderr.write(`\ntsmpy: ${args.file} did not finish within ${args.timeoutSeconds} s; stopped.\n`);
      return 1;
    }
    if (r.error) {
      const msg = r.error.message.endsWith("\n") ? r.error.message : r.error.message + "\n";
      process.stderr.write(msg);
      return 1;
    }
    return 0;
  } finally {
    await shutdownEngine();
  }
}

// The device runtime build, for scripts that load dist/commands.js (scripts/compile.mjs, device trees).
export { buildRuntime, checkNoMposShadow, runtimeFiles } from "../runtime-build";
