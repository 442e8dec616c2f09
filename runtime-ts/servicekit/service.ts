// ManagedService: a service with a lifecycle, managed children, supervision and introspection,
// built only on the MicroPythonOS API (mpos.Service, mpos.TaskManager), so that it runs on the
// firmware's frozen mpos as on the runtime's own.
//
// States: init -> starting -> running -> stopping -> stopped, and crashed (start failed, the main
// loop failed without a restart policy, or it failed too often). Kinds: "runtime" runs run() as its
// main loop, "schedule" calls run() every `every` seconds (after `start_delay`, `repeat` times or
// forever), "core" runs run() once inside start() (the manager starts core services first).
import { Service, TaskManager } from "mpos";
import type { Coroutine, Intent } from "mpos";
import * as time from "time";
import * as builtins from "builtins";
import { Child, Outcome, callTracked, stopChildren, track, trackCoroutine } from "./children";
import { Listener, bus } from "./events";
import { DependencyCycleError, startOrder } from "./graph";
import { Level, Logger } from "./logger";
import { provide, unprovide } from "./registry";
import { taskMethodsOf } from "./decorators";

export type Kind = "core" | "runtime" | "schedule";
export type State = "init" | "starting" | "running" | "stopping" | "stopped" | "crashed";
export type RestartPolicy = "never" | "on_failure" | "always";

/** One line of status(). */
export interface ServiceStatus {
  name: string;
  kind: Kind;
  state: State;
  /** Seconds since it last entered "running" (0 when not running). */
  uptime: number;
  restarts: number;
  last_error: string | undefined;
  loop_count: number;
}

export class ManagedService extends Service {
  // ---- configuration (set in the subclass body) ----
  name = "service";
  kind: Kind = "runtime";
  enabled = true;
  /** Other names service("...") finds this one by while it runs. */
  provides: string[] = [];
  restart: RestartPolicy = "on_failure";
  /** Restarts allowed within `restart_window` seconds before the service is marked crashed. */
  max_restarts = 5;
  restart_window = 60;
  /** First restart delay in seconds, doubled for each further restart in the window, at most `max_backoff`. */
  backoff = 0.1;
  max_backoff = 10;
  /** schedule: seconds between runs, delay before the first, number of runs (undefined: forever). */
  every = 1;
  start_delay = 0;
  repeat: number | undefined = undefined;
  /** Seconds stop() gives on_stop() and then the children before cancelling them. */
  stop_timeout = 2;
  dependencies: ManagedService[] = [];
  log_level: Level = "info";

  // ---- state ----
  state: State = "init";
  should_stop = false;
  restarts = 0;
  loop_count = 0;
  last_error: string | undefined = undefined;
  private _log: Logger | undefined = undefined;
  private _started_ms = 0;
  private _children: Child[] = [];
  private _cleanups: Array<() => unknown> = [];
  private _listeners: Array<[string, Listener]> = [];
  private _sleepers: Array<() => void> = [];
  private _restart_times: number[] = [];
  private _dependants: ManagedService[] = [];
  private _adopted: ManagedService[] = [];
  private _starting: Promise<boolean> | undefined = undefined;
  private _stopping: Promise<void> | undefined = undefined;

  constructor() {
    super();
  }

  // ---- hooks (override) ----
  async on_start(): Promise<void> {}
  async on_started(): Promise<void> {}
  async on_stop(): Promise<void> {}
  /** Called with what run(), a child or a hook raised. */
  on_error(error: unknown): void {}
  /**
   * The work: the main loop (runtime: when it returns the service stays running until stop(),
   * unless restart is "always"), one run (schedule), the boot step (core).
   */
  async run(): Promise<void> {}
  /** Extra figures for report(). */
  stats(): Record<string, unknown> {
    return {};
  }

  /** mpos.Service: a ManagedService registered for boot_completed starts itself as a task. */
  onStart(intent?: Intent): void {
    TaskManager.create_task(this.start());
  }

  get log(): Logger {
    if (this._log === undefined) this._log = new Logger(this.name, this.log_level);
    return this._log;
  }

  // ---- dependencies ----
  /** `dep` starts before this service and stops after it. */
  add_dependency(dep: ManagedService): ManagedService {
    if (!this.dependencies.includes(dep)) this.dependencies.push(dep);
    return this;
  }

  /** Ties `child`'s lifecycle to this service's: started with it (now, if running), stopped before it. */
  async adopt(child: ManagedService): Promise<ManagedService> {
    if (!this._adopted.includes(child)) this._adopted.push(child);
    if (this.state === "running") await child.start();
    return child;
  }

  // ---- lifecycle ----
  /**
   * Starts the dependencies, then this service; false when it did not start (disabled, or it or a
   * dependency failed: state crashed). A dependency cycle rejects with DependencyCycleError.
   */
  start(): Promise<boolean> {
    if (this.state === "running") return Promise.resolve(true);
    if (this._starting !== undefined) return this._starting;
    const p = this._start();
    this._starting = p;
    return p;
  }

  private async _start(): Promise<boolean> {
    try {
      if (!this.enabled) {
        this.log.info("disabled, not started");
        return false;
      }
      // A dependency cycle is an error here (DependencyCycleError), before anything starts.
      for (const dep of startOrder<ManagedService>([this])) {
        if (dep === this) continue;
        if (!dep._dependants.includes(this)) dep._dependants.push(this);
        if (!(await dep.start())) throw new Error("dependency " + dep.name + " is not running");
      }
      this.state = "starting";
      this.should_stop = false;
      bus.emit("service:starting", this);
      await this.on_start();
      provide(this.name, this);
      for (const alias of this.provides) provide(alias, this);
      for (const name of taskMethodsOf(builtins.type(this))) {
        const method = builtins.getattr<() => unknown>(this, name, () => undefined);
        void this._child(name, method);
      }
      for (const child of this._adopted) await child.start();
      if (this.kind === "core") {
        await this.run();
        this.loop_count++;
      } else {
        void track(this._children, this.name + ".service.main", this._supervise());
      }
      this.state = "running";
      this._started_ms = time.ticks_ms();
      await this.on_started();
      bus.emit("service:started", this);
      return true;
    } catch (e) {
      // A cycle is the caller's error; anything else is this service's crash (isolated).
      if (e instanceof DependencyCycleError) throw e;
      this._failed(this.name + ".service.start", e);
      await this._shutdown("crashed");
      return false;
    } finally {
      this._starting = undefined;
    }
  }

  /** Stops the dependants, then this service: on_stop, adopted children, tasks, cleanups (LIFO). */
  stop(): Promise<void> {
    return this._shutdown("stopped");
  }

  private _shutdown(final: State): Promise<void> {
    if (this._stopping !== undefined) return this._stopping;
    if (this.state === "init" || this.state === "stopped" || this.state === "crashed") {
      if (final === "crashed") this.state = "crashed";
      return Promise.resolve();
    }
    const p = this._stop(final);
    this._stopping = p;
    return p;
  }

  private async _stop(final: State): Promise<void> {
    try {
      for (const d of this._dependants.slice().reverse()) await d.stop();
      this.state = "stopping";
      this.should_stop = true;
      for (const wake of this._sleepers.splice(0)) wake();
      bus.emit("service:stopping", this);
      await this._bounded("on_stop", this.on_stop());
      for (const child of this._adopted.slice().reverse()) await child.stop();
      const cancelled = await stopChildren(this._children, this.stop_timeout);
      if (cancelled) this.log.warning("cancelled " + cancelled + " task(s) still running after " + this.stop_timeout + "s");
      for (const fn of this._cleanups.splice(0).reverse()) {
        try {
          await fn();
        } catch (e) {
          this._failed(this.name + ".service.cleanup", e);
        }
      }
      for (const [event, fn] of this._listeners.splice(0)) bus.unlisten(event, fn);
      unprovide(this.name, this);
      for (const alias of this.provides) unprovide(alias, this);
      this.state = final;
      bus.emit(final === "crashed" ? "service:crashed" : "service:stopped", this);
    } finally {
      this._stopping = undefined;
    }
  }

  /** Awaits a hook for at most stop_timeout seconds; its failure is reported, never raised. */
  private _bounded(hook: string, p: Promise<void>): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.log.warning(hook + " did not finish within " + this.stop_timeout + "s");
        resolve();
      }, this.stop_timeout * 1000);
      p.then(
        () => {
          clearTimeout(timer);
          resolve();
        },
        (e: unknown) => {
          clearTimeout(timer);
          this._failed(this.name + ".service." + hook, e);
          resolve();
        },
      );
    });
  }

  // ---- supervision ----
  private async _supervise(): Promise<void> {
    let first = true;
    for (;;) {
      const outcome = await this._body(first);
      if (outcome.failed) this._failed(this.name + ".service.run", outcome.error);
      const failed = outcome.failed;
      first = false;
      if (this.should_stop) return;
      if (!(this.restart === "always" || (failed && this.restart === "on_failure"))) {
        // A failure nobody restarts crashes the service; a schedule that made its runs is done; a
        // runtime service whose run() returned stays running (its tasks and listeners) until stop().
        if (failed || this.kind === "schedule") void this._shutdown(failed ? "crashed" : "stopped");
        return;
      }
      const now = time.ticks_ms();
      this._restart_times = this._restart_times.filter((t) => time.ticks_diff(now, t) < this.restart_window * 1000);
      if (this._restart_times.length >= this.max_restarts) {
        this.log.error("crashed: " + this._restart_times.length + " restarts within " + this.restart_window + "s");
        void this._shutdown("crashed");
        return;
      }
      const wait = Math.min(this.max_backoff, this.backoff * 2 ** this._restart_times.length);
      this._restart_times.push(now);
      this.restarts++;
      this.log.warning("restarting in " + wait + "s");
      bus.emit("service:restarting", this);
      if (await this.sleep(wait)) return;
    }
  }

  /** One pass of the main loop: run() once (runtime), or the schedule until it ends or fails. */
  private async _body(first: boolean): Promise<Outcome> {
    const runOnce = async (): Promise<Outcome> => {
      const o = await callTracked(this._children, this.name + ".service.run", () => this.run());
      if (!o.failed && !this.should_stop) this.loop_count++;
      return o;
    };
    if (this.kind !== "schedule") return await runOnce();
    if (first && this.start_delay > 0 && (await this.sleep(this.start_delay))) return { failed: false };
    for (;;) {
      const o = await runOnce();
      if (o.failed || this.should_stop) return o;
      if (this.repeat !== undefined && this.loop_count >= this.repeat) return o;
      if (await this.sleep(this.every)) return o;
    }
  }

  private _failed(where: string, e: unknown): void {
    this.last_error = String(e);
    this.log.error(where + " failed: " + this.last_error);
    try {
      this.on_error(e);
    } catch (e2) {
      this.log.error("on_error failed: " + String(e2));
    }
    bus.emit("service:error", this);
  }

  // ---- managed concurrency ----
  /** Sleeps `s` seconds, or less when the service stops: true when it was woken by stop. */
  sleep(s: number): Promise<boolean> {
    if (this.should_stop) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        const i = this._sleepers.indexOf(wake);
        if (i >= 0) this._sleepers.splice(i, 1);
        resolve(false);
      }, s * 1000);
      this._sleepers.push(wake);
    });
  }

  /**
   * Runs `fn()` as the child `<service>.service.<label>` (a task when it returns a Promise); what it
   * raises goes to on_error. Resolves true when it completed (or was cancelled), false when it failed.
   */
  private async _child(label: string, fn: () => unknown): Promise<boolean> {
    const o = await callTracked(this._children, this.name + ".service." + label, fn);
    if (o.failed) this._failed(this.name + ".service." + label, o.error);
    return !o.failed;
  }

  /** Runs `coro` (a coroutine, e.g. from Python code) as a child task; undefined while TaskManager is disabled. */
  add_future(coro: Coroutine<unknown>): Child | undefined {
    return trackCoroutine(this._children, this.name + ".service.future", coro);
  }

  /** Runs `fn(...args)` as the child task `<service>.service.spawn` (see _child). */
  spawn<A extends unknown[]>(fn: (...args: A) => unknown, ...args: A): Promise<boolean> {
    return this._child("spawn", () => fn(...args));
  }

  /** Runs `fn(...args)` as the child task `<service>.service.<label>`. */
  spawn_named<A extends unknown[]>(label: string, fn: (...args: A) => unknown, ...args: A): Promise<boolean> {
    return this._child(label, () => fn(...args));
  }

  /** Calls `fn()` every `s` seconds (the first call after `s`) until the service stops. */
  interval(fn: () => unknown, s: number): Promise<boolean> {
    return this._child("interval", async () => {
      while (!(await this.sleep(s))) {
        const o = await callTracked(this._children, this.name + ".service.interval", fn);
        if (o.failed) this._failed(this.name + ".service.interval", o.error);
      }
    });
  }

  /** Calls `fn()` once after `s` seconds, unless the service stops first. */
  timeout(fn: () => unknown, s: number): Promise<boolean> {
    return this._child("timeout", async () => {
      if (!(await this.sleep(s))) await this._child("timeout", fn);
    });
  }

  /** `fn` runs when the service stops, after its tasks; cleanups run last-added first. */
  add_cleanup(fn: () => unknown): void {
    this._cleanups.push(fn);
  }

  /** Listens on the shared event bus until the service stops. */
  listen(event: string, fn: Listener): void {
    this._listeners.push([event, fn]);
    bus.listen(event, fn);
  }

  emit(event: string, data?: unknown): number {
    return bus.emit(event, data);
  }

  // ---- introspection ----
  /** Names of the running child tasks (`<service>.service.<child>`). */
  tasks(): string[] {
    return this._children.map((c) => c.name);
  }

  status(): ServiceStatus {
    const uptime = this.state === "running" ? time.ticks_diff(time.ticks_ms(), this._started_ms) / 1000 : 0;
    return { name: this.name, kind: this.kind, state: this.state, uptime, restarts: this.restarts, last_error: this.last_error, loop_count: this.loop_count };
  }

  /** One line: name, kind, state, restarts, loops, last error and the stats() figures. */
  report(): string {
    let line = this.name + " [" + this.kind + "] " + this.state + " restarts=" + this.restarts + " loops=" + this.loop_count;
    if (this.last_error !== undefined) line += " last_error=" + this.last_error;
    const extra = this.stats();
    for (const k of Object.keys(extra)) line += " " + k + "=" + String(extra[k]);
    return line;
  }
}
