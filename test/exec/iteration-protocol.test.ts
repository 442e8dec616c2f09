// The iteration protocol: program classes and object literals with [Symbol.iterator]() (a
// method returning an iterator object, or a generator method) in for-of, spread, destructuring,
// Array.from, new Map/Set, yield*; return() on early exits; Array.from's other sources.
import { program } from "../harness";

const RANGE = `
  class Range {
    constructor(private lo: number, private hi: number, private tag = "") {}
    [Symbol.iterator](): Iterator<number> {
      let i = this.lo;
      const hi = this.hi;
      const tag = this.tag;
      return {
        next(): IteratorResult<number> {
          if (i < hi) return { value: i++, done: false };
          return { value: undefined, done: true };
        },
        return(): IteratorResult<number> {
          if (tag) console.log("return", tag);
          return { value: undefined, done: true };
        },
      };
    }
  }
`;

test("for-of over a class whose [Symbol.iterator]() returns an iterator object", () =>
  program`${RANGE}
    for (const x of new Range(0, 4)) console.log(x);
    for (const x of new Range(3, 3)) console.log("never", x);
  `.expectToMatchNode());

test("break out of a for-of calls the iterator's return(); running to the end does not", () =>
  program`${RANGE}
    for (const x of new Range(0, 10, "break")) {
      if (x > 2) break;
      console.log(x);
    }
    for (const x of new Range(0, 2, "end")) console.log(x);
    console.log("after");
  `.expectToMatchNode());

test("return and throw out of a for-of call return() too", () =>
  program`${RANGE}
    function firstOver(n: number): number {
      for (const x of new Range(0, 100, "ret")) if (x > n) return x;
      return -1;
    }
    console.log(firstOver(4));
    try {
      for (const x of new Range(0, 100, "throw")) if (x === 2) throw new Error("boom at " + x);
    } catch (e) {
      console.log((e as Error).message);
    }
  `.expectToMatchNode());

test("continue and labelled break with an iterator", () =>
  program`${RANGE}
    outer: for (const a of new Range(0, 3, "outer")) {
      for (const b of new Range(0, 3, "inner")) {
        if (b === 1) continue;
        if (a === 2) break outer;
        console.log(a, b);
      }
    }
  `.expectToMatchNode());

test("spread of an iterable class into arrays and calls", () =>
  program`${RANGE}
    const r = new Range(1, 5);
    console.log([...r], [0, ...r, 9]);
    console.log(Math.max(...r), Math.min(...new Range(-3, 2)));
    function three(a: number, b: number, c: number) { return a * 100 + b * 10 + c; }
    console.log(three(...(new Range(4, 7) as Iterable<number> as [number, number, number])));
  `.expectToMatchNode());

test("a generator method *[Symbol.iterator]()", () =>
  program`
    class Bag {
      items: string[] = [];
      add(s: string) { this.items.push(s); return this; }
      *[Symbol.iterator]() {
        for (const s of this.items) yield s.toUpperCase();
      }
    }
    const b = new Bag().add("a").add("b").add("c");
    for (const s of b) console.log(s);
    console.log([...b].join("-"), Array.from(b).length);
  `.expectToMatchNode());

test("a generator [Symbol.iterator] runs its finally when a for-of breaks", () =>
  program`
    class Lines {
      *[Symbol.iterator]() {
        try {
          yield "one";
          yield "two";
          yield "three";
        } finally {
          console.log("closed");
        }
      }
    }
    for (const l of new Lines()) {
      console.log(l);
      if (l === "two") break;
    }
    console.log([...new Lines()]);
  `.expectToMatchNode());

test("array destructuring takes only what it binds and calls return()", () =>
  program`${RANGE}
    const [a, b] = new Range(10, 20, "destructure");
    console.log(a, b);
    const [x, , z] = new Range(0, 3, "exact");
    console.log(x, z);
    const [p, q, r] = new Range(0, 1);
    console.log(p, q, r);
  `.expectToMatchNode());

test("array destructuring with a rest element exhausts the iterator", () =>
  program`${RANGE}
    const [first, ...rest] = new Range(0, 5, "rest");
    console.log(first, rest);
    let u: number, v: number[];
    [u, ...v] = new Range(7, 9);
    console.log(u, v);
  `.expectToMatchNode());

test("Array.from of an iterable class, with and without a map function", () =>
  program`${RANGE}
    console.log(Array.from(new Range(0, 4)));
    console.log(Array.from(new Range(0, 4), (x) => x * x));
    console.log(Array.from(new Range(5, 8), (x, i) => x + ":" + i));
  `.expectToMatchNode());

test("new Set and new Map from iterable classes", () =>
  program`
    class Pairs {
      constructor(private keys: string[]) {}
      *[Symbol.iterator](): Generator<[string, number]> {
        let i = 0;
        for (const k of this.keys) yield [k, i++];
      }
    }
    class Repeats {
      *[Symbol.iterator]() { yield 1; yield 2; yield 1; yield 3; yield 2; }
    }
    const m = new Map(new Pairs(["a", "b", "a"]));
    console.log(m.size, m.get("a"), m.get("b"), [...m.keys()]);
    const s = new Set(new Repeats());
    console.log(s.size, [...s]);
  `.expectToMatchNode());

test("an Iterable<T> parameter takes arrays, strings, Sets, Maps, generators and classes", () =>
  program`${RANGE}
    function show(xs: Iterable<number | string>): string {
      const out: string[] = [];
      for (const x of xs) out.push(typeof x === "number" ? x.toFixed(1) : x);
      return out.join(",");
    }
    function* gen() { yield "g1"; yield "g2"; }
    console.log(show([1, 2, 3]));
    console.log(show("héllo"));
    console.log(show(new Set([3, 1, 3])));
    console.log(show(new Map([["k", 1]]).keys()), show(new Map([["k", 1]]).values()));
    console.log(show(gen()));
    console.log(show(new Range(2, 5)));
  `.expectToMatchNode());

test("breaking out of a for-of over an Iterable<T> parameter closes what it holds", () =>
  program`${RANGE}
    function firstTwo(xs: Iterable<number>): number[] {
      const out: number[] = [];
      for (const x of xs) {
        if (out.length === 2) break;
        out.push(x);
      }
      return out;
    }
    function* g() {
      try { yield 1; yield 2; yield 3; } finally { console.log("gen closed"); }
    }
    console.log(firstTwo([5, 6, 7]), firstTwo(g()), firstTwo(new Range(0, 9, "param")));
  `.expectToMatchNode());

test("an object literal with a [Symbol.iterator] generator method", () =>
  program`
    const letters = {
      word: "abc",
      *[Symbol.iterator]() {
        for (const c of this.word) yield c + c;
      },
    };
    console.log([...letters]);
    for (const x of letters) console.log(x);
    console.log(Object.keys(letters), JSON.stringify(letters));
  `.expectToMatchNode());

test("an object literal [Symbol.iterator]() returning a plain iterator object", () =>
  program`
    function countdown(n: number): Iterable<number> {
      return {
        [Symbol.iterator]() {
          let k = n;
          return {
            next(): IteratorResult<number> {
              return k > 0 ? { value: k--, done: false } : { value: undefined, done: true };
            },
          };
        },
      };
    }
    console.log([...countdown(3)], Array.from(countdown(2)));
    for (const x of countdown(4)) if (x % 2 === 0) console.log("even", x);
  `.expectToMatchNode());

test("each for-of gets a fresh iterator: nested loops over one iterable", () =>
  program`${RANGE}
    const r = new Range(0, 3);
    const pairs: string[] = [];
    for (const a of r) for (const b of r) if (a < b) pairs.push(a + "" + b);
    console.log(pairs);
  `.expectToMatchNode());

test("a class that is its own iterator ([Symbol.iterator]() returns this)", () =>
  program`
    class Counter implements IterableIterator<number> {
      private n = 0;
      constructor(private limit: number) {}
      next(): IteratorResult<number> {
        if (this.n < this.limit) return { value: ++this.n, done: false };
        return { value: undefined, done: true };
      }
      [Symbol.iterator]() { return this; }
    }
    const c = new Counter(5);
    console.log(c.next().value, c.next().value);
    console.log([...c]);
    console.log([...c]);
  `.expectToMatchNode());

test("manual next() calls on an iterator object and on an Iterator-typed generator", () =>
  program`${RANGE}
    const it = new Range(0, 2)[Symbol.iterator]();
    let r = it.next();
    while (!r.done) {
      console.log("value", r.value);
      r = it.next();
    }
    console.log(r.done, r.value);
    function* g() { yield "a"; return "end"; }
    const gi: Iterator<string, string> = g();
    const a = gi.next();
    const b = gi.next();
    console.log(a.value, a.done, b.value, b.done);
  `.expectToMatchNode());

test("a subclass inherits the iteration of its base and can override it", () =>
  program`
    class Base {
      constructor(protected xs: number[]) {}
      *[Symbol.iterator]() { yield* this.xs; }
    }
    class Doubled extends Base {
      *[Symbol.iterator]() { for (const x of this.xs) yield x * 2; }
    }
    class Same extends Base {}
    console.log([...new Base([1, 2])], [...new Doubled([1, 2])], [...new Same([3])]);
  `.expectToMatchNode());

test("yield* over an iterable class, and its completion value", () =>
  program`${RANGE}
    function* both() {
      yield* new Range(0, 2);
      yield* [10, 11];
      yield "done";
    }
    console.log([...both()]);
  `.expectToMatchNode());

test("an infinite iterator consumed with a break", () =>
  program`
    class Naturals {
      *[Symbol.iterator]() {
        let n = 0;
        while (true) yield n++;
      }
    }
    let total = 0;
    for (const n of new Naturals()) {
      if (n > 100) break;
      total += n;
    }
    console.log(total);
    const [a, b, c] = new Naturals();
    console.log(a, b, c);
  `.expectToMatchNode());

test("iterator results that leave out value or done", () =>
  program`
    class Short {
      [Symbol.iterator](): Iterator<number> {
        let i = 0;
        return {
          next() {
            i++;
            if (i > 3) return { done: true } as IteratorResult<number>;
            return { value: i * 7 } as IteratorResult<number>;
          },
        };
      }
    }
    console.log([...new Short()]);
  `.expectToMatchNode());

test("an iterator whose next() throws: the error reaches the loop's catch, return() is not called", () =>
  program`
    class Faulty {
      [Symbol.iterator](): Iterator<number> {
        let i = 0;
        return {
          next() {
            if (++i === 3) throw new Error("next failed");
            return { value: i, done: false };
          },
          return() {
            console.log("return");
            return { value: undefined, done: true };
          },
        };
      }
    }
    try {
      for (const x of new Faulty()) console.log(x);
    } catch (e) {
      console.log("caught", (e as Error).message);
    }
  `.expectToMatchNode());

test("an error thrown by return() is dropped when the loop was left by an exception, kept after a break", () =>
  program`
    class Grumpy {
      [Symbol.iterator](): Iterator<number> {
        let i = 0;
        return {
          next: () => ({ value: i++, done: false }),
          return: () => {
            throw new Error("return failed");
          },
        };
      }
    }
    try {
      for (const x of new Grumpy()) if (x === 1) throw new Error("body failed");
    } catch (e) {
      console.log((e as Error).message);
    }
    try {
      for (const x of new Grumpy()) if (x === 1) break;
    } catch (e) {
      console.log((e as Error).message);
    }
  `.expectToMatchNode());

test("console.log of an iterable class instance prints its fields only", () =>
  program`${RANGE}
    console.log(new Range(1, 2));
    console.log(Object.keys(new Range(1, 2)));
  `.expectToMatchNode());

test("for-of destructures the values an iterable class yields", () =>
  program`
    class Grid {
      constructor(private w: number, private h: number) {}
      *[Symbol.iterator](): Generator<[number, number]> {
        for (let y = 0; y < this.h; y++) for (let x = 0; x < this.w; x++) yield [x, y];
      }
    }
    for (const [x, y] of new Grid(2, 2)) console.log(x, y);
    console.log(Array.from(new Grid(3, 1), ([x, y]) => x + y));
  `.expectToMatchNode());

test("Array.from of a string, a Map's entries, a Set and { length: n }", () =>
  program`
    console.log(Array.from("héllo"));
    const m = new Map<string, number>([["a", 1], ["b", 2]]);
    console.log(Array.from(m.entries()), Array.from(m.keys()), Array.from(m.values(), (v) => v * 10));
    console.log(Array.from(new Set([1, 1, 2])));
    console.log(Array.from({ length: 4 }, (_, i) => i * i));
    console.log(Array.from({ length: 3 }));
    console.log(Array.from("abc", (c, i) => c + i));
  `.expectToMatchNode());

test("Array.from of a generator with a map function using the index", () =>
  program`
    function* letters() { yield "x"; yield "y"; yield "z"; }
    console.log(Array.from(letters(), (c, i) => c.repeat(i + 1)));
  `.expectToMatchNode());

test("iterating a class in a closure-heavy pipeline", () =>
  program`${RANGE}
    const evens = [...new Range(0, 10)].filter((x) => x % 2 === 0).map((x) => x * 3);
    console.log(evens, evens.reduce((a, b) => a + b, 0));
  `.expectToMatchNode());

test("a linked list made iterable with a generator method", () =>
  program`
    class Node2<T> {
      constructor(public value: T, public next: Node2<T> | null = null) {}
    }
    class List<T> {
      private head: Node2<T> | null = null;
      push(v: T) { this.head = new Node2(v, this.head); }
      *[Symbol.iterator](): Generator<T> {
        for (let n = this.head; n; n = n.next) yield n.value;
      }
    }
    const l = new List<string>();
    l.push("c"); l.push("b"); l.push("a");
    console.log([...l].join(""));
    let n = 0;
    for (const _ of l) n++;
    console.log(n);
  `.expectToMatchNode());

test("an iterator's return() sees the loop variable's last value through shared state", () =>
  program`
    class Tracked {
      last = -1;
      [Symbol.iterator](): Iterator<number> {
        let i = 0;
        const self = this;
        return {
          next() { self.last = i; return { value: i++, done: false }; },
          return() { console.log("stopped at", self.last); return { value: undefined, done: true }; },
        };
      }
    }
    const t = new Tracked();
    for (const x of t) if (x === 4) break;
    console.log(t.last);
  `.expectToMatchNode());

test("Symbol.asyncIterator is refused", () =>
  program`
    class A {
      async *[Symbol.asyncIterator]() { yield 1; }
    }
    console.log(new A());
  `.expectDiagnostic("TSMPY1604", 2));

test("other well-known symbols as member names are refused", () =>
  program`
    class A {
      get [Symbol.toStringTag]() { return "A"; }
    }
    console.log(String(new A()));
  `.expectDiagnostic("TSMPY1604", 2));

test("reading [Symbol.iterator] of an array is refused", () =>
  program`
    const xs = [1, 2];
    const it = xs[Symbol.iterator]();
    console.log(it.next().value);
  `.expectDiagnostic("TSMPY1605", 2));

test("a static [Symbol.iterator] is refused", () =>
  program`
    class A {
      static *[Symbol.iterator]() { yield 1; }
    }
    console.log(A.name);
  `.expectDiagnostic("TSMPY1308", 2));

test("[Symbol.iterator] in an object literal with spread is refused", () =>
  program`
    const base = { a: 1 };
    const o = { ...base, *[Symbol.iterator]() { yield 1; } };
    console.log(o.a);
  `.expectDiagnostic("TSMPY1401", 2));
