// Standard decorators on accessors, fields and classes, and the JS order of evaluation and
// application, compared with Node running TypeScript's own output.
import { program } from "../harness";

describe("getters and setters", () => {
  test("a getter decorator wraps the getter", () =>
    program`
      function upper(fn: (this: any) => string, ctx: ClassGetterDecoratorContext) {
        console.log(ctx.kind, String(ctx.name), ctx.static);
        return function (this: any) { return fn.call(this).toUpperCase(); };
      }
      class P {
        constructor(private first: string) {}
        @upper get name() { return this.first; }
      }
      console.log(new P("ada").name);
    `.expectToMatchNode());

  test("a setter decorator validates the value", () =>
    program`
      function nonNegative(fn: (this: any, v: number) => void, ctx: ClassSetterDecoratorContext) {
        return function (this: any, v: number) {
          if (v < 0) { console.log("rejected", String(ctx.name), v); return; }
          fn.call(this, v);
        };
      }
      class Account {
        private _balance = 0;
        get balance() { return this._balance; }
        @nonNegative set balance(v: number) { this._balance = v; }
      }
      const a = new Account();
      a.balance = 10;
      a.balance = -5;
      console.log(a.balance);
    `.expectToMatchNode());

  test("decorators on both halves of an accessor pair", () =>
    program`
      function trace(fn: (this: any, ...args: any[]) => any, ctx: ClassGetterDecoratorContext | ClassSetterDecoratorContext) {
        return function (this: any, ...args: any[]) {
          console.log(ctx.kind, String(ctx.name), args);
          return fn.apply(this, args);
        };
      }
      class Box {
        #v = 1;
        @trace get v() { return this.#v; }
        @trace set v(x: number) { this.#v = x; }
      }
      const b = new Box();
      b.v = b.v + 41;
      console.log(b.v);
    `.expectToMatchNode());

  test("a getter initializer runs per instance", () =>
    program`
      function watch(_fn: unknown, ctx: ClassGetterDecoratorContext) {
        ctx.addInitializer(function (this: any) { console.log("watching", String(ctx.name), this.id); });
      }
      class W {
        constructor(public id: number) {}
        @watch get doubled() { return this.id * 2; }
      }
      console.log(new W(1).doubled, new W(2).doubled);
    `.expectToMatchNode());
});

describe("field decorators", () => {
  test("an initializer transform", () =>
    program`
      function double(_v: undefined, ctx: ClassFieldDecoratorContext) {
        return (v: number) => { console.log("init", String(ctx.name), v); return v * 2; };
      }
      class A {
        @double x = 1;
        @double y = 5;
        sum() { return this.x + this.y; }
      }
      const a = new A();
      console.log(a.x, a.y, a.sum(), a);
    `.expectToMatchNode());

  test("an initializer taking this sees the earlier fields", () =>
    program`
      function plusBase(_v: undefined, _ctx: ClassFieldDecoratorContext) {
        return function (this: { base: number }, v: number) { return this.base + v; };
      }
      class A {
        base = 100;
        @plusBase x = 1;
      }
      console.log(new A().x);
    `.expectToMatchNode());

  test("several field decorators: the top one transforms first", () =>
    program`
      function add(n: number) {
        console.log("eval add", n);
        return function (_v: undefined, _ctx: ClassFieldDecoratorContext) {
          console.log("apply add", n);
          return (v: number) => { console.log("run add", n, v); return v + n; };
        };
      }
      function mul(n: number) {
        return function (_v: undefined, _ctx: ClassFieldDecoratorContext) {
          return (v: number) => { console.log("run mul", n, v); return v * n; };
        };
      }
      class A { @add(1) @mul(10) @add(2) x = 3; }
      console.log(new A().x);
    `.expectToMatchNode());

  test("a field without an initializer gets undefined", () =>
    program`
      function withDefault(d: string) {
        return function (_v: undefined, _ctx: ClassFieldDecoratorContext) {
          return (v: string | undefined) => v ?? d;
        };
      }
      class Opt {
        @withDefault("none") label?: string;
        @withDefault("x") given = "set";
      }
      const o = new Opt();
      console.log(o.label, o.given);
    `.expectToMatchNode());

  test("field addInitializer runs right after that field is defined", () =>
    program`
      function after(_v: undefined, ctx: ClassFieldDecoratorContext) {
        ctx.addInitializer(function (this: any) { console.log("after", String(ctx.name), this.a, this.b); });
      }
      class A {
        @after a = (console.log("init a"), 1);
        @after b = (console.log("init b"), 2);
        constructor() { console.log("ctor"); }
      }
      new A();
    `.expectToMatchNode());

  test("a field decorator that only observes", () =>
    program`
      const fields: string[] = [];
      function field(_v: undefined, ctx: ClassFieldDecoratorContext) { fields.push(String(ctx.name)); }
      class Model {
        @field id = 0;
        @field title = "";
        note = "plain";
      }
      console.log(fields, new Model());
    `.expectToMatchNode());

  test("a private field decorator", () =>
    program`
      function clamp(max: number) {
        return function (_v: undefined, ctx: ClassFieldDecoratorContext) {
          console.log(String(ctx.name), ctx.private);
          return (v: number) => Math.min(v, max);
        };
      }
      class Vol {
        @clamp(10) #level = 42;
        get level() { return this.#level; }
      }
      console.log(new Vol().level);
    `.expectToMatchNode());

  test("fields of a derived class", () =>
    program`
      function tag(t: string) {
        return function (_v: undefined, _ctx: ClassFieldDecoratorContext) { return (v: string) => t + v; };
      }
      class Base { @tag("b:") name = "base"; }
      class Child extends Base {
        @tag("c:") kind = "child";
        constructor() { super(); console.log(this.name, this.kind); }
      }
      new Child();
    `.expectToMatchNode());
});

describe("class decorators", () => {
  test("a registry decorator", () =>
    program`
      const registry: string[] = [];
      function register(cls: new (...args: any[]) => object, ctx: ClassDecoratorContext) {
        registry.push(String(ctx.name));
        console.log(ctx.kind, cls === Plugin);
      }
      @register class Plugin { run() { return "run"; } }
      @register class Other {}
      console.log(registry, new Plugin().run(), new Other());
    `.expectToMatchNode());

  test("a class decorator without a context parameter", () =>
    program`
      const seen: Function[] = [];
      function collect(cls: Function) { seen.push(cls); }
      @collect class A {}
      @collect class B {}
      console.log(seen.length, seen[0] === A, seen[1] === B);
    `.expectToMatchNode());

  test("a decorator returning a subclass replaces the class", () =>
    program`
      function withGreeting<T extends new (...args: any[]) => { name: string }>(Base: T, _ctx: ClassDecoratorContext) {
        return class extends Base {
          greet() { return "hello " + this.name; }
        };
      }
      @withGreeting
      class Person {
        constructor(public name: string) {}
      }
      const p = new Person("ada") as Person & { greet(): string };
      console.log(p.greet(), p instanceof Person);
    `.expectToMatchNode());

  test("a plain decorator that always returns a class is a plain Python decorator", () => {
    const p = program`
      function stamp<T extends new (...args: any[]) => object>(C: T) {
        return class extends C { stamped = true; };
      }
      @stamp class A { a = 1; }
      console.log(new A());
    `;
    expect(p.python()).toMatch(/^@stamp$/m);
    return p.expectToMatchNode();
  });

  test("class addInitializer runs after the static fields", () =>
    program`
      function ready(_cls: unknown, ctx: ClassDecoratorContext) {
        ctx.addInitializer(function (this: any) { console.log("class ready", this.count); });
      }
      @ready
      class Counter {
        static count = (console.log("static field"), 7);
        static { console.log("static block", this.count); }
      }
      console.log("defined", Counter.count);
    `.expectToMatchNode());

  test("decorators on a class expression", () =>
    program`
      function named(_cls: unknown, ctx: ClassDecoratorContext) { console.log("class", ctx.name); }
      const K = @named class { v = 2; };
      console.log(new K().v);
    `.expectToMatchNode());

  test("a decorated class declared inside a function, twice", () =>
    program`
      function tag(label: string) {
        return function (fn: (this: any, ...args: any[]) => any, _ctx: ClassMethodDecoratorContext) {
          return function (this: any, ...args: any[]) { return label + ":" + fn.apply(this, args); };
        };
      }
      function scaled(k: number) {
        return function (_v: undefined, _ctx: ClassFieldDecoratorContext) { return (v: number) => v * k; };
      }
      function make(label: string, k: number) {
        class Local {
          @scaled(k) n = 2;
          @tag(label) show() { return String(this.n); }
        }
        return new Local();
      }
      console.log(make("a", 10).show(), make("b", 100).show());
    `.expectToMatchNode());

  test("a decorated exported class used from another module", () =>
    program`
      import { Service, log } from "./svc";
      const s = new Service();
      s.start("x");
      console.log(log);
    `.with("svc.ts", `
      export const log: string[] = [];
      function task(fn: (this: any, ...args: any[]) => void, ctx: ClassMethodDecoratorContext) {
        return function (this: any, ...args: any[]) { log.push(String(ctx.name)); fn.apply(this, args); };
      }
      function service(_c: unknown, ctx: ClassDecoratorContext) { log.push("service " + String(ctx.name)); }
      @service
      export class Service {
        @task start(what: string) { log.push("starting " + what); }
      }
    `).expectToMatchNode());
});

describe("order of evaluation and application", () => {
  const D = `
    function d(label: string) {
      console.log("eval", label);
      return function <T>(v: T, ctx: ClassMemberDecoratorContext | ClassDecoratorContext): T | void {
        console.log("apply", label, ctx.kind, String(ctx.name));
        ctx.addInitializer(function (this: unknown) { console.log("init", label); });
      };
    }
  `;

  test("all expressions first, top to bottom; then applied bottom to top, statics first", () =>
    program`
      ${D}
      @d("class1") @d("class2")
      class C {
        @d("f1") a = (console.log("a init"), 1);
        @d("m1") @d("m1b") m() {}
        @d("sf") static s = (console.log("s init"), 2);
        @d("sm") static sm() {}
        @d("g") get x() { return 1; }
        @d("f2") b = (console.log("b init"), 2);
        constructor() { console.log("ctor body"); }
        static { console.log("static block"); }
      }
      console.log("--- new");
      new C();
    `.expectToMatchNode());

  test("a factory with side effects and a plain decorator interleave in source order", () =>
    program`
      ${D}
      let n = 0;
      function bump(_v: unknown, _ctx: ClassMethodDecoratorContext) { n++; console.log("bump", n); }
      class A {
        @bump @d("x") one() {}
        @d("y") @bump two() {}
      }
      console.log(n);
    `.expectToMatchNode());

  test("a static method declared after instance methods is still decorated first", () =>
    program`
      ${D}
      class A {
        @d("i1") a() {}
        @d("i2") b() {}
        @d("s1") static c() {}
      }
    `.expectToMatchNode());

  test("a mixin returned by a class decorator adds fields after the base's", () =>
    program`
      function timestamped<T extends new (...args: any[]) => object>(Base: T, ctx: ClassDecoratorContext) {
        console.log("decorating", String(ctx.name));
        return class extends Base { created = 42; };
      }
      @timestamped
      class Note { constructor(public text: string) {} }
      const n = new Note("hi");
      console.log(n, n instanceof Note);
    `.expectToMatchNode());

  test("a mixin's anonymous class has the name \"\" but prints its instances as the base", () =>
    program`
      function mixin<T extends new (...args: any[]) => object>(Base: T, _ctx: ClassDecoratorContext) {
        return class extends Base { extra = 1; };
      }
      function twice<T extends new (...args: any[]) => object>(Base: T, _ctx: ClassDecoratorContext) {
        return class extends Base { more = 2; };
      }
      @mixin class Note { text = "t"; }
      @twice @mixin class Deep { d = 0; }
      const n = new Note(), d = new Deep();
      console.log(JSON.stringify(Note.name), JSON.stringify(n.constructor.name), n, Note.name.length);
      console.log(JSON.stringify(Deep.name), d, [d], { d });
    `.expectToMatchNode());

  test("addInitializer after decoration has finished throws", () =>
    program`
      let saved: ClassMethodDecoratorContext | undefined;
      function keep(_fn: unknown, ctx: ClassMethodDecoratorContext) { saved = ctx; }
      class A { @keep m() {} }
      try {
        saved!.addInitializer(() => {});
      } catch (e) {
        console.log((e as Error).name, (e as Error).message);
      }
    `.expectToMatchNode());
});
