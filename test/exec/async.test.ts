import { program } from "../harness";

test("an async function runs synchronously up to its first await", () =>
  program`
    async function f(x: number): Promise<number> {
      console.log("f start", x);
      const v = await x;
      console.log("f after", v);
      return v * 2;
    }
    console.log("before");
    const p = f(3);
    console.log("after call");
    p.then((v) => console.log("result", v));
    console.log("end of script");
  `.expectToMatchNode());

test("Promise.resolve().then runs before setTimeout(0)", () =>
  program`
    setTimeout(() => console.log("timeout"), 0);
    Promise.resolve(1).then((v) => console.log("then", v));
    console.log("sync");
  `.expectToMatchNode());

test("fan-out with Promise.all keeps result order", () =>
  program`
    function pause(ms: number): Promise<void> {
      return new Promise((resolve) => setTimeout(resolve, ms));
    }
    async function leaf(id: number): Promise<number> {
      await pause((id % 3) * 30);
      console.log("leaf", id);
      return id * 10;
    }
    async function job(depth: number, id: number): Promise<number> {
      if (depth === 0) return leaf(id);
      const children: Promise<number>[] = [];
      for (let i = 0; i < 3; i++) children.push(job(depth - 1, id * 3 + i));
      const results = await Promise.all(children);
      let sum = 0;
      for (const r of results) sum += r;
      console.log("job", depth, id, results.join(","));
      return sum;
    }
    async function main(): Promise<void> {
      const total = await job(2, 1);
      console.log("total", total);
    }
    main();
  `.expectToMatchNode());

test("awaits of resolved values interleave as in Node", () =>
  program`
    async function a(): Promise<void> {
      console.log("a1");
      await null;
      console.log("a2");
      await 1;
      console.log("a3");
    }
    async function b(): Promise<void> {
      console.log("b1");
      await Promise.resolve();
      console.log("b2");
      await undefined;
      console.log("b3");
    }
    a();
    b();
    Promise.resolve().then(() => console.log("t1")).then(() => console.log("t2")).then(() => console.log("t3"));
    console.log("sync");
  `.expectToMatchNode());

test("returning a promise from an async function takes Node's extra ticks", () =>
  program`
    async function inner(): Promise<number> { return 1; }
    async function outer(): Promise<number> { return inner(); }
    outer().then((v) => console.log("outer", v));
    Promise.resolve().then(() => console.log("tick 1")).then(() => console.log("tick 2")).then(() => console.log("tick 3")).then(() => console.log("tick 4"));
  `.expectToMatchNode());

test("timers run by delay, equal delays first-in first-out", () =>
  program`
    setTimeout(() => console.log("c 40"), 40);
    setTimeout(() => console.log("a 0"), 0);
    setTimeout(() => console.log("b 1"), 1);
    setTimeout(() => console.log("d 20"), 20);
    setTimeout(() => console.log("e 0"));
    setTimeout((x: string, y: number) => console.log("args", x, y), 0, "hi", 5);
    console.log("sync");
  `.expectToMatchNode());

test("clearTimeout cancels, setInterval repeats until cleared", () =>
  program`
    const t = setTimeout(() => console.log("never"), 10);
    clearTimeout(t);
    let n = 0;
    const id = setInterval(() => {
      n++;
      console.log("tick", n);
      if (n === 3) clearInterval(id);
    }, 5);
    setTimeout(() => console.log("after 100"), 100);
  `.expectToMatchNode());

test("microtasks queued in a timer run before the next timer", () =>
  program`
    setTimeout(() => {
      console.log("t1");
      Promise.resolve().then(() => console.log("micro in t1"));
    }, 0);
    setTimeout(() => console.log("t2"), 0);
  `.expectToMatchNode());

test("exceptions propagate through awaits", () =>
  program`
    async function fail(msg: string): Promise<number> {
      await null;
      throw new Error(msg);
    }
    async function middle(): Promise<number> {
      const v = await fail("deep");
      return v + 1;
    }
    async function main(): Promise<void> {
      try {
        await middle();
        console.log("not here");
      } catch (e) {
        console.log("caught", (e as Error).message);
      } finally {
        console.log("finally");
      }
    }
    main().then(() => console.log("done"));
  `.expectToMatchNode());

test("a synchronous throw in an async function rejects its promise", () =>
  program`
    async function f(): Promise<void> {
      console.log("in f");
      throw new TypeError("sync throw");
    }
    const p = f();
    console.log("after f");
    p.catch((e: Error) => console.log("caught", e.name, e.message));
  `.expectToMatchNode());

test("a promise stored, passed and awaited twice", () =>
  program`
    async function compute(): Promise<string> {
      await null;
      console.log("computing once");
      return "value";
    }
    async function use(p: Promise<string>, tag: string): Promise<void> {
      const v = await p;
      console.log(tag, v);
    }
    const p = compute();
    use(p, "first");
    use(p, "second");
    async function again(): Promise<void> {
      console.log("again", await p, await p);
    }
    again();
  `.expectToMatchNode());

test("new Promise with resolve and reject", () =>
  program`
    const ok = new Promise<number>((resolve) => {
      console.log("executor runs synchronously");
      resolve(42);
      resolve(43);
    });
    const bad = new Promise<number>((_, reject) => reject(new RangeError("nope")));
    const thrown = new Promise<number>(() => {
      throw new Error("thrown in executor");
    });
    ok.then((v) => console.log("ok", v));
    bad.then((v) => console.log("bad ok", v), (e: Error) => console.log("bad", e.name, e.message));
    thrown.catch((e: Error) => console.log("thrown", e.message));
    console.log("sync");
  `.expectToMatchNode());

test("Promise.reject of a non-error value is caught as that value", () =>
  program`
    async function main(): Promise<void> {
      try {
        await Promise.reject("plain string");
      } catch (e) {
        console.log("caught", e);
      }
      try {
        await new Promise((_, reject) => reject(42));
      } catch (e) {
        console.log("caught", e);
      }
    }
    main();
  `.expectToMatchNode());

test("Promise.all keeps input order and rejects with the first rejection", () =>
  program`
    function delay<T>(ms: number, v: T): Promise<T> {
      return new Promise((resolve) => setTimeout(() => resolve(v), ms));
    }
    async function main(): Promise<void> {
      const vs = await Promise.all([delay(30, "slow"), delay(0, "fast"), Promise.resolve("now")]);
      console.log(vs.join(" "));
      const empty = await Promise.all([] as Promise<number>[]);
      console.log("empty", empty.length);
      try {
        await Promise.all([delay(10, 1), Promise.reject(new Error("first")), delay(5, 2)]);
      } catch (e) {
        console.log("rejected", (e as Error).message);
      }
    }
    main();
  `.expectToMatchNode());

test("then chains transform values and catch recovers", () =>
  program`
    Promise.resolve(2)
      .then((v) => v * 10)
      .then((v) => {
        console.log("got", v);
        throw new Error("oops");
      })
      .then(() => console.log("skipped"))
      .catch((e: Error) => {
        console.log("recovered from", e.message);
        return "fine";
      })
      .then((v) => console.log("then", v));
  `.expectToMatchNode());

test("then with a promise-returning callback adopts its result", () =>
  program`
    async function later(v: number): Promise<number> {
      await null;
      return v + 1;
    }
    Promise.resolve(1)
      .then((v) => later(v))
      .then((v) => console.log("adopted", v));
  `.expectToMatchNode());

test("finally runs on both outcomes and passes the value through", () =>
  program`
    Promise.resolve("kept")
      .finally(() => console.log("finally 1"))
      .then((v) => console.log("value", v));
    Promise.reject(new Error("still rejected"))
      .finally(() => console.log("finally 2"))
      .catch((e: Error) => console.log("error", e.message));
  `.expectToMatchNode());

test("async arrows and function expressions", () =>
  program`
    const double = async (x: number) => x * 2;
    const triple = async function (x: number): Promise<number> {
      await null;
      return x * 3;
    };
    const run = async () => {
      console.log(await double(4), await triple(5));
    };
    run();
  `.expectToMatchNode());

test("async callbacks in an array map started together", () =>
  program`
    async function square(x: number): Promise<number> {
      await new Promise((r) => setTimeout(r, 10 * (3 - x)));
      console.log("square", x);
      return x * x;
    }
    async function main(): Promise<void> {
      const ps = [1, 2, 3].map((x) => square(x));
      const out = await Promise.all(ps);
      console.log(out.join(","));
    }
    main();
  `.expectToMatchNode());

test("sequential awaits in loops", () =>
  program`
    function sleep(ms: number): Promise<void> {
      return new Promise((resolve) => setTimeout(resolve, ms));
    }
    async function main(): Promise<void> {
      let total = 0;
      for (let i = 0; i < 3; i++) {
        await sleep(1);
        total += i;
        console.log("step", i, total);
      }
      let j = 0;
      while (j < 2) {
        j += await Promise.resolve(1);
      }
      console.log("j", j);
    }
    main();
    console.log("main started");
  `.expectToMatchNode());

test("an uncaught error in an async function ends the run with exit 1", () =>
  program`
    async function main(): Promise<void> {
      console.log("before");
      await null;
      throw new Error("unhandled in async");
    }
    main();
    setTimeout(() => console.log("never printed"), 10);
  `.expectToMatchNode());

test("an error thrown in a timer callback ends the run", () =>
  program`
    setTimeout(() => {
      console.log("first");
      throw new Error("timer boom");
    }, 0);
    setTimeout(() => console.log("never"), 20);
  `.expectToMatchNode());

test("a rejection handled later in the same tick is not unhandled", () =>
  program`
    const p = Promise.reject(new Error("late"));
    Promise.resolve().then(() => {
      p.catch((e: Error) => console.log("handled late", e.message));
    });
    console.log("sync");
  `.expectToMatchNode());

test("async methods, static async methods and this in async arrows", () =>
  program`
    class Counter {
      count = 0;
      async add(n: number): Promise<number> {
        await null;
        this.count += n;
        return this.count;
      }
      static async make(start: number): Promise<Counter> {
        const c = new Counter();
        await c.add(start);
        return c;
      }
      later(): Promise<number> {
        const f = async () => {
          await null;
          return this.count * 2;
        };
        return f();
      }
    }
    class Loud extends Counter {
      async add(n: number): Promise<number> {
        console.log("adding", n);
        return super.add(n);
      }
    }
    async function main(): Promise<void> {
      const c = await Counter.make(5);
      console.log(await c.add(2), await c.later());
      const l = new Loud();
      console.log(await l.add(3));
    }
    main();
  `.expectToMatchNode());

test("top-level await is refused", () =>
  program`
    const v = await Promise.resolve(1);
    console.log(v);
    export {};
  `.expectDiagnostic("TSMPY1006", 1));

test("async generator functions are refused", () =>
  program`
    async function* gen(): AsyncGenerator<number> {
      yield 1;
    }
    console.log(typeof gen);
  `.expectDiagnostic("TSMPY1801", 1));

test("awaiting a custom thenable is refused", () =>
  program`
    class Later {
      then(ok: (v: number) => void): void { ok(1); }
    }
    async function main(): Promise<void> {
      const v = await new Later();
      console.log(v);
    }
    main();
  `.expectDiagnostic("TSMPY1006", 5));

test("a Promise static used as a value is refused with a code", () =>
  program`
    const race = Promise.race;
    console.log(typeof race);
  `.expectDiagnostic("TSMPY1007", 1));

test("finally and then chains interleave with other jobs as in Node", () =>
  program`
    const log: string[] = [];
    Promise.resolve("v").finally(() => log.push("fin")).then((v) => log.push("after finally " + v));
    Promise.reject(new Error("r")).finally(() => log.push("fin2")).catch((e: Error) => log.push("caught " + e.message));
    Promise.resolve()
      .then(() => log.push("a1"))
      .then(() => log.push("a2"))
      .then(() => log.push("a3"))
      .then(() => log.push("a4"))
      .then(() => log.push("a5"))
      .then(() => console.log(log.join(", ")));
  `.expectToMatchNode());
