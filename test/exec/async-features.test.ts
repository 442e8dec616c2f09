// Async functions in every form the dialect has (arrows, methods, object-literal methods, static
// methods) and await in expression positions, compared with Node.
import { program } from "../harness";

test("async object-literal methods, with this, and async arrow properties", () =>
  program`
    const counter = {
      n: 0,
      async add(k: number): Promise<number> {
        await null;
        this.n += k;
        return this.n;
      },
      twice: async (x: number): Promise<number> => {
        await null;
        return x * 2;
      },
    };
    async function main(): Promise<void> {
      console.log(await counter.add(2), await counter.add(3), await counter.twice(21), counter.n);
    }
    main();
  `.expectToMatchNode());

test("async methods calling each other, static async methods and inheritance", () =>
  program`
    class Base {
      constructor(readonly name: string) {}
      async describe(): Promise<string> {
        await null;
        return "base " + this.name;
      }
      static async create(name: string): Promise<Base> {
        await null;
        return new Base(name);
      }
    }
    class Derived extends Base {
      async describe(): Promise<string> {
        const b = await super.describe();
        return "derived(" + b + ")";
      }
    }
    async function main(): Promise<void> {
      const b = await Base.create("x");
      console.log(await b.describe());
      console.log(await new Derived("y").describe());
    }
    main();
  `.expectToMatchNode());

test("await in conditions, arguments, templates and conditional expressions", () =>
  program`
    async function v<T>(x: T): Promise<T> {
      await null;
      return x;
    }
    function add(a: number, b: number): number { return a + b; }
    async function main(): Promise<void> {
      if (await v(true)) console.log("if await");
      console.log(add(await v(1), await v(2)));
      console.log(\`t=\${await v("tmpl")} n=\${(await v(3)) * 2}\`);
      const c = (await v(0)) > 0 ? await v("pos") : await v("zero");
      console.log(c, [await v(1), await v(2)], { k: await v("obj") });
      let i = 0;
      while ((await v(i)) < 3) i++;
      console.log("i", i);
    }
    main();
  `.expectToMatchNode());

test("await inside loops with try/catch keeps going after errors", () =>
  program`
    async function risky(i: number): Promise<number> {
      await null;
      if (i % 2 === 1) throw new Error("odd " + i);
      return i;
    }
    async function main(): Promise<void> {
      let sum = 0;
      for (let i = 0; i < 5; i++) {
        try {
          sum += await risky(i);
        } catch (e) {
          console.log("skip", (e as Error).message);
          continue;
        } finally {
          console.log("after", i);
        }
      }
      console.log("sum", sum);
    }
    main();
  `.expectToMatchNode());

test("async recursion and an array of stored promises awaited later", () =>
  program`
    async function fib(n: number): Promise<number> {
      if (n < 2) return n;
      const [a, b] = await Promise.all([fib(n - 1), fib(n - 2)]);
      return a + b;
    }
    async function main(): Promise<void> {
      const ps: Promise<number>[] = [];
      for (let i = 0; i < 8; i++) ps.push(fib(i));
      const out: number[] = [];
      for (const p of ps) out.push(await p);
      console.log(out);
    }
    main();
  `.expectToMatchNode());

test("then with both handlers, returning promises from handlers", () =>
  program`
    Promise.resolve(1)
      .then((v) => Promise.resolve(v + 1))
      .then((v) => new Promise<number>((r) => setTimeout(() => r(v * 10), 5)))
      .then((v) => { console.log("value", v); return Promise.reject(new Error("then error")); })
      .then(
        () => console.log("not called"),
        (e: Error) => console.log("second handler", e.message),
      );
  `.expectToMatchNode());

test("custom error subclasses keep their class across awaits", () =>
  program`
    class HttpError extends Error {
      constructor(readonly status: number) {
        super("status " + status);
        this.name = "HttpError";
      }
    }
    async function request(status: number): Promise<string> {
      await new Promise((r) => setTimeout(r, 1));
      if (status >= 400) throw new HttpError(status);
      return "ok " + status;
    }
    async function main(): Promise<void> {
      for (const s of [200, 404]) {
        try {
          console.log(await request(s));
        } catch (e) {
          if (e instanceof HttpError) console.log(e.name, e.status, e.message);
        }
      }
    }
    main();
  `.expectToMatchNode());

test("a rejection thrown as a plain value reaches catch unchanged", () =>
  program`
    async function f(): Promise<void> {
      await null;
      throw { code: 42 };
    }
    f().catch((e: { code: number }) => console.log("code", e.code));
    new Promise((_, reject) => reject("text reason")).catch((r) => console.log("reason", r));
  `.expectToMatchNode());

test("an async IIFE and async arrows passed to array methods", () =>
  program`
    (async () => {
      const doubled = await Promise.all([1, 2, 3].map(async (x) => {
        await null;
        return x * 2;
      }));
      console.log(doubled);
      const results: string[] = [];
      await Promise.all(["a", "b"].map(async (s, i) => {
        await new Promise((r) => setTimeout(r, (2 - i) * 10));
        results.push(s);
      }));
      console.log(results);
    })();
  `.expectToMatchNode());

test("an async function's uncaught error ends the run with exit 1", () =>
  program`
    async function main(): Promise<void> {
      console.log("start");
      await new Promise((r) => setTimeout(r, 5));
      throw new RangeError("fatal");
    }
    main();
    setTimeout(() => console.log("never"), 100);
  `.expectToMatchNode());

test("a promise resolved twice keeps its first value; a resolver called after reject does nothing", () =>
  program`
    const p = new Promise<number>((resolve, reject) => {
      resolve(1);
      resolve(2);
      reject(new Error("ignored"));
    });
    p.then((v) => console.log("value", v));
    const q = new Promise<number>((resolve, reject) => {
      reject(new Error("first"));
      resolve(3);
    });
    q.catch((e: Error) => console.log("error", e.message));
  `.expectToMatchNode());

test("an executor that throws rejects the promise", () =>
  program`
    new Promise<void>(() => {
      throw new TypeError("in executor");
    }).catch((e: Error) => console.log("caught", e.name, e.message));
    console.log("sync");
  `.expectToMatchNode());

test("awaiting inside finally of a loop body that breaks", () =>
  program`
    async function main(): Promise<void> {
      for (let i = 0; i < 3; i++) {
        try {
          if (i === 1) break;
          console.log("body", i);
        } finally {
          await null;
          console.log("finally", i);
        }
      }
      console.log("end");
    }
    main();
  `.expectToMatchNode());
