// Promise.all / race / any / allSettled / resolve / reject and their ordering against Node.
import { program } from "../harness";

test("Promise.race: the first to settle wins, fulfilled or rejected", () =>
  program`
    function after<T>(ms: number, v: T): Promise<T> {
      return new Promise((resolve) => setTimeout(() => resolve(v), ms));
    }
    function failAfter(ms: number, msg: string): Promise<never> {
      return new Promise((_, reject) => setTimeout(() => reject(new Error(msg)), ms));
    }
    async function main(): Promise<void> {
      console.log(await Promise.race([after(30, "slow"), after(10, "fast")]));
      try {
        await Promise.race([after(30, "slow"), failAfter(5, "failed first")]);
      } catch (e) {
        console.log("race rejected", (e as Error).message);
      }
      console.log(await Promise.race([after(20, "late"), 7]));
    }
    main();
  `.expectToMatchNode());

test("Promise.race of already settled promises takes the first in order", () =>
  program`
    Promise.race([Promise.resolve("a"), Promise.resolve("b")]).then((v) => console.log("race", v));
    Promise.race([Promise.reject(new Error("x")), Promise.resolve("b")]).catch((e: Error) => console.log("race err", e.message));
    Promise.resolve().then(() => console.log("tick 1")).then(() => console.log("tick 2"));
  `.expectToMatchNode());

test("Promise.race of an empty array never settles", () =>
  program`
    let settled = false;
    Promise.race([]).then(() => { settled = true; });
    setTimeout(() => console.log("settled?", settled), 10);
  `.expectToMatchNode());

test("Promise.any: the first fulfilment wins over earlier rejections", () =>
  program`
    function after<T>(ms: number, v: T): Promise<T> {
      return new Promise((resolve) => setTimeout(() => resolve(v), ms));
    }
    async function main(): Promise<void> {
      const v = await Promise.any([Promise.reject(new Error("no")), after(20, "second"), after(10, "first")]);
      console.log("any", v);
    }
    main();
  `.expectToMatchNode());

test("Promise.any: all rejected gives an AggregateError with the errors in order", () =>
  program`
    async function main(): Promise<void> {
      try {
        await Promise.any([Promise.reject(new Error("a")), Promise.reject(new RangeError("b")), Promise.reject("c")]);
      } catch (e) {
        const agg = e as AggregateError;
        console.log(agg instanceof AggregateError, agg instanceof Error, agg.name, agg.message);
        console.log(agg.errors.length, (agg.errors[0] as Error).message, (agg.errors[1] as Error).name, agg.errors[2] as string);
      }
    }
    main();
  `.expectToMatchNode());

test("Promise.any of an empty array rejects at once", () =>
  program`
    Promise.any([]).catch((e: AggregateError) => console.log("empty any", e.message, e.errors.length));
    console.log("sync");
  `.expectToMatchNode());

test("Promise.allSettled keeps order and prints its objects as Node does", () =>
  program`
    function after<T>(ms: number, v: T): Promise<T> {
      return new Promise((resolve) => setTimeout(() => resolve(v), ms));
    }
    async function main(): Promise<void> {
      const rs = await Promise.allSettled([after(20, 1), Promise.reject("nope"), after(5, "two"), 3]);
      console.log(rs);
      for (const r of rs) {
        if (r.status === "fulfilled") console.log("ok", r.value);
        else console.log("failed", r.reason as string);
      }
      console.log(JSON.stringify(rs));
      console.log(Object.keys(rs[1]));
    }
    main();
  `.expectToMatchNode());

test("Promise.allSettled of an empty array and of rejected errors", () =>
  program`
    async function main(): Promise<void> {
      console.log(await Promise.allSettled([]));
      const rs = await Promise.allSettled([Promise.reject(new Error("bad"))]);
      const r = rs[0];
      if (r.status === "rejected") console.log((r.reason as Error).message);
    }
    main();
  `.expectToMatchNode());

test("Promise.all with plain values, an empty array and mixed values", () =>
  program`
    async function main(): Promise<void> {
      console.log(await Promise.all([]));
      console.log(await Promise.all([1, "two", null]));
      console.log(await Promise.all([Promise.resolve(1), 2, new Promise<number>((r) => setTimeout(() => r(3), 5))]));
    }
    main();
  `.expectToMatchNode());

test("Promise.all rejects with the first rejection, others keep running", () =>
  program`
    function after(ms: number, v: string, fail = false): Promise<string> {
      return new Promise((resolve, reject) => setTimeout(() => {
        console.log("settling", v);
        if (fail) reject(new Error(v));
        else resolve(v);
      }, ms));
    }
    Promise.all([after(20, "a"), after(5, "b", true), after(10, "c", true)])
      .then(() => console.log("not reached"))
      .catch((e: Error) => console.log("all failed with", e.message));
  `.expectToMatchNode());

test("combinator results interleave with other jobs in Node's order", () =>
  program`
    const log: string[] = [];
    Promise.all([1, 2]).then(() => log.push("all"));
    Promise.race([1, 2]).then(() => log.push("race"));
    Promise.any([1, 2]).then(() => log.push("any"));
    Promise.allSettled([1, 2]).then(() => log.push("allSettled"));
    Promise.resolve().then(() => log.push("t1")).then(() => log.push("t2")).then(() => log.push("t3")).then(() => console.log(log.join(", ")));
  `.expectToMatchNode());

test("Promise.resolve of a promise is the same promise; reject wraps any value", () =>
  program`
    const p = Promise.resolve(5);
    console.log(Promise.resolve(p) === p);
    Promise.reject(42).catch((v: number) => console.log("rejected with", v));
    Promise.reject(undefined).catch((v: undefined) => console.log("rejected with", v));
    Promise.resolve().then(() => console.log("then"));
  `.expectToMatchNode());

test("a rejection inside race/any that nobody handles is unhandled", () =>
  program`
    Promise.race([Promise.reject(new Error("lost"))]);
    setTimeout(() => console.log("never"), 10);
  `.expectToMatchNode());
