// A cooperative task scheduler: setInterval ticks, clearInterval, completion Promises, Promise.race
// timeouts. Output depends only on each task's own order (cross-timer races differ under load).
class Scheduler {
  private nextId = 1;
  private tasks = new Map<number, { name: string; runs: number; every: number; log: string[] }>();
  private handles = new Map<number, ReturnType<typeof setInterval>>();
  private done = new Map<number, () => void>();
  add(name: string, every: number, maxRuns: number): [number, Promise<string>] {
    const id = this.nextId++;
    const task = { name, runs: 0, every, log: [] as string[] };
    this.tasks.set(id, task);
    const finished = new Promise<string>((resolve) => this.done.set(id, () => resolve(`${name} x${task.runs}`)));
    const h = setInterval(() => {
      task.runs++;
      task.log.push(`${name[0]}${task.runs}`);
      if (task.runs >= maxRuns) this.cancel(id);
    }, every);
    this.handles.set(id, h);
    return [id, finished];
  }
  cancel(id: number): boolean {
    const h = this.handles.get(id);
    if (h === undefined) return false;
    clearInterval(h);
    this.handles.delete(id);
    this.done.get(id)?.();
    return true;
  }
  get active(): string[] {
    return [...this.handles.keys()].map((id) => this.tasks.get(id)!.name);
  }
  summary(): string {
    return [...this.tasks.values()].map((t) => `${t.name}:${t.runs}[${t.log.join(",")}]`).join(" ");
  }
}
function timeout<T>(p: Promise<T>, ms: number, label: string): Promise<T | string> {
  return Promise.race([p, new Promise<string>((resolve) => setTimeout(() => resolve(`${label} timed out`), ms))]);
}
const s = new Scheduler();
const [, fast] = s.add("fast", 5, 3);
const [, slow] = s.add("slow", 12, 2);
const [never, neverDone] = s.add("never", 1, 10);
console.log("active", s.active, "cancel never:", s.cancel(never), s.cancel(never), s.active);
Promise.all([fast, slow, neverDone]).then((names) => {
  console.log(names, "|", s.summary(), "|", s.active);
  races();
});
function races() {
  const slowValue = new Promise<number>((r) => setTimeout(() => r(42), 200));
  timeout(slowValue, 20, "slowValue").then((v) => console.log("race 1:", v));
  timeout(Promise.resolve(7), 20, "fastValue").then((v) => console.log("race 2:", v));
  const failing = new Promise<number>((_, reject) => setTimeout(() => reject(new Error("nope")), 1));
  timeout(failing, 100, "failing").then(
    (v) => console.log("race 3 value", v),
    (e: Error) => console.log("race 3 rejected:", e.message),
  );
}
