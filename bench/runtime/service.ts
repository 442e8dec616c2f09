// The managed side of the runtime bench (compiled by bench/runtime/runtime-bench.mjs): a service
// whose start/stop is timed, and a service that spawns managed tasks.
import { ManagedService, task } from "servicekit";
import { TaskManager } from "mpos";

export class Pinger extends ManagedService {
  name = "pinger";
  @task
  async ping(): Promise<void> {
    await this.sleep(3600);
  }
}

export class Spawner extends ManagedService {
  name = "spawner";
  stop_timeout = 0.01;
  log_level = "error" as const;
}

const pinger = new Pinger();
const spawner = new Spawner();

/** n start/stop cycles of a service with one @task (what the bench times). */
export async function cycles(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await pinger.start();
    await pinger.stop();
  }
}

export function startSpawner(): Promise<boolean> {
  return spawner.start();
}

export function stopSpawner(): Promise<void> {
  return spawner.stop();
}

async function idle(): Promise<void> {}

/** n managed child tasks of a running service (spawn: tracked, named, cancelled on stop). */
export function spawnMany(n: number): void {
  for (let i = 0; i < n; i++) void spawner.spawn(idle);
}

const gate = TaskManager.notify_event();

/** n managed tasks that stay alive (blocked on an event: no timer) until the service stops. */
export function holdMany(n: number): void {
  for (let i = 0; i < n; i++) void spawner.spawn(async () => { await gate.wait(); });
}
