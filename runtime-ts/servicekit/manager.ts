// The services of a program as a whole: registration, boot (core services first, in dependency
// order, then the others), graceful shutdown (reverse dependency order, each stop bounded by its
// service's stop_timeout), status and reports, and the registry lookup.
import { Service, TaskManager } from "mpos";
import type { Intent } from "mpos";
import { startOrder } from "./graph";
import { service as lookup } from "./registry";
import { ManagedService, ServiceStatus } from "./service";

const registered: ManagedService[] = [];

/** Adds services to the program's set (once each); returns the first. */
export function register(...services: ManagedService[]): ManagedService {
  for (const s of services) if (!registered.includes(s)) registered.push(s);
  return services[0];
}

export function unregister(svc: ManagedService): void {
  const i = registered.indexOf(svc);
  if (i >= 0) registered.splice(i, 1);
}

/** The registered services. */
export function services(): ManagedService[] {
  return registered.slice();
}

/** The running service registered under `name` (its name or one it `provides`), or undefined. */
export function service<T extends ManagedService = ManagedService>(name: string): T | undefined {
  return lookup(name) as T | undefined;
}

/**
 * Starts every enabled registered service: core services first, then the others, each after its
 * dependencies. A dependency cycle rejects before anything starts; one service failing to start is
 * isolated (crashed) and the others still start. Resolves to the number that are running.
 */
export async function start_all(): Promise<number> {
  const order = startOrder(registered.filter((s) => s.enabled));
  for (const s of order) if (s.kind === "core") await s.start();
  for (const s of order) if (s.kind !== "core") await s.start();
  return order.filter((s) => s.state === "running").length;
}

/** Stops every registered service in reverse dependency order (dependants before dependencies). */
export async function stop_all(): Promise<void> {
  const order = startOrder(registered);
  for (const s of order.reverse()) await s.stop();
}

export function status(): ServiceStatus[] {
  return registered.map((s) => s.status());
}

/** One report() line per registered service. */
export function report(): string {
  return registered.map((s) => s.report()).join("\n");
}

/** Starts the registered services as a task (after the TaskManager loop starts). */
export function boot(): void {
  TaskManager.create_task(start_all());
}

/**
 * An mpos Service that boots the registered managed services: declare it (or a subclass) in an
 * app's MANIFEST.JSON `services` for `boot_completed`, in the module that registers them.
 */
export class BootService extends Service {
  constructor() {
    super();
  }

  onStart(intent?: Intent): void {
    boot();
  }
}
