// Classes: constructors, fields, methods, accessors, statics, inheritance, super, private names.
import { program } from "../harness";

describe("constructors and fields", () => {
  test("field initialisers, parameter properties and defaults", () =>
    program`
      class A {
        static count = 0;
        a = 1;
        b: string;
        c?: number;
        constructor(public z: number, private w = 2) {
          this.b = "x" + z;
          A.count++;
        }
        get sum() { return this.a + this.z + this.w; }
        m(k: number): number { return this.sum * k; }
      }
      const a = new A(4);
      console.log(a.m(2), A.count, a.b, a.sum, a.c === undefined, a.z);
      const a2 = new A(1, 10);
      console.log(a2.sum, A.count);
    `.expectToMatchNode());

  test("JS order: base fields before base constructor body, derived fields after super()", () =>
    program`
      function log(s: string): number { console.log(s); return 1; }
      class Base {
        x = log("base field x");
        constructor(v = log("base default")) {
          log("base body");
        }
      }
      class Derived extends Base {
        y = log("derived field y");
        constructor(public p: number) {
          log("before super");
          super();
          log("after super " + this.p + " " + this.y);
        }
      }
      new Derived(7);
    `.expectToMatchNode());

  test("field initialisers see earlier fields and this", () =>
    program`
      class Box {
        w = 3;
        h = this.w * 2;
        area = this.w * this.h;
        label = \`\${this.w}x\${this.h}\`;
      }
      const b = new Box();
      console.log(b.w, b.h, b.area, b.label);
    `.expectToMatchNode());

  test("derived class without constructor passes its arguments", () =>
    program`
      class P {
        constructor(public a: number, public b: string) {}
      }
      class Q extends P {
        extra = this.a * 2;
      }
      class R extends Q {}
      const q = new Q(3, "s");
      const r = new R(5, "t");
      console.log(q.a, q.b, q.extra, r.a, r.b, r.extra);
    `.expectToMatchNode());

  test("class without constructor and module counter in an initialiser", () =>
    program`
      let nextId = 1;
      class Item {
        id = nextId++;
        tags: string[] = [];
      }
      const a = new Item();
      const b = new Item();
      b.tags.push("x");
      console.log(a.id, b.id, nextId, a.tags.length, b.tags.length);
    `.expectToMatchNode());

  test("counter in a function scope", () =>
    program`
      function make(): number[] {
        let n = 0;
        class C {
          id = ++n;
        }
        const cs = [new C(), new C(), new C()];
        return cs.map((c) => c.id * 10 + n);
      }
      console.log(make().join(","));
    `.expectToMatchNode());

  test("arrow function fields keep this", () =>
    program`
      class Counter {
        count = 0;
        inc = () => {
          this.count++;
          return this.count;
        };
        add = (n: number) => this.count += n;
      }
      const c = new Counter();
      const f = c.inc;
      f();
      f();
      c.add(5);
      console.log(c.count);
    `.expectToMatchNode());

  test("definite and optional fields are undefined", () =>
    program`
      class S {
        a!: number;
        b?: string;
        c: number | undefined;
        d = null;
      }
      const s = new S();
      console.log(s.a, s.b, s.c, s.d);
      s.a = 2;
      console.log(s.a);
    `.expectToMatchNode());
});

describe("methods and this", () => {
  test("methods call each other through this; arrows inside methods", () =>
    program`
      class Calc {
        private values: number[] = [];
        add(v: number): this {
          this.values.push(v);
          return this;
        }
        total(): number {
          let t = 0;
          this.values.forEach((v) => { t += this.scale(v); });
          return t;
        }
        scale(v: number): number { return v * 2; }
      }
      console.log(new Calc().add(1).add(2).add(3).total());
    `.expectToMatchNode());

  test("toString override used by String and templates", () =>
    program`
      class Money {
        constructor(private cents: number) {}
        toString(): string {
          return "$" + (this.cents / 100).toFixed(2);
        }
      }
      const m = new Money(1234);
      console.log(String(m), \`cost: \${m}\`, "" + m);
      class Plain {}
      console.log(String(new Plain()), \`\${new Plain()}\`);
    `.expectToMatchNode());

  test("method names that are Python words", () =>
    program`
      class Words {
        print(): string { return "print"; }
        len(): number { return 3; }
        list(x: number): number[] { return [x, x]; }
        str(): string { return "s"; }
        self(): string { return "me"; }
        none = 1;
        lambda = 2;
      }
      const w = new Words();
      console.log(w.print(), w.len(), w.list(2).length, w.str(), w.self(), w.none, w.lambda);
    `.expectToMatchNode());

  test("methods whose names are not Python identifiers", () =>
    program`
      class Odd {
        "my-method"(): number { return 1; }
        pass(): number { return 2; }
        import(x: number): number { return x + 1; }
        class = "c";
      }
      const o = new Odd();
      console.log(o["my-method"](), o.pass(), o.import(4), o.class);
    `.expectToMatchNode());

  test("class declared after use inside functions", () =>
    program`
      function make(): Later {
        return new Later(3);
      }
      function inner(): number {
        function useIt() {
          return new Helper().twice(4);
        }
        class Helper {
          twice(n: number) { return n * 2; }
        }
        return useIt();
      }
      class Later {
        constructor(public v: number) {}
      }
      console.log(make().v, inner());
    `.expectToMatchNode());
});

describe("accessors", () => {
  test("getters and setters with validation", () =>
    program`
      class Temperature {
        private _c = 0;
        get celsius(): number { return this._c; }
        set celsius(v: number) {
          if (v < -273.15) throw new RangeError("too cold");
          this._c = v;
        }
        get fahrenheit(): number { return this._c * 9 / 5 + 32; }
        set fahrenheit(f: number) { this.celsius = (f - 32) * 5 / 9; }
      }
      const t = new Temperature();
      t.celsius = 100;
      console.log(t.celsius, t.fahrenheit);
      t.fahrenheit = 32;
      console.log(t.celsius);
      try {
        t.celsius = -300;
      } catch (e) {
        console.log((e as Error).message, t.celsius);
      }
    `.expectToMatchNode());

  test("accessor-only property, setter-only property, compound assignment through accessors", () =>
    program`
      class Acc {
        private v = 1;
        private log: string[] = [];
        get value() { return this.v; }
        set value(x: number) { this.log.push("set " + x); this.v = x; }
        set sink(x: string) { this.log.push("sink " + x); }
        get history() { return this.log.join(";"); }
      }
      const a = new Acc();
      a.value += 5;
      a.value++;
      a.sink = "q";
      console.log(a.value, a.history);
    `.expectToMatchNode());

  test("accessors are not own keys", () =>
    program`
      class K {
        a = 1;
        get b() { return 2; }
      }
      const k = new K();
      console.log(Object.keys(k).join(","), k.b);
    `.expectToMatchNode());

  test("getters and setters through super", () =>
    program`
      class Base {
        protected _v = 1;
        get v() { return this._v; }
        set v(x: number) { this._v = x; }
      }
      class Derived extends Base {
        get v() { return super.v * 10; }
        set v(x: number) { super.v = x + 1; }
      }
      const d = new Derived();
      console.log(d.v);
      d.v = 4;
      console.log(d.v);
    `.expectToMatchNode());

  test("overriding only the getter hides the inherited setter", () =>
    program`
      class A {
        protected n = 0;
        get x() { return this.n; }
        set x(v: number) { this.n = v; }
      }
      class B extends A {
        get x() { return this.n + 100; }
      }
      const b = new B();
      console.log(b.x);
      const a: A = new A();
      a.x = 5;
      console.log(a.x);
    `.expectToMatchNode());
});

describe("statics", () => {
  test("static fields, methods, factory, this in static methods", () =>
    program`
      class Id {
        static next = 1;
        static readonly PREFIX = "id-";
        static prefixed = Id.PREFIX + "x";
        readonly value: string;
        private constructor(n: number) { this.value = Id.PREFIX + n; }
        static create(): Id { return new Id(this.next++); }
        static reset() { Id.next = 1; }
      }
      const a = Id.create();
      const b = Id.create();
      console.log(a.value, b.value, Id.next, Id.prefixed);
      Id.reset();
      console.log(Id.create().value);
    `.expectToMatchNode());

  test("static blocks run in order with static fields", () =>
    program`
      class Config {
        static a = 1;
        static b: number;
        static table: string[] = [];
        static {
          Config.b = Config.a * 10;
          for (let i = 0; i < 3; i++) this.table.push("t" + i);
        }
        static c = Config.b + 1;
      }
      console.log(Config.a, Config.b, Config.c, Config.table.join(","));
    `.expectToMatchNode());

  test("static inheritance and this in static methods", () =>
    program`
      class Shape {
        static created = 0;
        static describe(): string { return "shape:" + this.kind(); }
        static kind(): string { return "generic"; }
        static make<T extends Shape>(this: new () => T): T { return new this(); }
        name(): string { return "Shape"; }
      }
      class Circle extends Shape {
        static kind(): string { return "circle"; }
        name(): string { return "Circle"; }
      }
      console.log(Shape.describe(), Circle.describe(), Circle.make().name(), Shape.make().name());
      Circle.created++;
      Circle.created++;
      console.log(Shape.created, Circle.created);
    `.expectToMatchNode());

  test("static methods through super", () =>
    program`
      class A {
        static tag(): string { return "A"; }
        static who(): string { return "A.who(" + this.tag() + ")"; }
      }
      class B extends A {
        static tag(): string { return "B"; }
        static who(): string { return "B>" + super.who(); }
      }
      class C extends B {
        static tag(): string { return "C"; }
        static who(): string { return "C>" + super.who(); }
      }
      console.log(A.who(), B.who(), C.who());
    `.expectToMatchNode());

  test("static counter incremented by instances", () =>
    program`
      class Widget {
        static instances = 0;
        readonly n: number;
        constructor() {
          Widget.instances += 1;
          this.n = Widget.instances;
        }
      }
      for (let i = 0; i < 4; i++) new Widget();
      console.log(Widget.instances, new Widget().n);
    `.expectToMatchNode());
});

describe("inheritance", () => {
  test("shapes: abstract base, polymorphism through a base-typed array", () =>
    program`
      abstract class Shape {
        abstract area(): number;
        abstract readonly name: string;
        describe(): string { return this.name + " " + this.area().toFixed(2); }
      }
      class Circle extends Shape {
        readonly name = "circle";
        constructor(private r: number) { super(); }
        area() { return Math.PI * this.r * this.r; }
      }
      class Rect extends Shape {
        name = "rect";
        constructor(protected w: number, protected h: number) { super(); }
        area() { return this.w * this.h; }
      }
      class Square extends Rect {
        name = "square";
        constructor(s: number) { super(s, s); }
        describe(): string { return "[" + super.describe() + "]"; }
      }
      const shapes: Shape[] = [new Circle(1), new Rect(2, 3), new Square(4)];
      let total = 0;
      for (const s of shapes) {
        total += s.area();
        console.log(s.describe(), s instanceof Rect, s instanceof Square, s instanceof Shape);
      }
      console.log(total.toFixed(3));
    `.expectToMatchNode());

  test("super.method chains across three levels", () =>
    program`
      class A {
        greet(n: string): string { return "A(" + n + ")"; }
      }
      class B extends A {
        greet(n: string): string { return "B" + super.greet(n + "b"); }
      }
      class C extends B {
        greet(n: string): string { return "C" + super.greet(n + "c"); }
      }
      class D extends C {}
      console.log(new C().greet("x"), new D().greet("y"), new B().greet("z"));
    `.expectToMatchNode());

  test("super calls inside arrow functions", () =>
    program`
      class Base {
        val(x: number): number { return x + 1; }
      }
      class Sub extends Base {
        val(x: number): number {
          const f = (y: number) => super.val(y) * 2;
          return [x, x + 1].map(f).reduce((a, b) => a + b, 0);
        }
      }
      console.log(new Sub().val(3));
    `.expectToMatchNode());

  test("animals: overriding, protected fields, instanceof", () =>
    program`
      class Animal {
        static registry: string[] = [];
        constructor(public name: string, protected sound = "...") {
          Animal.registry.push(name);
        }
        speak(): string { return this.name + " says " + this.sound; }
      }
      class Dog extends Animal {
        tricks: string[] = [];
        constructor(name: string) { super(name, "woof"); }
        learn(t: string): this { this.tricks.push(t); return this; }
        speak(): string { return super.speak() + "!"; }
      }
      class Puppy extends Dog {
        speak(): string { return super.speak().toUpperCase(); }
      }
      const animals: Animal[] = [new Animal("generic"), new Dog("rex").learn("sit").learn("roll"), new Puppy("bit")];
      for (const a of animals) console.log(a.speak());
      console.log(Animal.registry.join(","), (animals[1] as Dog).tricks.join("+"));
      console.log(animals.map((a) => a instanceof Dog).join(","));
    `.expectToMatchNode());

  test("custom error classes", () =>
    program`
      class AppError extends Error {
        code: number;
        constructor(message: string, code: number) {
          super(message);
          this.code = code;
          this.name = "AppError";
        }
      }
      class NotFound extends AppError {
        constructor(what: string) { super(what + " not found", 404); }
      }
      try {
        throw new NotFound("page");
      } catch (e) {
        if (e instanceof AppError) console.log(e.name, e.message, e.code, e instanceof NotFound, e instanceof Error);
        console.log(String(e));
      }
    `.expectToMatchNode());

  test("implements and generics are erased", () =>
    program`
      interface Container<T> { get(i: number): T; size(): number; }
      class Stack<T> implements Container<T> {
        private items: T[] = [];
        push(x: T): void { this.items.push(x); }
        pop(): T | undefined { return this.items.pop(); }
        peek(): T | undefined { return this.items[this.items.length - 1]; }
        get(i: number): T { return this.items[i]; }
        size(): number { return this.items.length; }
        isEmpty(): boolean { return this.items.length === 0; }
      }
      const s = new Stack<number>();
      s.push(1); s.push(2); s.push(3);
      console.log(s.pop(), s.peek(), s.size(), s.isEmpty(), s.get(0));
      const names = new Stack<string>();
      console.log(names.isEmpty(), names.pop());
    `.expectToMatchNode());

  test("queue class", () =>
    program`
      class Queue<T> {
        private head = 0;
        private data: T[] = [];
        enqueue(x: T) { this.data.push(x); }
        dequeue(): T | undefined {
          if (this.head >= this.data.length) return undefined;
          const v = this.data[this.head];
          this.head++;
          return v;
        }
        get length(): number { return this.data.length - this.head; }
      }
      const q = new Queue<string>();
      q.enqueue("a"); q.enqueue("b"); q.enqueue("c");
      console.log(q.dequeue(), q.length, q.dequeue(), q.dequeue(), q.dequeue(), q.length);
    `.expectToMatchNode());

  test("linked list", () =>
    program`
      class ListNode<T> {
        next: ListNode<T> | null = null;
        constructor(public value: T) {}
      }
      class LinkedList<T> {
        private head: ListNode<T> | null = null;
        private tail: ListNode<T> | null = null;
        size = 0;
        append(v: T): this {
          const n = new ListNode(v);
          if (this.tail === null) {
            this.head = n;
            this.tail = n;
          } else {
            this.tail.next = n;
            this.tail = n;
          }
          this.size++;
          return this;
        }
        toArray(): T[] {
          const out: T[] = [];
          let cur = this.head;
          while (cur !== null) {
            out.push(cur.value);
            cur = cur.next;
          }
          return out;
        }
        reverse(): void {
          let prev: ListNode<T> | null = null;
          let cur = this.head;
          this.tail = cur;
          while (cur) {
            const next: ListNode<T> | null = cur.next;
            cur.next = prev;
            prev = cur;
            cur = next;
          }
          this.head = prev;
        }
      }
      const l = new LinkedList<number>().append(1).append(2).append(3);
      l.reverse();
      console.log(l.toArray().join("->"), l.size);
    `.expectToMatchNode());

  test("bank account", () =>
    program`
      class InsufficientFunds extends Error {
        constructor(public needed: number) { super("insufficient funds"); }
      }
      class Account {
        private static nextNumber = 1000;
        readonly number: number;
        protected balance = 0;
        private history: string[] = [];
        constructor(public owner: string) { this.number = Account.nextNumber++; }
        deposit(amount: number): void {
          if (amount <= 0) throw new RangeError("bad amount");
          this.balance += amount;
          this.history.push("+" + amount);
        }
        withdraw(amount: number): void {
          if (amount > this.balance) throw new InsufficientFunds(amount - this.balance);
          this.balance -= amount;
          this.history.push("-" + amount);
        }
        get summary(): string { return \`\${this.owner}#\${this.number}: \${this.balance} [\${this.history.join(" ")}]\`; }
      }
      class Savings extends Account {
        constructor(owner: string, private rate: number) { super(owner); }
        addInterest(): void { this.deposit(Math.round(this.balance * this.rate)); }
      }
      const a = new Account("ann");
      const s = new Savings("sam", 0.1);
      a.deposit(100);
      s.deposit(250);
      s.addInterest();
      try {
        a.withdraw(500);
      } catch (e) {
        if (e instanceof InsufficientFunds) console.log(e.message, e.needed);
      }
      try {
        a.deposit(-1);
      } catch (e) {
        console.log((e as Error).message);
      }
      a.withdraw(30);
      console.log(a.summary);
      console.log(s.summary);
    `.expectToMatchNode());
});

describe("private names", () => {
  test("private fields and methods", () =>
    program`
      class Secret {
        #value: number;
        #log: string[] = [];
        static #made = 0;
        constructor(v: number) {
          this.#value = v;
          Secret.#made++;
        }
        #record(s: string) { this.#log.push(s); }
        bump(): number {
          this.#record("bump");
          return ++this.#value;
        }
        get log() { return this.#log.join(","); }
        static made() { return Secret.#made; }
        equals(o: Secret) { return this.#value === o.#value; }
      }
      const s = new Secret(1);
      s.bump();
      s.bump();
      console.log(s.bump(), s.log, Secret.made(), s.equals(new Secret(4)), Object.keys(s).length);
    `.expectToMatchNode());
});

describe("class expressions", () => {
  test("anonymous and named class expressions", () =>
    program`
      const Point = class {
        constructor(public x: number, public y: number) {}
        norm() { return Math.sqrt(this.x * this.x + this.y * this.y); }
      };
      const Named = class Inner {
        static make() { return new Inner(); }
        hi() { return "hi"; }
      };
      function makeClass(base: number) {
        return class {
          v = base;
          get double() { return this.v * 2; }
        };
      }
      const K = makeClass(21);
      console.log(new Point(3, 4).norm(), Named.make().hi(), new K().double);
    `.expectToMatchNode());
});

describe("printing instances", () => {
  test("console.log of class instances shows the class name and fields in JS order", () =>
    program`
      class P {
        b = 2;
        a = "x";
        constructor(public z: number) {}
      }
      class Q extends P {
        c = [1, 2];
        #hidden = 1;
      }
      class E {}
      console.log(new P(1));
      console.log(new Q(3));
      console.log(new E());
      console.log([new P(0)]);
    `.expectToMatchNode());
});

describe("more shapes", () => {
  test("static methods with Python keyword names", () =>
    program`
      class Vec {
        constructor(public x: number, public y: number) {}
        static from(xs: number[]): Vec { return new this(xs[0], xs[1]); }
        static is(v: unknown): boolean { return v instanceof Vec; }
        static def(): Vec { return new Vec(0, 0); }
        in(v: Vec): boolean { return this.x === v.x; }
      }
      class Vec3 extends Vec {}
      const v = Vec3.from([1, 2]);
      console.log(v.x, v.y, v instanceof Vec3, Vec.is(v), Vec.is(3), Vec.def().x, v.in(Vec.def()));
    `.expectToMatchNode());
});

describe("initialisation order corner cases", () => {
  test("a base constructor calling an overridden method sees derived fields as undefined", () =>
    program`
      class Widget {
        constructor() {
          this.render();
        }
        render(): void { console.log("widget"); }
      }
      class Label extends Widget {
        text = "hello";
        constructor(public size: number) {
          super();
          this.render();
        }
        render(): void { console.log("label", this.text, this.size); }
      }
      new Label(3);
    `.expectToMatchNode());

  test("an initialiser calling a method that reads a later field", () =>
    program`
      class A {
        a = this.readB();
        b = 2;
        readB() { return this.b; }
      }
      const x = new A();
      console.log(x.a, x.b);
    `.expectToMatchNode());

  test("redeclared fields keep their first position", () =>
    program`
      class A {
        x = 1;
        y = 2;
      }
      class B extends A {
        z = 3;
        x = 10;
      }
      const b = new B();
      console.log(Object.keys(b).join(","), b.x);
      console.log(b);
    `.expectToMatchNode());
});

describe("programs", () => {
  test("binary search tree", () =>
    program`
      class TreeNode {
        left: TreeNode | null = null;
        right: TreeNode | null = null;
        constructor(public key: number) {}
      }
      class BST {
        root: TreeNode | null = null;
        private count = 0;
        insert(k: number): void {
          this.count++;
          if (!this.root) { this.root = new TreeNode(k); return; }
          let cur = this.root;
          while (true) {
            if (k < cur.key) {
              if (!cur.left) { cur.left = new TreeNode(k); return; }
              cur = cur.left;
            } else {
              if (!cur.right) { cur.right = new TreeNode(k); return; }
              cur = cur.right;
            }
          }
        }
        inorder(n: TreeNode | null = this.root, out: number[] = []): number[] {
          if (n) {
            this.inorder(n.left, out);
            out.push(n.key);
            this.inorder(n.right, out);
          }
          return out;
        }
        height(n: TreeNode | null = this.root): number {
          return n ? 1 + Math.max(this.height(n.left), this.height(n.right)) : 0;
        }
        get size() { return this.count; }
      }
      const t = new BST();
      for (const k of [50, 30, 70, 20, 40, 60, 80, 35]) t.insert(k);
      console.log(t.inorder().join(" "), t.height(), t.size);
    `.expectToMatchNode());

  test("event emitter with listeners bound to instances", () =>
    program`
      type Listener = (msg: string) => void;
      class Emitter {
        private listeners: Listener[] = [];
        on(l: Listener): () => void {
          this.listeners.push(l);
          return () => { this.listeners = this.listeners.filter((x) => x !== l); };
        }
        emit(msg: string): number {
          for (const l of this.listeners) l(msg);
          return this.listeners.length;
        }
      }
      class Logger {
        lines: string[] = [];
        constructor(private prefix: string) {}
        attach(e: Emitter) { return e.on((m) => this.lines.push(this.prefix + m)); }
      }
      const e = new Emitter();
      const a = new Logger("a:");
      const b = new Logger("b:");
      const offA = a.attach(e);
      b.attach(e);
      e.emit("one");
      offA();
      console.log(e.emit("two"), a.lines.join(","), b.lines.join(","));
    `.expectToMatchNode());

  test("generic class with a static factory and identity", () =>
    program`
      class Pair<A extends number | string, B extends number | string> {
        private constructor(readonly first: A, readonly second: B) {}
        static of<A extends number | string, B extends number | string>(a: A, b: B): Pair<A, B> { return new Pair(a, b); }
        swap(): Pair<B, A> { return Pair.of(this.second, this.first); }
        toString() { return "(" + this.first + ", " + this.second + ")"; }
      }
      const p = Pair.of(1, "one");
      const q = p.swap();
      console.log(\`\${p} \${q}\`, p === p, p === q.swap(), q.first);
    `.expectToMatchNode());

  test("template method pattern with an abstract base", () =>
    program`
      abstract class Report {
        private lines: string[] = [];
        protected abstract title(): string;
        protected abstract rows(): number[];
        protected format(n: number): string { return n.toString(); }
        render(): string {
          this.lines.push("== " + this.title() + " ==");
          for (const r of this.rows()) this.lines.push(this.format(r));
          return this.lines.join("\\n");
        }
      }
      class Sales extends Report {
        protected title() { return "sales"; }
        protected rows() { return [3, 1, 2]; }
      }
      class Money extends Sales {
        protected format(n: number) { return "$" + super.format(n * 100); }
      }
      console.log(new Sales().render());
      console.log(new Money().render());
    `.expectToMatchNode());

  test("state machine class with an enum", () =>
    program`
      enum Light { Red, Yellow, Green }
      class TrafficLight {
        private static order = [Light.Red, Light.Green, Light.Yellow];
        private i = 0;
        get state(): Light { return TrafficLight.order[this.i]; }
        next(): this { this.i = (this.i + 1) % TrafficLight.order.length; return this; }
        toString() { return "Light(" + Light[this.state] + ")"; }
      }
      const t = new TrafficLight();
      const seen: string[] = [];
      for (let k = 0; k < 5; k++) seen.push(String(t.next()));
      console.log(seen.join(" "), t.state === Light.Yellow);
    `.expectToMatchNode());

  test("nested classes and closures over this", () =>
    program`
      class Outer {
        private items: number[] = [1, 2, 3];
        makeIterator() {
          const self = this;
          class It {
            private pos = 0;
            next(): number | undefined { return self.items[this.pos++]; }
          }
          return new It();
        }
        sumWith(k: number) {
          return this.items.map((x) => x * k).reduce((a, b) => a + b, 0);
        }
      }
      const o = new Outer();
      const it = o.makeIterator();
      console.log(it.next(), it.next(), it.next(), it.next(), o.sumWith(2));
    `.expectToMatchNode());
});

describe("statics and instance fields sharing a name", () => {
  test("an instance field named like an inherited static", () =>
    program`
      class A {
        static x = 1;
        static label() { return "A"; }
      }
      class B extends A {
        x = 2;
        label = "b";
      }
      const b = new B();
      console.log(A.x, B.x, b.x, b.label, B.label());
    `.expectToMatchNode());
});

describe("modules", () => {
  test("extending a class from another module; default-exported class", () =>
    program`
      import { Base, Kind } from "./base";
      import Thing from "./thing";
      class Derived extends Base {
        extra = "d";
        constructor() { super("derived", Kind.B); }
        hello(): string { return super.hello() + "+" + this.extra; }
      }
      const d = new Derived();
      console.log(d.hello(), Base.made, new Thing().name, d instanceof Base);
      console.log(d);
    `
      .with("base.ts", `
        export enum Kind { A, B }
        export class Base {
          static made = 0;
          constructor(public name: string, public kind: Kind) { Base.made++; }
          hello(): string { return "hello " + this.name + " " + Kind[this.kind]; }
        }
      `)
      .with("thing.ts", `
        export default class Thing {
          name = "thing";
        }
      `)
      .expectToMatchNode());

  test("arrays of instances: join uses toString, sort with comparators over fields", () =>
    program`
      class V {
        constructor(public n: number) {}
        toString() { return "V" + this.n; }
      }
      const vs = [new V(3), new V(1), new V(2)];
      vs.sort((a, b) => a.n - b.n);
      console.log(vs.join(" "), vs.map(String).join(","), vs.indexOf(vs[1]), vs.includes(new V(1)));
    `.expectToMatchNode());
});

describe("names", () => {
  test("field initialisers see outer bindings even when the constructor has a parameter of that name", () =>
    program`
      const size = 10;
      const args = [1, 2];
      class A {
        cap = size;
        n = args.length;
        constructor(size: number) {
          const args = size * 2;
          console.log(size, args, this.cap, this.n);
        }
      }
      class B extends A {
        more = args[0] + size;
      }
      const b = new B(3);
      console.log(b.cap, b.n, b.more);
    `.expectToMatchNode());

  test("classes named like Python builtins and renamed classes print their JS name", () =>
    program`
      class list { items: number[] = [1]; }
      class Node { constructor(public v: number) {} }
      function inner() {
        class Node { w = 2; }
        return new Node();
      }
      console.log(new list(), new Node(1), inner());
    `.expectToMatchNode());
});

describe("classes declared in loops", () => {
  test("super calls keep working after the class name is rebound", () =>
    program`
      class Base {
        constructor(public n: number) {}
        hi() { return "base" + this.n; }
        static kind() { return "B"; }
      }
      const makers: (new () => Base)[] = [];
      for (let i = 0; i < 2; i++) {
        class A extends Base {
          constructor() { super(7); }
          hi() { return super.hi() + "!"; }
          static kind() { return "A" + super.kind(); }
        }
        makers.push(A);
      }
      class Empty {}
      const others: (new () => Empty)[] = [];
      for (let i = 0; i < 2; i++) {
        class E extends Empty {
          k = 1;
        }
        others.push(E);
      }
      console.log(makers.map((M) => new M().hi()).join(","), new others[0]() instanceof Empty);
    `.expectToMatchNode());
});

describe("super in other places", () => {
  test("super in field initialisers, constructor arrows and getters returning functions", () =>
    program`
      class Base {
        base(): number { return 10; }
        get op(): (x: number) => number { return (x) => x + 1; }
      }
      class Sub extends Base {
        fromBase = super.base() * 2;
        later: () => number;
        constructor() {
          super();
          this.later = () => super.base() + this.fromBase;
        }
        apply(v: number) { return super.op(v) * 3; }
        base(): number { return 99; }
      }
      const s = new Sub();
      console.log(s.fromBase, s.later(), s.apply(4), s.base());
    `.expectToMatchNode());
});

describe("patterns", () => {
  test("singleton, builder and registry", () =>
    program`
      class Config {
        private static instance?: Config;
        private values: Record<string, string> = {};
        private constructor() {}
        static get(): Config {
          if (!this.instance) this.instance = new Config();
          return this.instance;
        }
        set(k: string, v: string): this { this.values[k] = v; return this; }
        read(k: string): string | undefined { return this.values[k]; }
      }
      Config.get().set("a", "1").set("b", "2");
      console.log(Config.get() === Config.get(), Config.get().read("b"), Config.get().read("zz"));

      class Pizza {
        constructor(readonly size: number, readonly toppings: string[]) {}
        describe() { return this.size + "cm with " + (this.toppings.length ? this.toppings.join(", ") : "nothing"); }
      }
      class PizzaBuilder {
        private size = 30;
        private toppings: string[] = [];
        withSize(s: number): PizzaBuilder { this.size = s; return this; }
        add(t: string): PizzaBuilder { this.toppings.push(t); return this; }
        build(): Pizza { return new Pizza(this.size, [...this.toppings]); }
      }
      console.log(new PizzaBuilder().withSize(40).add("ham").add("olives").build().describe());
      console.log(new PizzaBuilder().build().describe());

      abstract class Plugin {
        static registry: Plugin[] = [];
        abstract readonly id: string;
        register(): void { Plugin.registry.push(this); }
      }
      class Alpha extends Plugin { readonly id = "alpha"; }
      class Beta extends Plugin { readonly id = "beta"; }
      new Alpha().register();
      new Beta().register();
      console.log(Plugin.registry.map((p) => p.id).join("+"), Plugin.registry[1] instanceof Beta);
    `.expectToMatchNode());

  test("matrix class with operations returning new instances", () =>
    program`
      class Matrix {
        readonly rows: number;
        readonly cols: number;
        private data: number[];
        constructor(rows: number, cols: number, fill = 0) {
          this.rows = rows;
          this.cols = cols;
          this.data = [];
          for (let i = 0; i < rows * cols; i++) this.data.push(fill);
        }
        static identity(n: number): Matrix {
          const m = new Matrix(n, n);
          for (let i = 0; i < n; i++) m.set(i, i, 1);
          return m;
        }
        get(r: number, c: number): number { return this.data[r * this.cols + c]; }
        set(r: number, c: number, v: number): void { this.data[r * this.cols + c] = v; }
        mul(o: Matrix): Matrix {
          const out = new Matrix(this.rows, o.cols);
          for (let i = 0; i < this.rows; i++)
            for (let j = 0; j < o.cols; j++) {
              let s = 0;
              for (let k = 0; k < this.cols; k++) s += this.get(i, k) * o.get(k, j);
              out.set(i, j, s);
            }
          return out;
        }
        toString(): string {
          const lines: string[] = [];
          for (let i = 0; i < this.rows; i++) {
            const row: number[] = [];
            for (let j = 0; j < this.cols; j++) row.push(this.get(i, j));
            lines.push(row.join(" "));
          }
          return lines.join("\\n");
        }
      }
      const a = new Matrix(2, 2, 2);
      a.set(0, 1, 3);
      console.log(String(a.mul(Matrix.identity(2))));
      console.log(\`\${a.mul(a)}\`);
    `.expectToMatchNode());
});

describe("erased modifiers", () => {
  test("declare, override, readonly, protected, abstract and overloads", () =>
    program`
      abstract class Base {
        declare tag: string;
        protected readonly kind: string = "base";
        abstract size(): number;
        describe(): string { return this.kind + ":" + this.size(); }
        pick(x: number): number;
        pick(x: string): string;
        pick(x: number | string): number | string { return typeof x === "number" ? x * 2 : x + x; }
      }
      class Impl extends Base {
        declare extra: number;
        protected override readonly kind: string = "impl";
        public override size(): number { return 3; }
        constructor();
        constructor(n?: number) { super(); }
      }
      const i = new Impl();
      console.log(i.describe(), i.pick(4), i.pick("ab"), i.tag, Object.keys(i).join(","));
      console.log(i);
    `.expectToMatchNode());
});

describe("missing members", () => {
  test("optional interface members a class does not define read as undefined", () =>
    program`
      interface Plugin {
        name: string;
        init?(): string;
        priority?: number;
      }
      class A implements Plugin {
        name = "a";
      }
      class B implements Plugin {
        name = "b";
        priority = 2;
        init() { return "B ready"; }
      }
      const ps: Plugin[] = [new A(), new B()];
      for (const p of ps) console.log(p.name, p.init?.(), p.priority ?? "none", p.priority, typeof p, typeof p.init);
      console.log(String(new A()), Object.keys(new B()).join(","), new A());
    `.expectToMatchNode());
});

describe("odd keys", () => {
  test("quoted and numeric field names keep JS key order", () =>
    program`
      class Row {
        "first-name" = "ada";
        b = 2;
        1 = "one";
        0 = "zero";
        "with space" = true;
      }
      const r = new Row();
      console.log(Object.keys(r).join("|"), r["first-name"], r[1], r["with space"]);
      console.log(r);
    `.expectToMatchNode());
});

describe("deep hierarchies", () => {
  test("three levels of constructors, parameter properties and printing", () =>
    program`
      class A {
        a0 = "a";
        constructor(public x: number) {}
      }
      class B extends A {
        b0 = this.x + 1;
        constructor(x: number, public y: number) {
          super(x * 10);
        }
      }
      class C extends B {
        c0: string[] = [];
        constructor(public z: boolean) {
          super(1, 2);
          this.c0.push("made");
        }
      }
      class D extends C {}
      const d = new D(true);
      console.log(d);
      console.log(Object.keys(d).join(","), d instanceof A, d instanceof C);
      class P {
        constructor(public v: number) {}
      }
      class Q extends P {
        constructor(flag: boolean) {
          if (flag) {
            super(1);
          } else {
            super(2);
          }
        }
      }
      console.log(new Q(true).v, new Q(false).v);
    `.expectToMatchNode());
});

describe("fields read before they exist", () => {
  test("in classes rooted in Error", () =>
    program`
      class E1 extends Error {
        declare extra: number;
        code = this.compute();
        later = 5;
        compute() { return this.later; }
      }
      class E2 extends E1 {
        more = "m";
      }
      const e = new E2("boom");
      console.log(e.extra, e.code, e.later, e.more, e.message, e.name);
    `.expectToMatchNode());
});

describe("private members", () => {
  test("private static methods, private accessors, private methods using this", () =>
    program`
      class Vault {
        static #count = 0;
        #items: string[] = [];
        static #nextLabel(): string { return "v" + ++Vault.#count; }
        get #size(): number { return this.#items.length; }
        set #last(v: string) { this.#items.push(v); }
        readonly label = Vault.#nextLabel();
        add(v: string): number { this.#last = v; return this.#size; }
        #describe() { return this.label + ":" + this.#items.join("/"); }
        toString() { return this.#describe(); }
      }
      const a = new Vault();
      const b = new Vault();
      a.add("x");
      console.log(a.add("y"), b.add("z"), String(a), \`\${b}\`, a);
    `.expectToMatchNode());
});
