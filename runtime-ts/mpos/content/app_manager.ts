// mpos.AppManager, the services part (MicroPythonOS 0.18, lib/mpos/content/app_manager.py):
// services registered in code or declared in apps' manifests, and the boot that starts them.
import * as sys from "sys";
import { __import__, getattr } from "builtins";
import { Service } from "../app/service";
import { Intent } from "./intent";
import { ServiceSpec, appFolders, exists, servicesOf } from "./manifests";

/** A Service subclass: instantiated with no arguments. */
export type ServiceClass = new () => Service;
/** (app fullname or None, service class). */
export type ServiceEntry = [string | undefined, ServiceClass];

function isIdentifier(s: string): boolean {
  if (s === "" || "0123456789".includes(s[0])) return false;
  for (const c of s) {
    if (!(c === "_" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9"))) return false;
  }
  return true;
}

function dropExtension(s: string): string {
  if (s.endsWith(".py")) return s.slice(0, -3);
  if (s.endsWith(".mpy")) return s.slice(0, -4);
  return s;
}

function hasInit(dir: string): boolean {
  return exists(dir + "/__init__.py") || exists(dir + "/__init__.mpy");
}

/**
 * Package mode (as MicroPythonOS decides it): the app folder and every folder on the way to the
 * entrypoint hold an `__init__`, and the fullname is dotted identifiers. Returns [folder to put on
 * sys.path, dotted module name], or undefined for a flat module.
 */
function packageImport(spec: ServiceSpec): [string, string] | undefined {
  if (!hasInit(spec.root)) return undefined;
  const parts = spec.entrypoint.split("/");
  for (let i = 1; i < parts.length; i++) {
    if (!hasInit(spec.root + "/" + parts.slice(0, i).join("/"))) return undefined;
  }
  if (!spec.fullname.split(".").every(isIdentifier)) return undefined;
  const slash = spec.root.lastIndexOf("/");
  return [slash < 0 ? "" : spec.root.slice(0, slash), spec.fullname + "." + dropExtension(parts.join("."))];
}

/** Imports the module of a manifest's service and returns its class (undefined when missing). */
function importServiceClass(spec: ServiceSpec): ServiceClass | undefined {
  const pkg = packageImport(spec);
  let dir: string;
  let moduleName: string;
  if (pkg !== undefined) {
    [dir, moduleName] = pkg;
  } else {
    const slash = spec.entrypoint.lastIndexOf("/");
    dir = slash < 0 ? spec.root : spec.root + "/" + spec.entrypoint.slice(0, slash);
    moduleName = dropExtension(spec.entrypoint.slice(slash + 1));
  }
  const added = dir !== "" && !sys.path.includes(dir);
  if (added) sys.path.unshift(dir);
  try {
    const module = pkg !== undefined ? __import__(moduleName, null, null, [spec.classname]) : __import__(moduleName);
    return getattr<ServiceClass | undefined>(module, spec.classname, undefined);
  } finally {
    if (added) sys.path.splice(sys.path.indexOf(dir), 1);
  }
}

function nameOf(cls: ServiceClass): string {
  return getattr<string>(cls, "__name__", "?");
}

export class AppManager {
  private constructor() {}

  /** action -> registered (fullname or None, class) entries, in registration order. */
  static _service_registry: Record<string, ServiceEntry[] | undefined> = {};

  /** Register a service class for an action (e.g. "boot_completed") in code; once per (fullname, class). */
  static register_service(action: string, service_cls: ServiceClass, fullname?: string): void {
    let entries = AppManager._service_registry[action];
    if (entries === undefined) {
      entries = [];
      AppManager._service_registry[action] = entries;
    }
    for (const [f, c] of entries) if (f === fullname && c === service_cls) return;
    entries.push([fullname, service_cls]);
  }

  /**
   * (app fullname, class) of the services for `action`: the manifests' services of the installed
   * apps (their modules imported now; one that fails to import is logged and skipped), then the
   * registered ones.
   */
  static get_services_for_action(action: string): ServiceEntry[] {
    const results: ServiceEntry[] = [];
    for (const root of appFolders()) {
      for (const spec of servicesOf(root)) {
        if (!spec.actions.includes(action)) continue;
        try {
          const cls = importServiceClass(spec);
          if (cls !== undefined) results.push([spec.fullname, cls]);
        } catch (e) {
          console.log("ERROR:mpos.content.app_manager:failed to import service " + spec.classname + " from " + spec.fullname + ": " + String(e));
        }
      }
    }
    for (const entry of AppManager._service_registry[action] ?? []) results.push(entry);
    return results;
  }

  /**
   * Start every `boot_completed` service: instantiate, set appFullName, onCreate(), then
   * onStart(Intent(action="boot_completed")). Each in its own try: one failing service is logged
   * and the others still start.
   */
  static start_boot_services(): void {
    const services = AppManager.get_services_for_action("boot_completed");
    if (services.length === 0) return;
    const bootIntent = new Intent(undefined, "boot_completed");
    for (const [fullname, cls] of services) {
      try {
        const instance = new cls();
        instance.appFullName = fullname;
        instance.onCreate();
        instance.onStart(bootIntent);
      } catch (e) {
        console.log("ERROR:mpos.content.app_manager:failed to start " + nameOf(cls) + " from " + (fullname ?? "None") + ": " + String(e));
      }
    }
  }
}
