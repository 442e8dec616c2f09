// finally overriding returns, static counters across subclasses, optional calls, nested rethrow.
function risky(n: number): string {
  try {
    if (n === 0) throw new Error("zero");
    return "ok" + n;
  } catch (e) {
    return "caught:" + (e as Error).message;
  } finally {
    if (n === 2) return "finally wins";
  }
}
console.log([0, 1, 2].map(risky));
function nested(): string[] {
  const log: string[] = [];
  try {
    try {
      throw new TypeError("inner");
    } finally {
      log.push("inner finally");
    }
  } catch (e) {
    log.push(`outer caught ${(e as Error).name}`);
    try {
      throw e;
    } catch (again) {
      log.push("rethrown same: " + (again === e));
    }
  } finally {
    log.push("outer finally");
  }
  return log;
}
console.log(nested());
class Base {
  static created = 0;
  static names: string[] = [];
  constructor() {
    Base.created++;
    Base.names.push(this.constructor.name);
  }
  static describe(label: string) { return `${label}: ${this.created}`; }
}
class Left extends Base { static created = 100; }
class Right extends Base {}
new Left(); new Right(); new Right(); new Base();
console.log(Base.created, Left.created, Right.created, Base.names, Left.names === Base.names);
console.log(Base.describe("base"), Left.describe("left"), Right.describe("right"));
interface Hooks { onStart?: (n: number) => string; onEnd?: () => void; label?: string }
function run(h: Hooks, n: number) {
  const started = h.onStart?.(n) ?? "no start";
  h.onEnd?.();
  return `${started} ${h.label?.toUpperCase() ?? "-"} ${h.label?.length}`;
}
let ended = 0;
console.log(run({}, 1), run({ onStart: (n) => "start" + n, onEnd: () => { ended++; }, label: "job" }, 2), ended);
const cfg: { db?: { hosts?: string[]; port?: number } } = { db: { hosts: [] } };
console.log(cfg.db?.hosts?.[0] ?? "none", cfg.db?.port ?? 5432, cfg.db?.hosts?.length, (cfg as any).x?.y?.z);
let attempts = 0;
function withRetry<T>(fn: () => T, tries: number): T {
  for (let i = 1; ; i++) {
    try {
      return fn();
    } catch (e) {
      if (i >= tries) throw new Error(`gave up after ${i}: ${(e as Error).message}`);
    } finally {
      attempts++;
    }
  }
}
console.log(withRetry(() => { if (attempts < 2) throw new Error("flaky"); return "done"; }, 5), attempts);
try { withRetry(() => { throw new RangeError("always"); }, 3); } catch (e) { console.log((e as Error).message, attempts); }
