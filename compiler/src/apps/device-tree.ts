// `tsmpy compile`: every app under apps/*/app.config.ts compiled into one device tree.
//
//   out/apps/<package>/     each app (MANIFEST.JSON, icon_64x64.png, __init__.py, modules)
//   out/lib/tsmpy/          the helper package, shared by the apps and the runtime (helpers-abi.ts)
//   out/lib/servicekit/     the managed service layer (from the runtime build), when an app uses it
//   out/lib/mpos/, main.py  target `micropython` only: the firmware's API and boot for stock boards
import * as fs from "fs";
import * as path from "path";
import { Diagnostic, appNameCollision, noApps } from "../diagnostics/catalog";
import { APP_CONFIG_FILE, BuiltApp, buildApp } from "./build-app";
import { helperAbi, helperPackageFiles } from "./helpers-abi";
import { Target, runtimeTree } from "./runtime";
import { checkNoMposShadow } from "../runtime-build";

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

/** Compiles every app and adds the runtime for `target`: the whole tree, by device path. */
export function buildDeviceTree(appsDir: string, target: Target): DeviceTree {
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
  // lib/servicekit/ only when an app imports it; lib/mpos/ and main.py whenever the target has them.
  const usesServicekit = apps.some((a) => a.deviceModules.has("servicekit"));
  // (The runtime is only compiled when the tree gets some of it.)
  const runtime = usesServicekit || target === "micropython" ? runtimeTree(target) : { files: new Map<string, string>(), diagnostics: [] };
  diagnostics.push(...runtime.diagnostics);
  if (diagnostics.some((d) => d.category === "error")) return { files, apps, diagnostics };
  const runtimeModules = [...runtime.files].filter(([rel]) => !rel.startsWith("lib/tsmpy/") && (usesServicekit || !rel.startsWith("lib/servicekit/")));
  for (const [rel, text] of runtimeModules) files.set(rel, text);
  // The runtime's helper modules join the apps' below: one lib/tsmpy/ with the ABI stamp.
  const helperModules = new Set<string>();
  if (runtimeModules.length) {
    for (const rel of runtime.files.keys()) if (rel.startsWith("lib/tsmpy/") && !rel.endsWith("/__init__.py")) helperModules.add(rel.slice(4, -3).split("/").join("."));
  }
  for (const app of apps) {
    for (const [rel, data] of app.files) files.set(`apps/${app.packageName}/${rel}`, data);
    app.helperModules.forEach((m) => helperModules.add(m));
  }
  if (helperModules.size) for (const [rel, text] of helperPackageFiles(helperModules)) files.set(rel, text);
  // A last guard: nothing in a MicroPythonOS tree may shadow the firmware's frozen mpos.
  if (target === "mpos") diagnostics.push(...checkNoMposShadow(files.keys()));
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), apps, diagnostics };
}
