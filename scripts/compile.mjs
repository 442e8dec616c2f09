// `npm run compile [-- --target mpos|micropython]`: compiles every app under apps/ into the device
// tree out/ with `tsmpy compile` (docs/apps.md). bin/tsmpy.js rebuilds a stale dist/ bundle first.
import { spawnSync } from "child_process";
import * as path from "path";
import { fileURLToPath } from "url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const r = spawnSync(process.execPath, [path.join(root, "bin", "tsmpy.js"), "compile", ...process.argv.slice(2)], { stdio: "inherit", cwd: root });
process.exit(r.status ?? 1);
