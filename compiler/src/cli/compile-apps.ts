// `tsmpy compile [--target mpos|micropython] [--apps DIR] [--outDir DIR]` (`npm run compile`):
// builds every app of the project into one device tree, replacing the output directory in one
// swap, so a failed build leaves the previous tree as it was. Exit 0, or 2 with diagnostics.
import * as fs from "fs";
import * as path from "path";
import { Diagnostic, badOutDir } from "../diagnostics/catalog";
import { formatDiagnostics } from "../diagnostics/format";
import { OUTPUT_MARKER, replaceDirAtomically, writeFiles } from "../emit";
import { buildDeviceTree } from "../apps/device-tree";
import { Target } from "../apps/runtime";
import { APP_CONFIG_FILE, appSourceFiles } from "../apps/build-app";
import { outDirProblem } from "./out-dir";

export interface CompileArgs {
  command: "compile";
  target: Target;
  appsDir?: string;
  outDir?: string;
}

function report(ds: Diagnostic[]): boolean {
  if (ds.length) process.stderr.write(formatDiagnostics(ds, { color: !!process.stderr.isTTY && !process.env.NO_COLOR }));
  return ds.some((d) => d.category === "error");
}

export async function compileApps(args: CompileArgs): Promise<number> {
  const cwd = process.cwd();
  const appsDir = path.resolve(cwd, args.appsDir ?? "apps");
  const outDir = path.resolve(cwd, args.outDir ?? "out");
  const tree = buildDeviceTree(appsDir, args.target);
  if (report(tree.diagnostics)) return 2;
  const sources = tree.apps.flatMap((a) => {
    const dir = path.join(appsDir, a.fullname);
    return [path.join(dir, APP_CONFIG_FILE), ...appSourceFiles(dir)];
  });
  const problem = earlierCompileLayout(outDir) ? undefined : outDirProblem(outDir, sources);
  if (problem) {
    report([badOutDir(undefined, path.relative(cwd, outDir) || ".", problem)]);
    return 2;
  }
  try {
    replaceDirAtomically(outDir, (stage) => {
      writeFiles(stage, tree.files);
      fs.writeFileSync(path.join(stage, OUTPUT_MARKER), `Written by \`tsmpy compile --target ${args.target}\`; the next build replaces this directory.\n`);
    });
  } catch (e) {
    report([badOutDir(undefined, path.relative(cwd, outDir) || ".", `writing it failed (${(e as Error).message}); the previous output is unchanged`)]);
    return 2;
  }
  const names = tree.apps.map((a) => a.fullname).join(", ");
  const shown = path.relative(cwd, outDir).startsWith("..") ? outDir : path.relative(cwd, outDir) || ".";
  process.stdout.write(`tsmpy: compiled ${tree.apps.length} app${tree.apps.length === 1 ? "" : "s"} (${names}) for ${args.target} into ${shown}/\n`);
  return 0;
}

/**
 * True when `outDir` holds only what `npm run compile` wrote before it built apps: one tsmpy build
 * per project folder (out/examples/, out/runtime-ts/). The new tree replaces it.
 */
function earlierCompileLayout(outDir: string): boolean {
  if (!fs.existsSync(outDir) || !fs.statSync(outDir).isDirectory()) return false;
  const entries = fs.readdirSync(outDir, { withFileTypes: true });
  return entries.length > 0 && entries.every((e) => e.isDirectory() && ["examples", "runtime-ts"].includes(e.name) && (fs.existsSync(path.join(outDir, e.name, OUTPUT_MARKER)) || fs.existsSync(path.join(outDir, e.name, "lib", "tsmpy", "__init__.py"))));
}
