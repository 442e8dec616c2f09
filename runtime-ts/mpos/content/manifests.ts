// Installed apps as AppManager sees them for services: every `apps/<folder>/MANIFEST.JSON` (user
// apps) and `builtin/apps/<folder>/MANIFEST.JSON` (built-in apps; a user app with the same folder
// name overrides it), plus the old `META-INF/MANIFEST.JSON` location. Only what services need is
// read: the app's fullname, its folder, and its `services` declarations.
import * as json from "json";
import * as os from "os";
import { open } from "builtins";

/** One `services[]` entry of a manifest that names an action. */
export interface ServiceSpec {
  fullname: string;
  /** The app's folder (`apps/com.example.app`). */
  root: string;
  entrypoint: string;
  classname: string;
  actions: string[];
}

const APP_DIRS = ["builtin/apps", "apps"];
const MANIFEST_PATHS = ["MANIFEST.JSON", "META-INF/MANIFEST.JSON"];

export function exists(path: string): boolean {
  try {
    os.stat(path);
    return true;
  } catch (e) {
    return false;
  }
}

function listdir(dir: string): string[] {
  try {
    return os.listdir(dir).sort();
  } catch (e) {
    return [];
  }
}

function readJson(path: string): unknown {
  const f = open(path);
  try {
    return json.loads(f.read());
  } finally {
    f.close();
  }
}

function asRecord(v: unknown): Record<string, unknown> | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function asString(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** The apps' folders, built-ins first, a user app replacing a built-in one of the same folder name. */
export function appFolders(): string[] {
  const byName: Record<string, string> = {};
  const order: string[] = [];
  for (const base of APP_DIRS) {
    for (const name of listdir(base)) {
      if (!(name in byName)) order.push(name);
      byName[name] = base + "/" + name;
    }
  }
  return order.map((name) => byName[name]);
}

/** The service declarations of one app folder (none when its manifest is missing or invalid). */
export function servicesOf(root: string): ServiceSpec[] {
  let manifest: Record<string, unknown> | undefined;
  for (const rel of MANIFEST_PATHS) {
    if (!exists(root + "/" + rel)) continue;
    try {
      manifest = asRecord(readJson(root + "/" + rel));
    } catch (e) {
      console.log("WARNING:mpos.content.app_manager:skipping " + root + ": invalid " + rel);
    }
    break;
  }
  if (manifest === undefined) return [];
  const fullname = asString(manifest["fullname"]) ?? root.slice(root.lastIndexOf("/") + 1);
  const services = manifest["services"];
  const out: ServiceSpec[] = [];
  if (!Array.isArray(services)) return out;
  for (const raw of services) {
    const svc = asRecord(raw);
    if (svc === undefined) continue;
    const actions: string[] = [];
    const filters = svc["intent_filters"];
    if (Array.isArray(filters)) {
      for (const f of filters) {
        const action = asString(asRecord(f)?.["action"]);
        if (action !== undefined) actions.push(action);
      }
    }
    const entrypoint = asString(svc["entrypoint"]);
    const classname = asString(svc["classname"]);
    if (entrypoint === undefined || classname === undefined) continue;
    out.push({ fullname, root, entrypoint, classname, actions });
  }
  return out;
}
