// `tsmpy compile`: every app under apps/*/app.config.ts compiled into one device tree.
//
//   out/apps/<package>/     each app (MANIFEST.JSON, icon_64x64.png, __init__.py, modules)
//   out/lib/tsmpy/          the helper package, shared by the apps and the runtime (helpers-abi.ts)
//   out/lib/servicekit/     the managed service layer (from the runtime build)
//   out/lib/mpos/, main.py  target `micropython` only: the firmware's API and boot for stock boards
import * as fs from "fs";
import * as path from "path";
import { Diagnostic, appNameCollision, noApps } from "../diagnostics/catalog";
import { APP_CONFIG_FILE, BuiltApp, buildApp } from "./build-app";
import { helperAbi, helperPackageFiles } from "./helpers-abi";
import { Target } from "./runtime";

export interface DeviceTree {
  /** Files relative to the tree's root. */
  files: Map<string, string | Buffer>;
  apps: BuiltApp[];
  diagnostics: Diagnostic[];
}

/** The app folders under `appsDir` (those holding an app.config.ts), sorted. */
export function findApps(appsDir: string): string[] {
  if (!fs.existsSync(appsDir) || !fs.statSync(appsDir).isDirectory()) return [];
  return fs.readdirSync(appsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(appsDir, e.name, APP_CONFIG_FILE)))
    .map((e) => path.join(appsDir, e.name))
    .sort();
}

/** Compiles every app; the tree holds the apps and the helpers (the runtime is added on writing). */
export function buildDeviceTree(appsDir: string, target: Target): DeviceTree {
  void target;
  const dirs = findApps(appsDir);
  if (!dirs.length) return { files: new Map(), apps: [], diagnostics: [noApps(undefined, path.relative(process.cwd(), appsDir) || ".")] };
  const apps = dirs.map((d) => buildApp(d, helperAbi()));
  const diagnostics = apps.flatMap((a) => a.diagnostics);
  const byPackage = new Map<string, BuiltApp>();
  for (const app of apps) {
    const other = byPackage.get(app.packageName);
    if (other) diagnostics.push({ ...appNameCollision(undefined, app.fullname, other.fullname, app.packageName), file: path.join(appsDir, app.fullname, APP_CONFIG_FILE) });
    else byPackage.set(app.packageName, app);
  }
  const files = new Map<string, string | Buffer>();
  if (diagnostics.some((d) => d.category === "error")) return { files, apps, diagnostics };
  const helperModules = new Set<string>();
  for (const app of apps) {
    for (const [rel, data] of app.files) files.set(`apps/${app.packageName}/${rel}`, data);
    app.helperModules.forEach((m) => helperModules.add(m));
  }
  if (helperModules.size) for (const [rel, text] of helperPackageFiles(helperModules)) files.set(rel, text);
  return { files, apps, diagnostics };
}
