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

test("schedule timing (start delay, every, repeat count) within a tolerance; then the service stops itself", async () => {
  const out = await runTs(`
    import { ManagedService, listen } from "servicekit";
    import { TaskManager } from "mpos";
    import * as time from "time";
    let t0 = 0;
    const at: number[] = [];
    class Tick extends ManagedService {
      name = "tick";
      kind = "schedule" as const;
      start_delay = 0.1;
      every = 0.05;
      repeat = 4;
      async run(): Promise<void> { at.push(time.ticks_diff(time.ticks_ms(), t0)); }
    }
    listen("service:stopped", (s) => console.log("stopped", (s as ManagedService).name, (s as ManagedService).loop_count));
    async function main(): Promise<void> {
      const t = new Tick();
      t0 = time.ticks_ms();
      await t.start();
      await TaskManager.sleep_ms(400);
      // due at 100, 150, 200, 250 ms; each may run late by up to 40 ms, never early
      const due = [100, 150, 200, 250];
      console.log(at.length, at.map((ms, i) => ms >= due[i] - 2 && ms <= due[i] + 40).join(","), t.state);
    }
    void main();
  `);
  expect(out).toBe("stopped tick 4\n4 true,true,true,true stopped\n");
});

test("events across services, listeners removed on stop; registry names and provides; a failing on_stop does not block the others", async () => {
  const out = await runTs(`
    import { ManagedService, register, start_all, stop_all, bus, service, provider_names } from "servicekit";
    import { TaskManager } from "mpos";
    class Producer extends ManagedService {
      name = "producer";
      provides = ["source"];
      async run(): Promise<void> {
        for (let i = 1; i <= 3; i++) {
          if (await this.sleep(0.02)) return;
          this.emit("reading", i);
        }
      }
      async on_stop(): Promise<void> { throw new Error("producer on_stop failed"); }
    }
    class Consumer extends ManagedService {
      name = "consumer";
      total = 0;
      async on_start(): Promise<void> {
        this.listen("reading", (v) => { this.total += v as number; console.log("consumer got", v); });
        this.listen("reading", (v) => { if (v === 2) throw new Error("a listener fails"); });
      }
      async on_stop(): Promise<void> { console.log("consumer on_stop, total", this.total); }
    }
    class Last extends ManagedService {
      name = "last";
      async on_stop(): Promise<void> { console.log("last on_stop"); }
    }
    const p = new Producer(), c = new Consumer(), l = new Last();
    register(c, p, l);
    async function main(): Promise<void> {
      await start_all();
      console.log(service("source") === p, service("producer") === p, service("nobody") === undefined, provider_names().sort().join(","));
      await TaskManager.sleep_ms(150);
      console.log("listeners", bus.count("reading"));
      await stop_all();
      console.log("listeners", bus.count("reading"), "emit reaches", bus.emit("reading", 9), p.state, c.state, l.state, p.last_error);
      console.log(service("source"), provider_names().length);
    }
    void main();
  `);
  expect(out).toBe([
    "true true true consumer,last,producer,source",
    "consumer got 1",
    "consumer got 2",
    "[servicekit] ERROR: listener of reading failed: Error: a listener fails",
    "consumer got 3",
    "listeners 2",
    "last on_stop",
    "[producer.service] ERROR: producer.service.on_stop failed: Error: producer on_stop failed",
    "consumer on_stop, total 6",
    "listeners 0 emit reaches 0 stopped stopped stopped Error: producer on_stop failed",
    "undefined 0",
    "",
  ].join("\n"));
});

test("spawn, interval, timeout, add_future, adopt and enabled; the logger's level and prefix; status(), stats() and report()", async () => {
  const out = await runTs(`
    import { ManagedService, register, start_all, stop_all, report, status } from "servicekit";
    import { TaskManager } from "mpos";
    class Child extends ManagedService {
      name = "child";
      async on_start(): Promise<void> { console.log("child on_start"); }
      async on_stop(): Promise<void> { console.log("child on_stop"); }
    }
    class Off extends ManagedService {
      name = "off";
      enabled = false;
      async on_start(): Promise<void> { console.log("off must not start"); }
    }
    async function pyStyle(): Promise<void> {
      try {
        await TaskManager.sleep(0.5);
      } finally {
        console.log("future finally");
      }
    }
    class Parent extends ManagedService {
      name = "parent";
      stop_timeout = 0.1;
      log_level = "warning" as const;
      ticks = 0;
      async on_start(): Promise<void> {
        this.log.info("not shown (below warning)");
        this.log.warning("shown");
        await this.adopt(new Child());
        void this.spawn(async (who: string, n: number) => console.log("spawned with", who, n), "args", 2);
        void this.spawn_named("named", async () => { while (!(await this.sleep(1))) {} });
        void this.interval(() => { this.ticks++; }, 0.02);
        void this.timeout(() => console.log("timeout fired"), 0.05);
        void this.timeout(() => console.log("timeout after stop: never"), 5);
        this.add_future(pyStyle());
      }
      stats(): Record<string, unknown> { return { ticks: this.ticks > 3 ? "many" : "few" }; }
    }
    const parent = new Parent();
    register(parent, new Off());
    async function main(): Promise<void> {
      console.log("started", await start_all());
      await TaskManager.sleep_ms(10);
      // (run() returned at once: the service stays running with its other children)
      console.log(parent.tasks().sort().join(","));
      await TaskManager.sleep_ms(200);
      console.log(report());
      const st = status()[0];
      console.log(st.name, st.kind, st.state, st.uptime > 0.1 && st.uptime < 1, st.restarts, st.last_error, st.loop_count);
      await stop_all();
      console.log(report());
    }
    void main();
  `);
  expect(out).toBe([
    "[parent.service] WARNING: shown",
    "spawned with args 2",
    // adopted while starting: started with the parent, after its on_start
    "child on_start",
    "started 1",
    "parent.service.future,parent.service.interval,parent.service.named,parent.service.timeout,parent.service.timeout",
    "timeout fired",
    "parent [runtime] running restarts=0 loops=1 ticks=many",
    "off [runtime] init restarts=0 loops=0",
    "parent runtime running true 0 undefined 1",
    "child on_stop",
    "future finally",
    "[parent.service] WARNING: cancelled 1 task(s) still running after 0.1s",
    "parent [runtime] stopped restarts=0 loops=1 ticks=many",
    "off [runtime] init restarts=0 loops=0",
    "",
  ].join("\n"));
});
