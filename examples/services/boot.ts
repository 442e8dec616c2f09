// Managed services on the runtime (docs/runtime.md): `tsmpy run examples/services/boot.ts`.
// storage (core) boots first; sync depends on it; clock runs every 0.1 s three times; flaky keeps
// failing until its restart budget is spent and it is marked crashed. Then a report, and a
// graceful shutdown in reverse dependency order.
import { ManagedService, listen, register, report, start_all, stop_all, task } from "servicekit";
import { TaskManager } from "mpos";

class Storage extends ManagedService {
  name = "storage";
  kind = "core" as const;
  async run(): Promise<void> {
    this.log.info("mounted");
  }
  async on_stop(): Promise<void> {
    this.log.info("unmounted");
  }
}

class Sync extends ManagedService {
  name = "sync";
  uploads = 0;
  constructor(storage: Storage) {
    super();
    this.add_dependency(storage);
  }
  @task
  async upload(): Promise<void> {
    while (!(await this.sleep(0.15))) this.uploads++;
  }
  async on_started(): Promise<void> {
    this.log.info("watching for changes");
  }
  async on_stop(): Promise<void> {
    this.log.info("stopped after " + (this.uploads > 0 ? "some" : "no") + " uploads");
  }
}

class Clock extends ManagedService {
  name = "clock";
  kind = "schedule" as const;
  every = 0.1;
  repeat = 3;
  async run(): Promise<void> {
    this.log.info("tick " + (this.loop_count + 1));
  }
}

class Flaky extends ManagedService {
  name = "flaky";
  backoff = 0.01;
  max_restarts = 2;
  async run(): Promise<void> {
    throw new Error("sensor unplugged");
  }
}

listen("service:crashed", (svc) => console.log("event: " + (svc as ManagedService).name + " crashed"));

const storage = new Storage();
register(storage, new Sync(storage), new Clock(), new Flaky());

async function main(): Promise<void> {
  console.log("booting");
  await start_all();
  await TaskManager.sleep(0.5);
  console.log(report());
  await stop_all();
  console.log("all stopped");
  TaskManager.stop();
}

TaskManager.create_task(main());
TaskManager.start();
