// The printed order of concurrent async work, compared with Node: timers, awaits, job counts.
import { program } from "../harness";

test("timers of different delays fire by due time, not creation order", () =>
  program`
    setTimeout(() => console.log("30"), 30);
    setTimeout(() => console.log("10"), 10);
    setTimeout(() => console.log("20"), 20);
    setTimeout(() => console.log("0"), 0);
  `.expectToMatchNode());

test("timers of equal delay fire in creation order", () =>
  program`
    for (let i = 0; i < 6; i++) setTimeout(() => console.log("t", i), 5);
    for (let i = 0; i < 3; i++) setTimeout(() => console.log("z", i), 200);
  `.expectToMatchNode());

test("nested timers and microtasks scheduled from timers", () =>
  program`
    setTimeout(() => {
      console.log("outer");
      Promise.resolve().then(() => console.log("micro in outer"));
      setTimeout(() => console.log("inner 0"), 0);
      setTimeout(() => console.log("inner 20"), 20);
    }, 5);
    setTimeout(() => console.log("sibling"), 5);
    setTimeout(() => console.log("late"), 300);
  `.expectToMatchNode());

test("microtasks queued by a timer run before the next timer", () =>
  program`
    setTimeout(() => {
      console.log("a");
      Promise.resolve().then(() => console.log("a micro 1")).then(() => console.log("a micro 2"));
    }, 0);
    setTimeout(() => console.log("b"), 0);
  `.expectToMatchNode());

test("two async functions interleave at every await", () =>
  program`
    async function worker(name: string, n: number): Promise<void> {
      for (let i = 0; i < n; i++) {
        console.log(name, i);
        await null;
      }
      console.log(name, "done");
    }
    worker("a", 3);
    worker("b", 2);
    console.log("sync end");
  `.expectToMatchNode());

test("await of a resolved promise, a value and a pending promise", () =>
  program`
    const log: string[] = [];
    async function f(): Promise<void> {
      log.push("f1");
      await 1;
      log.push("f2");
      await Promise.resolve(2);
      log.push("f3");
      await new Promise<void>((r) => r());
      log.push("f4");
    }
    f();
    Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4"));
    setTimeout(() => console.log(log.join(" ")), 0);
  `.expectToMatchNode());

test("returning a promise from an async function costs Node's extra jobs", () =>
  program`
    const log: string[] = [];
    async function direct(): Promise<number> { return 1; }
    async function viaPromise(): Promise<number> { return Promise.resolve(2); }
    direct().then(() => log.push("direct"));
    viaPromise().then(() => log.push("viaPromise"));
    Promise.resolve().then(() => log.push("t1")).then(() => log.push("t2")).then(() => log.push("t3")).then(() => log.push("t4"));
    setTimeout(() => console.log(log.join(" ")), 0);
  `.expectToMatchNode());

test("resolve() with a promise adopts it two jobs later", () =>
  program`
    const log: string[] = [];
    new Promise((resolve) => resolve(Promise.resolve("inner"))).then((v) => log.push("adopted " + v));
    Promise.resolve().then(() => log.push("t1")).then(() => log.push("t2")).then(() => log.push("t3"));
    setTimeout(() => console.log(log.join(", ")), 0);
  `.expectToMatchNode());

test("Promise.all result order follows the input, not completion", () =>
  program`
    function after(ms: number, v: string): Promise<string> {
      return new Promise((resolve) => setTimeout(() => { console.log("done", v); resolve(v); }, ms));
    }
    Promise.all([after(30, "slow"), after(5, "fast"), after(15, "mid")]).then((vs) => console.log(vs));
  `.expectToMatchNode());

test("an async function called without await starts at once", () =>
  program`
    async function started(): Promise<void> {
      console.log("running synchronously");
      await null;
      console.log("rest later");
    }
    started();
    console.log("after the call");
  `.expectToMatchNode());

test("a stored promise awaited twice and later after settling", () =>
  program`
    async function value(): Promise<number> {
      await null;
      console.log("computed once");
      return 7;
    }
    async function main(): Promise<void> {
      const p = value();
      console.log(await p, await p);
      await new Promise((r) => setTimeout(r, 5));
      console.log(await p);
      p.then((v) => console.log("then after", v));
    }
    main();
  `.expectToMatchNode());

test("exceptions propagate through several awaits to a catch", () =>
  program`
    async function level3(): Promise<number> {
      await null;
      throw new TypeError("deep");
    }
    async function level2(): Promise<number> {
      return (await level3()) + 1;
    }
    async function level1(): Promise<number> {
      try {
        return await level2();
      } catch (e) {
        console.log("level1 caught", (e as Error).name, (e as Error).message);
        return -1;
      }
    }
    level1().then((v) => console.log("result", v));
  `.expectToMatchNode());

test("catch then continue: a chain recovers and carries on", () =>
  program`
    Promise.reject(new Error("first"))
      .then(() => console.log("skipped"))
      .catch((e: Error) => { console.log("caught", e.message); return "recovered"; })
      .then((v) => { console.log("then", v); throw new RangeError("second"); })
      .catch((e: Error) => console.log("caught", e.name))
      .finally(() => console.log("finally"));
  `.expectToMatchNode());

test("finally in async functions runs on return, throw and await", () =>
  program`
    async function f(mode: number): Promise<string> {
      try {
        await null;
        if (mode === 0) return "returned";
        if (mode === 1) throw new Error("thrown");
        return "normal";
      } finally {
        console.log("finally", mode);
        await null;
        console.log("after await in finally", mode);
      }
    }
    async function main(): Promise<void> {
      console.log(await f(0));
      try { await f(1); } catch (e) { console.log("caught", (e as Error).message); }
      console.log(await f(2));
    }
    main();
  `.expectToMatchNode());

test("finally callbacks keep the value and can replace the error", () =>
  program`
    Promise.resolve(1).finally(() => 2).then((v) => console.log("kept", v));
    Promise.reject(new Error("a")).finally(() => { throw new Error("b"); }).catch((e: Error) => console.log("replaced", e.message));
    Promise.resolve(3).finally(() => Promise.reject(new Error("c"))).catch((e: Error) => console.log("rejected finally", e.message));
  `.expectToMatchNode());

test("clearTimeout cancels, also from inside another timer", () =>
  program`
    const a = setTimeout(() => console.log("a never"), 10);
    const b = setTimeout(() => console.log("b never"), 20);
    setTimeout(() => { console.log("clearing b"); clearTimeout(b); }, 5);
    clearTimeout(a);
    setTimeout(() => console.log("end"), 30);
  `.expectToMatchNode());

test("setInterval runs until clearInterval, in order with timeouts", () =>
  program`
    // (delays far apart: each tick is scheduled from the time its callback ran)
    let n = 0;
    const id = setInterval(() => {
      n++;
      console.log("tick", n);
      if (n === 4) clearInterval(id);
    }, 10);
    const other = setInterval(() => console.log("never"), 5);
    clearInterval(other);
    setTimeout(() => console.log("after interval", n), 400);
  `.expectToMatchNode());

test("setTimeout passes extra arguments to its callback", () =>
  program`
    setTimeout((a: number, b: string) => console.log("args", a, b), 1, 42, "x");
  `.expectToMatchNode());

test("an unhandled rejection ends the run after pending microtasks", () =>
  program`
    Promise.resolve().then(() => console.log("micro before"));
    Promise.reject(new Error("nobody handles this"));
    Promise.resolve().then(() => console.log("micro after"));
    setTimeout(() => console.log("timer never"), 0);
  `.expectToMatchNode());

test("an unhandled rejection from a timer callback ends the run", () =>
  program`
    setTimeout(async () => {
      console.log("timer");
      throw new Error("async timer error");
    }, 1);
    setTimeout(() => console.log("later timer never"), 20);
  `.expectToMatchNode());

test("for await over an array of promises and values", () =>
  program`
    function after<T>(ms: number, v: T): Promise<T> {
      return new Promise((r) => setTimeout(() => r(v), ms));
    }
    async function main(): Promise<void> {
      for await (const x of [after(20, "a"), "b", Promise.resolve("c"), after(5, "d")]) console.log(x);
      console.log("loop done");
    }
    main();
  `.expectToMatchNode());

test("for await takes two jobs per step and two to finish", () =>
  program`
    const log: string[] = [];
    async function main(): Promise<void> {
      for await (const y of [1, 2]) log.push("y" + y);
      log.push("after loop");
    }
    main();
    let p = Promise.resolve();
    for (let i = 1; i <= 8; i++) p = p.then(() => { log.push(String(i)); });
    setTimeout(() => console.log(log.join(" ")), 0);
  `.expectToMatchNode());

test("for await: break, return and throw close the loop with one job", () =>
  program`
    const log: string[] = [];
    async function brk(): Promise<void> {
      for await (const y of [1, 2, 3]) { log.push("b" + y); if (y === 2) break; }
      log.push("after break");
    }
    async function ret(): Promise<string> {
      for await (const y of [1, 2]) { if (y === 1) return "ret"; }
      return "none";
    }
    async function thr(): Promise<void> {
      try {
        for await (const y of [1]) throw new Error("in body " + y);
      } catch (e) {
        log.push((e as Error).message);
      }
    }
    brk();
    ret().then((v) => log.push(v));
    thr();
    let p = Promise.resolve();
    for (let i = 1; i <= 8; i++) p = p.then(() => { log.push(String(i)); });
    setTimeout(() => console.log(log.join(" ")), 0);
  `.expectToMatchNode());

test("for await: a rejected element throws at the loop head", () =>
  program`
    async function main(): Promise<void> {
      try {
        for await (const x of [Promise.resolve(1), Promise.reject(new Error("bad element")), Promise.resolve(3)]) console.log("got", x);
      } catch (e) {
        console.log("caught", (e as Error).message);
      }
    }
    main();
  `.expectToMatchNode());

test("for await with continue, destructuring and an outer label", () =>
  program`
    async function main(): Promise<void> {
      outer: for (const round of [1, 2]) {
        for await (const [k, v] of [Promise.resolve(["a", 1] as [string, number]), ["b", 2] as [string, number], ["c", 3] as [string, number]]) {
          if (k === "a") continue;
          if (round === 2 && k === "c") break outer;
          console.log(round, k, v);
        }
      }
      console.log("end");
    }
    main();
  `.expectToMatchNode());

test("for await over something other than an array is refused with a code", () =>
  program`
    function* gen(): Generator<number> { yield 1; }
    async function main(): Promise<void> {
      for await (const x of gen()) console.log(x);
    }
    main();
  `.expectDiagnostic("TSMPY1802", 3));

test("async generator functions are refused with their own code", () =>
  program`
    async function* gen(): AsyncGenerator<number> {
      yield 1;
    }
    console.log(typeof gen);
  `.expectDiagnostic("TSMPY1801", 1));
