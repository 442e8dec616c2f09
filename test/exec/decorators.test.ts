// TypeScript 5 standard decorators: methods, accessors, fields, classes, factories, ordering and
// addInitializer timing, each compared with Node running TypeScript's own output.
import { program } from "../harness";

const LOGGED = `
  function logged<This, Args extends any[], R>(fn: (this: This, ...args: Args) => R, ctx: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => R>) {
    const name = String(ctx.name);
    return function (this: This, ...args: Args): R {
      console.log("enter", name, args);
      const r = fn.call(this, ...args);
      console.log("leave", name, r);
      return r;
    };
  }
`;

describe("method decorators", () => {
  test("a logging wrapper calls the original with this and the arguments", () =>
    program`
      ${LOGGED}
      class Calc {
        base = 10;
        @logged
        add(a: number, b: number) { return this.base + a + b; }
      }
      const c = new Calc();
      console.log(c.add(1, 2));
      console.log(c.add(3, 4));
    `.expectToMatchNode());

  test("the context object: kind, name, static, private", () =>
    program`
      function show(fn: (this: any, ...args: any[]) => any, ctx: ClassMethodDecoratorContext) {
        console.log(ctx.kind, String(ctx.name), ctx.static, ctx.private);
      }
      class A {
        @show m() { return 1; }
        @show static s() { return 2; }
        @show #p() { return 3; }
        callP() { return this.#p(); }
      }
      console.log(new A().m(), A.s(), new A().callP());
    `.expectToMatchNode());

  test("a decorator returning undefined keeps the method", () =>
    program`
      const seen: string[] = [];
      function track(_fn: unknown, ctx: ClassMethodDecoratorContext) { seen.push(String(ctx.name)); }
      class A {
        @track first() { return "f"; }
        @track second() { return "s"; }
      }
      console.log(seen, new A().first(), new A().second());
    `.expectToMatchNode());

  test("a decorator factory takes arguments", () =>
    program`
      function prefix(p: string) {
        return function (fn: (this: any, s: string) => string, _ctx: ClassMethodDecoratorContext) {
          return function (this: any, s: string) { return p + fn.call(this, s); };
        };
      }
      class Greeter {
        name = "World";
        @prefix(">> ")
        @prefix("[hi] ")
        greet(s: string) { return s + ", " + this.name; }
      }
      console.log(new Greeter().greet("Hello"));
    `.expectToMatchNode());

  test("memoize caches per argument", () =>
    program`
      function memoize(fn: (this: any, n: number) => number, _ctx: ClassMethodDecoratorContext) {
        const cache = new Map<number, number>();
        return function (this: any, n: number): number {
          const hit = cache.get(n);
          if (hit !== undefined) return hit;
          const v = fn.call(this, n);
          cache.set(n, v);
          return v;
        };
      }
      class Fib {
        calls = 0;
        @memoize
        fib(n: number): number {
          this.calls++;
          return n < 2 ? n : this.fib(n - 1) + this.fib(n - 2);
        }
      }
      const f = new Fib();
      console.log(f.fib(30), f.calls);
      console.log(f.fib(30), f.calls);
    `.expectToMatchNode());

  test("apply passes the arguments array", () =>
    program`
      function twice(fn: (this: any, ...args: number[]) => number, _ctx: ClassMethodDecoratorContext) {
        return function (this: any, ...args: number[]) { return fn.apply(this, args) * 2; };
      }
      class M {
        k = 3;
        @twice mul(a: number, b: number) { return a * b * this.k; }
      }
      console.log(new M().mul(2, 5));
    `.expectToMatchNode());

  test("bound methods through addInitializer", () =>
    program`
      function bound(fn: (this: any, ...args: any[]) => any, ctx: ClassMethodDecoratorContext) {
        const name = ctx.name as string;
        ctx.addInitializer(function (this: any) {
          this[name] = fn.bind(this);
        });
      }
      class Button {
        label = "ok";
        @bound click() { return "clicked " + this.label; }
      }
      const b = new Button();
      const f = b.click;
      b.label = "changed";
      console.log(f());
    `.expectToMatchNode());

  test("addInitializer on methods runs at construction, before the fields", () =>
    program`
      function init(_fn: (this: any) => void, ctx: ClassMethodDecoratorContext) {
        ctx.addInitializer(function (this: any) { console.log("initializer sees x =", this.x); });
      }
      class A {
        x = (console.log("field x"), 1);
        @init m() {}
        constructor() { console.log("ctor", this.x); }
      }
      new A();
      new A();
    `.expectToMatchNode());

  test("an arrow given to addInitializer", () =>
    program`
      let count = 0;
      function counted(_fn: unknown, ctx: ClassMethodDecoratorContext) {
        ctx.addInitializer(() => { count++; });
      }
      class A { @counted m() {} @counted n() {} }
      new A(); new A();
      console.log(count);
    `.expectToMatchNode());

  test("a function expression without a this annotation gets this from addInitializer's type", () =>
    program`
      function register(_fn: unknown, ctx: ClassMethodDecoratorContext<{ tags: string[] }>) {
        const name = String(ctx.name);
        ctx.addInitializer(function () { this.tags.push(name); });
      }
      class A {
        tags: string[] = [];
        @register a() {}
        @register b() {}
      }
      console.log(new A().tags);
    `.expectToMatchNode());

  test("async methods can be decorated", () =>
    program`
      function timed(fn: (this: any, ...args: any[]) => Promise<number>, ctx: ClassMethodDecoratorContext) {
        return async function (this: any, ...args: any[]) {
          console.log("start", String(ctx.name));
          const v = await fn.call(this, ...args);
          console.log("done", String(ctx.name), v);
          return v;
        };
      }
      class Job {
        @timed async run(n: number) { await null; return n * 2; }
      }
      new Job().run(21).then((v) => console.log("result", v));
      console.log("sync end");
    `.expectToMatchNode());

  test("a decorator that validates arguments and throws", () =>
    program`
      function positive(fn: (this: any, n: number) => number, _ctx: ClassMethodDecoratorContext) {
        return function (this: any, n: number) {
          if (n <= 0) throw new RangeError("not positive: " + n);
          return fn.call(this, n);
        };
      }
      class S { @positive sqrt(n: number) { return Math.sqrt(n); } }
      const s = new S();
      console.log(s.sqrt(16));
      try { s.sqrt(-1); } catch (e) { console.log((e as Error).message); }
    `.expectToMatchNode());

  test("the same decorator on many methods keeps each original", () =>
    program`
      ${LOGGED}
      class Ops {
        @logged inc(n: number) { return n + 1; }
        @logged dec(n: number) { return n - 1; }
        @logged neg(n: number) { return -n; }
      }
      const o = new Ops();
      console.log(o.inc(1), o.dec(1), o.neg(1));
    `.expectToMatchNode());

  test("a decorated method calling another decorated method", () =>
    program`
      ${LOGGED}
      class T {
        @logged outer(n: number): number { return this.inner(n) * 10; }
        @logged inner(n: number): number { return n + 1; }
      }
      console.log(new T().outer(4));
    `.expectToMatchNode());
});

describe("static members", () => {
  test("a decorated static method keeps this as the class", () =>
    program`
      ${LOGGED}
      class Factory {
        static made = 0;
        @logged static make(n: number) { this.made += n; return this.made; }
      }
      console.log(Factory.make(2), Factory.make(3), Factory.made);
    `.expectToMatchNode());

  test("a decorated static method that does not use this", () =>
    program`
      ${LOGGED}
      class U { @logged static twice(n: number) { return n * 2; } }
      console.log(U.twice(21));
    `.expectToMatchNode());

  test("static addInitializer runs when the class is defined, with this the class", () =>
    program`
      function announce(_fn: unknown, ctx: ClassMethodDecoratorContext) {
        ctx.addInitializer(function (this: any) { console.log("static init", String(ctx.name), this.label); });
      }
      console.log("before");
      class Registry {
        static label = "reg";
        @announce static a() {}
      }
      console.log("after", Registry.label);
    `.expectToMatchNode());

  test("static fields with decorators", () =>
    program`
      function doubled(_v: undefined, ctx: ClassFieldDecoratorContext) {
        return function (this: unknown, v: number) { console.log("init", String(ctx.name), ctx.static); return v * 2; };
      }
      class Conf {
        @doubled static size = 21;
        @doubled static other = 1;
      }
      console.log(Conf.size, Conf.other);
    `.expectToMatchNode());
});

describe("inheritance", () => {
  test("a subclass inherits a decorated method", () =>
    program`
      ${LOGGED}
      class Base {
        constructor(public n: number) {}
        @logged value() { return this.n; }
      }
      class Derived extends Base {
        extra() { return this.value() + 1; }
      }
      console.log(new Derived(5).extra());
    `.expectToMatchNode());

  test("an override with its own decorator calls super", () =>
    program`
      ${LOGGED}
      class Base { @logged area(s: number) { return s * s; } }
      class Sq extends Base {
        @logged area(s: number) { return super.area(s) + 1; }
      }
      console.log(new Sq().area(3));
    `.expectToMatchNode());

  test("method initializers of a derived class run after super()", () =>
    program`
      function mark(_fn: unknown, ctx: ClassMethodDecoratorContext) {
        ctx.addInitializer(function (this: any) { console.log("init", String(ctx.name), this.base); });
      }
      class Base { base = "b"; constructor() { console.log("Base ctor"); } }
      class Derived extends Base {
        d = (console.log("field d"), 1);
        @mark m() {}
        constructor() { super(); console.log("Derived ctor"); }
      }
      class Implicit extends Base { @mark n() {} }
      new Derived();
      new Implicit();
    `.expectToMatchNode());
});
