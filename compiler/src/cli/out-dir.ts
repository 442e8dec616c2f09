// Whether a build may replace an output directory (shared by `tsmpy build` and `tsmpy compile`).
import * as fs from "fs";
import * as path from "path";
import { OUTPUT_MARKER } from "../emit";

/**
 * Why `outDir` must not be replaced by a build, or undefined. The swap replaces the directory
 * whole, so it must not contain the project, and must not hold sources or a package of its own.
 */
export function outDirProblem(outDir: string, projectFiles: string[]): string | undefined {
  for (const f of projectFiles) {
    const rel = path.relative(outDir, path.resolve(f));
    if (!rel.startsWith("..") && !path.isAbsolute(rel)) return `it contains ${path.relative(process.cwd(), f) || f}`;
  }
  if (!fs.existsSync(outDir)) return undefined;
  if (!fs.statSync(outDir).isDirectory()) return "it is a file";
  const entries = fs.readdirSync(outDir);
  // (Builds from before the marker existed are recognised by their helper package.)
  const earlierBuild = fs.existsSync(path.join(outDir, "lib", "tsmpy", "__init__.py"));
  if (entries.length && !entries.includes(OUTPUT_MARKER) && !earlierBuild) {
    return `it is not empty and was not written by tsmpy build (no ${OUTPUT_MARKER} file); a build replaces the whole directory`;
  }
  const stack = [outDir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (/\.(ts|tsx|js|mjs|cjs)$/.test(e.name) || e.name === "package.json" || e.name === "tsconfig.json") {
        return `it holds ${path.relative(process.cwd(), p)}, which a build would delete`;
      }
    }
  }
  return undefined;
}
