// Functions that declare `this` (the values method decorators take and return), `.call`/`.apply`/
// `.bind`, the plain-Python-decorator form, and what tsmpy refuses about decorators.
import { program } from "../harness";

describe("functions declaring this", () => {
  test("call and apply pass this to a function that declares it", () =>
    program`
      function describe(this: { name: string }, greeting: string, punct: string) {
        return greeting + ", " + this.name + punct;
      }
      const ada = { name: "Ada" };
      console.log(describe.call(ada, "Hello", "!"));
      console.log(describe.apply({ name: "Bob" }, ["Hi", "?"]));
    `.expectToMatchNode());

  test("call on a function without this evaluates and drops the this argument", () =>
    program`
      const add = (a: number, b: number) => a + b;
      function sideEffect() { console.log("this argument evaluated"); return 1; }
      console.log(add.call(null, 1, 2));
      console.log(add.call(sideEffect(), 3, 4));
      console.log(add.apply(undefined, [5, 6]));
    `.expectToMatchNode());

  test("a direct call of a function declaring this passes undefined", () =>
    program`
      const f = function (this: unknown, x: number) { return [this === undefined, x]; };
      console.log(f(1));
    `.expectToMatchNode());

  test("bind fixes this and leading arguments", () =>
    program`
      function scale(this: { k: number }, a: number, b: number) { return this.k * (a + b); }
      const s = scale.bind({ k: 10 }, 1);
      console.log(s(2), s(5));
      const plain = ((a: number, b: number) => a - b).bind(null, 10);
      console.log(plain(3));
    `.expectToMatchNode());

  test("a replacement method built outside the decorator", () =>
    program`
      function wrap(fn: (this: any, ...args: any[]) => any) {
        return function (this: any, ...args: any[]) { return "<" + fn.apply(this, args) + ">"; };
      }
      function tagged(fn: (this: any, ...args: any[]) => any, _ctx: ClassMethodDecoratorContext) { return wrap(fn); }
      class T { v = "x"; @tagged show() { return this.v; } }
      console.log(new T().show());
    `.expectToMatchNode());

  test("an arrow typed as taking this ignores the one it is given", () =>
    program`
      function constant(_fn: unknown, _ctx: ClassMethodDecoratorContext): (this: unknown) => number {
        return () => 42;
      }
      class A { @constant answer(): number { return 0; } }
      console.log(new A().answer());
    `.expectToMatchNode());
});

describe("plain Python decorators", () => {
  test("a decorator taking only the method and always returning one is used as it is", () => {
    const p = program`
      const log: string[] = [];
      function task(fn: (this: Worker, n: number) => number): (this: Worker, n: number) => number {
        return function (this: Worker, n: number) { log.push(this.id + ":" + n); return fn.call(this, n); };
      }
      class Worker {
        constructor(public id: string) {}
        @task run(n: number) { return n * 2; }
      }
      const w = new Worker("w1");
      console.log(w.run(1) + w.run(2), log);
    `;
    const py = p.python();
    expect(py).toMatch(/^ {4}@task\n {4}def run\(self, n\):/m);
    expect(py).not.toMatch(/js_deco/);
    return p.expectToMatchNode();
  });

  test("a decorator without context that may return undefined goes through js_deco1", () => {
    const p = program`
      const names: string[] = [];
      function note(fn: (this: any) => void) { names.push("noted"); }
      class A { @note m() { console.log("m runs"); } }
      new A().m();
      console.log(names);
    `;
    expect(p.python()).toMatch(/@js_deco1\(note\)/);
    return p.expectToMatchNode();
  });
});

describe("refused", () => {
  test("a method decorator taking the method as any", () =>
    program`
      function loose(fn: any, _ctx: ClassMethodDecoratorContext) { return fn; }
      class A {
        @loose m() { return 1; }
      }
      console.log(new A().m());
    `.expectDiagnostic("TSMPY1320", 3));

  test("a method decorator whose value type has no this", () =>
    program`
      function loose(fn: (...args: any[]) => any, _ctx: ClassMethodDecoratorContext) { return fn; }
      class A {
        @loose m() { return 1; }
      }
      console.log(new A().m());
    `.expectDiagnostic("TSMPY1320", 3));

  test("a decorator context typed any", () =>
    program`
      function loose(fn: (this: any) => any, ctx: any) { console.log(ctx.kind); }
      class A {
        @loose m() { return 1; }
      }
    `.expectDiagnostic("TSMPY1320", 3));

  test("a method decorator returning an arrow cast to the method type", () =>
    program`
      function swap<T extends (...args: any[]) => any>(fn: T, _ctx: ClassMethodDecoratorContext): T {
        return ((...args: any[]) => fn(...args)) as T;
      }
      class A {
        @swap m() { return 1; }
      }
    `.expectDiagnostic("TSMPY1320", 5));

  test("a field decorator returning any", () =>
    program`
      function f(_v: undefined, _ctx: ClassFieldDecoratorContext): any { return (v: number) => v; }
      class A {
        @f x = 1;
      }
    `.expectDiagnostic("TSMPY1320", 3));

  test("context.access", () =>
    program`
      function peek(_fn: unknown, ctx: ClassMethodDecoratorContext) { const a = ctx.access; console.log(typeof a); }
      class A { @peek m() {} }
    `.expectDiagnostic("TSMPY1321", 1));

  test("context.metadata", () =>
    program`
      function meta(_fn: unknown, ctx: ClassMethodDecoratorContext) { console.log(ctx.metadata === undefined); }
      class A { @meta m() {} }
    `.expectDiagnostic("TSMPY1321", 1));

  test("call on a value of type any", () =>
    program`
      const f: any = (x: number) => x;
      console.log(f.call(null, 1));
    `.expectDiagnostic("TSMPY1322", 2));

  test("call on a Function", () =>
    program`
      function g(x: number) { return x; }
      const f: Function = g;
      console.log(f.call(null, 1));
    `.expectDiagnostic("TSMPY1007", 3));

  test("call on a method read from an object", () =>
    program`
      class A { n = 1; get() { return this.n; } }
      const m = new A().get;
      console.log(m.call(new A()));
    `.expectDiagnostic("TSMPY1322", 3));

  test("a function declaring this called through an object property", () =>
    program`
      const o = { n: 1, get: function (this: { n: number }) { return this.n; } };
      console.log(o.get());
    `.expectDiagnostic("TSMPY1322", 2));

  test("a function declaring this passed where it is called without it", () =>
    program`
      const xs = [1, 2];
      xs.forEach(function (this: any, x: number) { console.log(x); });
    `.expectDiagnostic("TSMPY1322", 2));

  test("a function declaring this passed to an array method", () =>
    program`
      function show(this: unknown, x: number) { console.log(x); }
      [1, 2].forEach(show);
    `.expectDiagnostic("TSMPY1322", 2));

  test("a replacing class decorator on a class with static fields", () =>
    program`
      function sub<T extends new (...args: any[]) => object>(C: T, _ctx: ClassDecoratorContext) { return class extends C {}; }
      @sub
      class A { static count = 1; }
    `.expectDiagnostic("TSMPY1323", 2));

  test("parameter decorators are TypeScript errors without experimentalDecorators", () =>
    program`
      function p(_t: unknown, _ctx: unknown) {}
      class A { m(@p x: number) { return x; } }
    `.expectDiagnostic("TS1206", 2));

  test("decorators on accessor fields", () =>
    program`
      function d(_v: unknown, _ctx: ClassAccessorDecoratorContext) {}
      class A { @d accessor x = 1; }
    `.expectDiagnostic("TSMPY1302", 2));
});
