// Layer 2 (runtime-ts/servicekit) compiled and run on MicroPython with programs written against
// stubs/servicekit, as apps use it: lifecycle, managed children, cancellation, cleanups, events,
// registry, dependencies, crash isolation, introspection.
import { runTs } from "./runtime-harness";
import { shutdownEngine } from "../harness";

afterAll(() => shutdownEngine());

test("lifecycle order: hooks, states, events, @task children named <service>.service.<child>, stop cancels and runs finally, cleanups LIFO, listeners and registry cleared", async () => {
  const out = await runTs(`
    import { ManagedService, task, register, start_all, stop_all, listen, bus, service } from "servicekit";
    import { TaskManager } from "mpos";

    class Sensor extends ManagedService {
      name = "sensor";
      stop_timeout = 0.1;
      value = 0;
      async on_start(): Promise<void> {
        console.log("on_start", this.state);
        this.add_cleanup(() => console.log("cleanup 1"));
        this.add_cleanup(async () => console.log("cleanup 2 (async)"));
        this.add_cleanup(() => console.log("cleanup 3"));
        this.listen("ping", (d) => console.log("got ping", d));
      }
      async on_started(): Promise<void> {
        console.log("on_started", this.state, this.tasks().sort().join(","));
      }
      @task
      async sample(): Promise<void> {
        try {
          while (!(await this.sleep(0.01))) this.value++;
        } finally {
          console.log("sample finally");
        }
      }
      @task
      async stubborn(): Promise<void> {
        try {
          await TaskManager.sleep(1);
          console.log("stubborn was not cancelled");
        } finally {
          console.log("stubborn finally");
        }
      }
      async run(): Promise<void> {
        while (!(await this.sleep(5))) {}
        console.log("run returns", this.state);
      }
      async on_stop(): Promise<void> {
        console.log("on_stop", this.state);
      }
    }
    for (const ev of ["service:starting", "service:started", "service:stopping", "service:stopped"]) {
      listen(ev, (d) => console.log(ev, (d as ManagedService).name));
    }
    const s = new Sensor();
    register(s);
    async function main(): Promise<void> {
      console.log("state", s.state);
      await start_all();
      console.log("registry", service("sensor") === s, bus.count("ping"));
      bus.emit("ping", 42);
      await TaskManager.sleep_ms(100);
      console.log("sampled", s.value > 2);
      await stop_all();
      console.log("after stop", s.state, s.tasks().length, bus.count("ping"), service("sensor") === undefined, s.should_stop);
    }
    void main();
  `);
  expect(out).toBe([
    "state init",
    "service:starting sensor",
    "on_start starting",
    "on_started running sensor.service.main,sensor.service.run,sensor.service.sample,sensor.service.stubborn",
    "service:started sensor",
    "registry true 1",
    "got ping 42",
    "sampled true",
    "service:stopping sensor",
    "on_stop stopping",
    // stop wakes the service's sleeps in the order they began: run's, then sample's latest
    "run returns stopping",
    "sample finally",
    "stubborn finally",
    "[sensor.service] WARNING: cancelled 1 task(s) still running after 0.1s",
    "cleanup 3",
    "cleanup 2 (async)",
    "cleanup 1",
    "service:stopped sensor",
    "after stop stopped 0 0 true true",
    "",
  ].join("\n"));
});

test("dependencies start first and stop last (reverse order), shared ones once; a cycle is an error at start", async () => {
  const out = await runTs(`
    import { ManagedService, register, start_all, stop_all, listen, DependencyCycleError } from "servicekit";
    class Named extends ManagedService {
      constructor(name: string, ...deps: ManagedService[]) {
        super();
        this.name = name;
        for (const d of deps) this.add_dependency(d);
      }
      async on_start(): Promise<void> { console.log("start", this.name); }
      async on_stop(): Promise<void> { console.log("stop", this.name); }
      async run(): Promise<void> { while (!(await this.sleep(1))) {} }
    }
    const db = new Named("db");
    const cache = new Named("cache", db);
    const api = new Named("api", db, cache);
    const ui = new Named("ui", api);
    register(ui, api);
    async function main(): Promise<void> {
      await start_all();
      console.log("running", [db, cache, api, ui].map((s) => s.state).join(","));
      console.log("stopping cache alone:");
      await cache.stop();
      console.log([db, cache, api, ui].map((s) => s.name + "=" + s.state).join(" "));
      await start_all();
      console.log("stop all:");
      await stop_all();
      const a = new Named("a");
      const b = new Named("b", a);
      a.add_dependency(b);
      try {
        await b.start();
        console.log("cycle not detected");
      } catch (e) {
        console.log(e instanceof DependencyCycleError, (e as Error).message, a.state, b.state);
      }
      try {
        register(a);
        await start_all();
      } catch (e) {
        console.log("start_all:", (e as Error).message);
      }
    }
    void main();
  `);
  expect(out).toBe([
    "start db", "start cache", "start api", "start ui",
    "running running,running,running,running",
    "stopping cache alone:",
    "stop ui", "stop api", "stop cache",
    "db=running cache=stopped api=stopped ui=stopped",
    "start cache", "start api", "start ui",
    "stop all:",
    "stop ui", "stop api", "stop cache", "stop db",
    "true dependency cycle: b -> a -> b init init",
    "start_all: dependency cycle: a -> b -> a",
    "",
  ].join("\n"));
});

test("crash isolation and restart policy: backoff doubles, max restarts in the window mark the service crashed with a service:crashed event; siblings and the loop go on", async () => {
  const out = await runTs(`
    import { ManagedService, register, start_all, stop_all, listen, status } from "servicekit";
    import { TaskManager } from "mpos";
    import * as time from "time";
    const t0 = time.ticks_ms();
    const at: number[] = [];
    class Flaky extends ManagedService {
      name = "flaky";
      backoff = 0.05;
      max_restarts = 3;
      restart_window = 10;
      log_level = "error" as const;
      async run(): Promise<void> {
        at.push(time.ticks_diff(time.ticks_ms(), t0));
        throw new Error("flaky failed " + at.length);
      }
      on_error(e: unknown): void { console.log("on_error", (e as Error).message); }
    }
    class BadStart extends ManagedService {
      name = "badstart";
      log_level = "off" as const;
      async on_start(): Promise<void> { throw new Error("cannot start"); }
    }
    class Steady extends ManagedService {
      name = "steady";
      every = 0.05;
      kind = "schedule" as const;
      async run(): Promise<void> {}
    }
    class Once extends ManagedService {
      name = "once";
      restart = "never" as const;
      log_level = "off" as const;
      async run(): Promise<void> { throw new Error("once failed"); }
    }
    listen("service:crashed", (s) => console.log("crashed event", (s as ManagedService).name));
    const flaky = new Flaky(), bad = new BadStart(), steady = new Steady(), once = new Once();
    register(bad, flaky, steady, once);
    async function main(): Promise<void> {
      console.log("running after start_all:", await start_all());
      await TaskManager.sleep_ms(800);
      for (const s of status()) console.log(s.name, s.kind, s.state, s.restarts, s.last_error);
      // schedule every 0.05 s for 0.8 s: 16 runs, at least 8 on a loaded machine
      console.log("steady loops", steady.loop_count >= 8 && steady.loop_count <= 17);
      // restarts after 0.05, 0.1, 0.2 s of backoff (with a tolerance for the interpreter)
      const gaps = at.slice(1).map((t, i) => t - at[i]);
      console.log("gaps", gaps.length, gaps[0] >= 50 && gaps[0] < 130, gaps[1] >= 100 && gaps[1] < 180, gaps[2] >= 200 && gaps[2] < 280);
      await stop_all();
      console.log("states", status().map((s) => s.state).join(","));
    }
    void main();
  `);
  expect(out).toBe([
    "crashed event badstart",
    "running after start_all: 3",
    "[flaky.service] ERROR: flaky.service.run failed: Error: flaky failed 1",
    "on_error flaky failed 1",
    "crashed event once",
    "[flaky.service] ERROR: flaky.service.run failed: Error: flaky failed 2",
    "on_error flaky failed 2",
    "[flaky.service] ERROR: flaky.service.run failed: Error: flaky failed 3",
    "on_error flaky failed 3",
    "[flaky.service] ERROR: flaky.service.run failed: Error: flaky failed 4",
    "on_error flaky failed 4",
    "[flaky.service] ERROR: crashed: 3 restarts within 10s",
    "crashed event flaky",
    "badstart runtime crashed 0 Error: cannot start",
    "flaky runtime crashed 3 Error: flaky failed 4",
    "steady schedule running 0 undefined",
    "once runtime crashed 0 Error: once failed",
    "steady loops true",
    "gaps 3 true true true",
    "states crashed,crashed,stopped,crashed",
    "",
  ].join("\n"));
});
