// `npm run compile`: builds the project's own TypeScript programs with tsmpy, each folder that has
// a tsconfig.json (runtime-ts/, examples/) into out/<folder>/ (generated, git-ignored).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { fileURLToPath } from "url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let status = 0;
for (const dir of ["runtime-ts", "examples"]) {
  const tsconfig = path.join(root, dir, "tsconfig.json");
  if (!fs.existsSync(tsconfig)) continue;
  const r = spawnSync(process.execPath, [path.join(root, "bin", "tsmpy.js"), "build", "-p", tsconfig, "--outDir", path.join(root, "out", dir)], { stdio: "inherit" });
  if (r.status !== 0) status = r.status ?? 1;
}
process.exit(status);
