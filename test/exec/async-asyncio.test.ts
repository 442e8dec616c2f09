// Promises meeting MicroPython's asyncio (stubs/asyncio.d.ts): awaiting asyncio's awaitables,
// passing Promises and async functions where asyncio expects coroutines, cancellation.
// On Node these programs import test/fixtures/node-shims/asyncio.js; each one keeps its printed
// order independent of how many microtask turns a step through asyncio takes. Cancellation has no
// Node counterpart (an async function cannot be interrupted there): those cases check
// MicroPython's output against the text Node's semantics for try/finally imply.
import { program, ProgramCase } from "../harness";
import { runCompiled } from "../../compiler/src/runner";

async function expectMicroPython(p: ProgramCase, stdout: string, failed = false): Promise<void> {
  const compiled = p.compile();
  const errors = compiled.diagnostics.filter((d) => d.severity === "error");
  expect(errors).toEqual([]);
  const r = await runCompiled(compiled, "/project/main.ts", { timeoutMs: 20000 });
  expect(r.stdout).toBe(stdout);
  expect(!!r.error || r.timedOut).toBe(failed);
}

test("await asyncio.sleep_ms and asyncio.sleep inside an async function", () =>
  program`
    import * as asyncio from "asyncio";
    async function main(): Promise<void> {
      console.log("a");
      await asyncio.sleep_ms(20);
      console.log("b");
      await asyncio.sleep(0.01);
      console.log("c");
    }
    main().then(() => console.log("done"));
    console.log("sync end");
  `.expectToMatchNode());

test("asyncio sleeps are ordered with setTimeout timers of other delays", () =>
  program`
    import * as asyncio from "asyncio";
    async function sleeper(ms: number, name: string): Promise<void> {
      await asyncio.sleep_ms(ms);
      console.log("slept", name);
    }
    setTimeout(() => console.log("timer 30"), 30);
    sleeper(60, "60");
    sleeper(10, "10");
    setTimeout(() => console.log("timer 45"), 45);
  `.expectToMatchNode());

test("create_task of an async function's Promise, awaited for its result", () =>
  program`
    import * as asyncio from "asyncio";
    async function work(n: number): Promise<number> {
      console.log("work", n);
      await asyncio.sleep_ms(5);
      return n * 2;
    }
    async function main(): Promise<void> {
      const t = asyncio.create_task(work(21));
      console.log("created");
      const v = await t;
      console.log("result", v, t.done());
    }
    main();
  `.expectToMatchNode());

test("asyncio.gather keeps the order of its awaitables", () =>
  program`
    import * as asyncio from "asyncio";
    async function work(n: number, ms: number): Promise<number> {
      await asyncio.sleep_ms(ms);
      console.log("finished", n);
      return n;
    }
    async function main(): Promise<void> {
      const rs = await asyncio.gather(work(1, 40), work(2, 10), work(3, 25));
      console.log(rs);
    }
    main();
  `.expectToMatchNode());

test("asyncio.gather with return_exceptions puts the error in place", () =>
  program`
    import * as asyncio from "asyncio";
    async function ok(n: number): Promise<number> {
      await asyncio.sleep_ms(n);
      return n;
    }
    async function bad(): Promise<number> {
      await asyncio.sleep_ms(5);
      throw new Error("bad one");
    }
    async function main(): Promise<void> {
      const rs = await asyncio.gather(ok(10), bad(), ok(20), { return_exceptions: true });
      console.log(rs.length, rs[0] as number, rs[2] as number, (rs[1] as Error).message);
    }
    main();
  `.expectToMatchNode());

test("asyncio.gather without return_exceptions raises the first error", () =>
  program`
    import * as asyncio from "asyncio";
    async function ok(): Promise<number> {
      await asyncio.sleep_ms(30);
      return 1;
    }
    async function bad(): Promise<number> {
      await asyncio.sleep_ms(5);
      throw new Error("first failure");
    }
    async function main(): Promise<void> {
      try {
        await asyncio.gather(ok(), bad());
        console.log("not reached");
      } catch (e) {
        console.log("caught", (e as Error).message);
      }
    }
    main();
  `.expectToMatchNode());

test("asyncio.wait_for returns the value when in time", () =>
  program`
    import * as asyncio from "asyncio";
    async function quick(): Promise<string> {
      await asyncio.sleep_ms(5);
      return "quick";
    }
    async function main(): Promise<void> {
      console.log(await asyncio.wait_for(quick(), 1));
      console.log(await asyncio.wait_for_ms(quick(), 500));
      console.log(await asyncio.wait_for(quick(), null));
    }
    main();
  `.expectToMatchNode());

test("asyncio.wait_for raises TimeoutError, caught with instanceof", () =>
  program`
    import * as asyncio from "asyncio";
    async function slow(): Promise<string> {
      await asyncio.sleep_ms(200);
      return "slow";
    }
    async function main(): Promise<void> {
      try {
        await asyncio.wait_for_ms(slow(), 20);
        console.log("not reached");
      } catch (e) {
        console.log("timeout", e instanceof asyncio.TimeoutError);
      }
    }
    main().then(() => console.log("after"));
  `.expectToMatchNode());

test("an asyncio Event set from a timer wakes the waiter", () =>
  program`
    import * as asyncio from "asyncio";
    const ev = new asyncio.Event();
    async function waiter(): Promise<void> {
      console.log("waiting", ev.is_set());
      const r = await ev.wait();
      console.log("woken", r, ev.is_set());
    }
    waiter();
    setTimeout(() => {
      console.log("setting");
      ev.set();
    }, 15);
  `.expectToMatchNode());

test("an asyncio Lock serialises two async functions", () =>
  program`
    import * as asyncio from "asyncio";
    const lock = new asyncio.Lock();
    async function critical(name: string, ms: number): Promise<void> {
      await lock.acquire();
      try {
        console.log(name, "in", lock.locked());
        await asyncio.sleep_ms(ms);
        console.log(name, "out");
      } finally {
        lock.release();
      }
    }
    async function main(): Promise<void> {
      const a = critical("a", 20);
      await asyncio.sleep_ms(5);
      const b = critical("b", 5);
      await a;
      await b;
      console.log("both done", lock.locked());
    }
    main();
  `.expectToMatchNode());

test("asyncio.run runs an async main to its end", () =>
  program`
    import * as asyncio from "asyncio";
    async function main(): Promise<void> {
      console.log("start");
      await asyncio.sleep_ms(10);
      setTimeout(() => console.log("timer after main"), 5);
      console.log("end");
    }
    asyncio.run(main());
  `.expectToMatchNode());

test("asyncio.run returns the coroutine's result (MicroPython only: it blocks)", () =>
  expectMicroPython(
    program`
      import * as asyncio from "asyncio";
      async function compute(): Promise<number> {
        await asyncio.sleep_ms(5);
        return 42;
      }
      const r: number = asyncio.run(compute());
      console.log("result", r);
      try {
        asyncio.run((async () => { await asyncio.sleep_ms(1); throw new Error("inner"); })());
      } catch (e) {
        console.log("raised", (e as Error).message);
      }
    `,
    "result 42\nraised inner\n",
  ));

test("a Task awaited twice and a Promise awaited from two functions", () =>
  program`
    import * as asyncio from "asyncio";
    async function work(): Promise<string> {
      await asyncio.sleep_ms(10);
      return "v";
    }
    async function main(): Promise<void> {
      const t = asyncio.create_task(work());
      console.log(await t);
      console.log(await t);
      const p = work();
      const [a, b] = await Promise.all([(async () => await p)(), (async () => await p)()]);
      console.log(a, b);
    }
    main();
  `.expectToMatchNode());

test("errors of asyncio awaitables reach the awaiting function's catch", () =>
  program`
    import * as asyncio from "asyncio";
    async function failing(): Promise<void> {
      await asyncio.sleep_ms(5);
      throw new RangeError("out of range");
    }
    async function main(): Promise<void> {
      try {
        await asyncio.create_task(failing());
      } catch (e) {
        console.log("caught", e instanceof RangeError, (e as Error).message);
      } finally {
        console.log("finally");
      }
    }
    main();
  `.expectToMatchNode());

test("cancelling the task of an async function runs its finally blocks and rejects it", () =>
  expectMicroPython(
    program`
      import * as asyncio from "asyncio";
      async function worker(): Promise<void> {
        try {
          console.log("worker start");
          await asyncio.sleep_ms(1000);
          console.log("not reached");
        } finally {
          console.log("worker finally");
        }
      }
      async function main(): Promise<void> {
        const p = worker();
        const t = asyncio.create_task(p);
        await asyncio.sleep_ms(10);
        console.log("cancel", t.cancel());
        try {
          await t;
        } finally {
          console.log("main finally", t.done());
        }
      }
      main().catch(() => console.log("not a JS error"));
      setTimeout(() => console.log("timer still runs"), 30);
    `,
    "worker start\ncancel true\nworker finally\nmain finally true\ntimer still runs\n",
  ));

test("cancellation stops the function whose task is cancelled, not the Promise it awaits", () =>
  expectMicroPython(
    program`
      import * as asyncio from "asyncio";
      async function inner(): Promise<void> {
        try {
          await new Promise<void>(() => {});
        } finally {
          console.log("inner finally");
        }
      }
      async function outer(): Promise<void> {
        try {
          await inner();
        } catch (e) {
          console.log("not caught by catch");
        } finally {
          console.log("outer finally");
        }
      }
      async function main(): Promise<void> {
        const t = asyncio.create_task(outer());
        await asyncio.sleep_ms(5);
        t.cancel();
        await asyncio.sleep_ms(5);
        console.log("done", t.done());
      }
      main();
    `,
    "outer finally\ndone true\n",
  ));

test("wait_for's timeout cancels the async function it waits for", () =>
  expectMicroPython(
    program`
      import * as asyncio from "asyncio";
      async function slow(): Promise<number> {
        try {
          await asyncio.sleep_ms(500);
          return 1;
        } finally {
          console.log("slow cleaned up");
        }
      }
      async function main(): Promise<void> {
        try {
          await asyncio.wait_for_ms(slow(), 10);
        } catch (e) {
          console.log("timeout", e instanceof asyncio.TimeoutError);
        }
      }
      main();
    `,
    "slow cleaned up\ntimeout true\n",
  ));
