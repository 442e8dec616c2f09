// Generators: traps first (finally on break, yield expression values, yield*'s value, laziness,
// destructuring taking only what it binds), then the ordinary uses.
import { program } from "../harness";

test("break out of a for-of closes the generator: its finally runs before the loop's next statement", () =>
  program`
    function* g() {
      try {
        yield 1;
        yield 2;
        yield 3;
      } finally {
        console.log("cleanup");
      }
    }
    for (const x of g()) {
      console.log(x);
      if (x === 2) break;
    }
    console.log("after");
  `.expectToMatchNode());

test("return and throw out of a for-of close the generator too", () =>
  program`
    function* g(tag: string) {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        console.log("closed", tag);
      }
    }
    function first(): number {
      for (const x of g("ret")) {
        if (x > 1) return x;
      }
      return -1;
    }
    console.log(first());
    try {
      for (const x of g("throw")) {
        if (x === 3) throw new Error("stop at " + x);
      }
    } catch (e) {
      console.log((e as Error).message);
    }
  `.expectToMatchNode());

test("labelled break and continue across a generator loop", () =>
  program`
    function* g(n: number) {
      try { for (let i = 0; i < n; i++) yield i; } finally { console.log("done", n); }
    }
    outer: for (const a of [1, 2, 3]) {
      for (const b of g(4)) {
        if (b === 1 && a === 1) continue outer;
        if (a === 3) break outer;
        console.log(a, b);
      }
    }
  `.expectToMatchNode());

test("yield as an expression receives next(v)'s argument; the first next's argument is dropped", () =>
  program`
    function* acc(): Generator<number, string, number> {
      let total = 0;
      while (total < 10) {
        const v = yield total;
        console.log("got", v);
        total += v;
      }
      return "total " + total;
    }
    const it = acc();
    console.log(it.next(100));
    console.log(it.next(3));
    console.log(it.next(4));
    console.log(it.next(5));
    console.log(it.next(6));
  `.expectToMatchNode());

test("yield* gives the inner generator's return value", () =>
  program`
    function* inner(): Generator<number, string> {
      yield 1;
      yield 2;
      return "inner done";
    }
    function* outer() {
      const r = yield* inner();
      console.log("inner returned", r);
      yield* [10, 20];
      yield* "ab";
      return 99;
    }
    const it = outer();
    let r = it.next();
    while (!r.done) {
      console.log(r.value);
      r = it.next();
    }
    console.log(r);
  `.expectToMatchNode());

test("generators are lazy: producer and consumer interleave", () =>
  program`
    function* g() {
      console.log("start");
      for (let i = 0; i < 3; i++) {
        console.log("produce", i);
        yield i;
      }
      console.log("end");
    }
    const it = g();
    console.log("created");
    for (const x of it) console.log("consume", x);
    console.log([...g()].length);
  `.expectToMatchNode());

test("array destructuring takes only what it binds and closes the generator", () =>
  program`
    function* naturals() {
      let n = 0;
      try {
        while (true) {
          console.log("yield", n);
          yield n++;
        }
      } finally {
        console.log("closed");
      }
    }
    const [a, b] = naturals();
    console.log(a, b);
    const [, second, , fourth] = naturals();
    console.log(second, fourth);
    function* two() { yield "x"; yield "y"; }
    const [p, q, r = "default"] = two();
    console.log(p, q, r);
    const [h, ...rest] = two();
    console.log(h, rest);
    let u: string | undefined, w: string | undefined;
    [u, w] = two();
    console.log(u, w);
  `.expectToMatchNode());

test("return() runs finally blocks and completes; next() after it is done", () =>
  program`
    function* g(): Generator<number, number> {
      try {
        yield 1;
        yield 2;
      } finally {
        console.log("finally");
      }
      return 0;
    }
    const it = g();
    console.log(it.next());
    console.log(it.return(42));
    console.log(it.next());
    const fresh = g();
    console.log(fresh.return(7));
    console.log(fresh.next());
  `.expectToMatchNode());

test("throw() raises inside the generator where it is paused", () =>
  program`
    function* g() {
      let i = 0;
      while (true) {
        try {
          yield i++;
        } catch (e) {
          console.log("caught", (e as Error).message);
          i = 100;
        }
      }
    }
    const it = g();
    console.log(it.next().value);
    console.log(it.next().value);
    console.log(it.throw(new Error("boom")).value);
    console.log(it.next().value);
    function* h() { yield 1; }
    const it2 = h();
    it2.next();
    try {
      it2.throw(new Error("uncaught"));
    } catch (e) {
      console.log("outside", (e as Error).message);
    }
    console.log(it2.next());
  `.expectToMatchNode());

test("return value of a generator is not seen by for-of or spread", () =>
  program`
    function* g() {
      yield "a";
      return "hidden";
    }
    for (const x of g()) console.log(x);
    console.log([...g()], Array.from(g()));
    const it = g();
    console.log(it.next(), it.next(), it.next());
  `.expectToMatchNode());

test("infinite generator consumed with break", () =>
  program`
    function* fib() {
      let [a, b] = [0, 1];
      while (true) {
        yield a;
        [a, b] = [b, a + b];
      }
    }
    const out: number[] = [];
    for (const f of fib()) {
      if (f > 100) break;
      out.push(f);
    }
    console.log(out.join(" "));
  `.expectToMatchNode());

test("spread and Array.from of generators, with a map callback", () =>
  program`
    function* range(start: number, end: number, step = 1) {
      for (let i = start; i < end; i += step) yield i;
    }
    console.log([...range(0, 5)], [0, ...range(5, 10, 2), 99]);
    console.log(Array.from(range(1, 4)), Array.from(range(1, 4), (x) => x * x));
    console.log(Math.max(...range(0, 7)));
  `.expectToMatchNode());

test("a generator object is consumed once", () =>
  program`
    function* g() { yield 1; yield 2; yield 3; }
    const it = g();
    for (const x of it) {
      console.log("first loop", x);
      break;
    }
    for (const x of it) console.log("second loop", x);
    const it2 = g();
    console.log(it2.next().value, [...it2], [...it2]);
  `.expectToMatchNode());

test("generator with no yield and a bare return", () =>
  program`
    function* empty() {
      console.log("ran");
    }
    function* early(stop: boolean) {
      yield 1;
      if (stop) return;
      yield 2;
    }
    console.log([...empty()], [...early(true)], [...early(false)]);
    console.log(empty().next());
  `.expectToMatchNode());

test("yield without a value yields undefined; next() without an argument sends undefined", () =>
  program`
    function* g(): Generator<number | undefined, void, number | undefined> {
      const a = yield;
      console.log("a is", a);
      const b = yield 5;
      console.log("b is", b);
    }
    const it = g();
    console.log(it.next());
    console.log(it.next());
    console.log(it.next(8));
  `.expectToMatchNode());

test("yield inside expressions keeps evaluation order", () =>
  program`
    function* g(): Generator<string, void, number> {
      const parts: number[] = [];
      parts.push((yield "first") * 2, (yield "second") + 1);
      console.log(parts);
      console.log("sum", (yield "a") + (yield "b"));
    }
    const it = g();
    console.log(it.next().value);
    console.log(it.next(10).value);
    console.log(it.next(20).value);
    console.log(it.next(3).value);
    console.log(it.next(4));
  `.expectToMatchNode());

test("generator function expressions and closures over parameters", () =>
  program`
    const repeat = function* (s: string, n: number) {
      for (let i = 0; i < n; i++) yield s + i;
    };
    console.log([...repeat("x", 3)]);
    function counterFrom(start: number) {
      let calls = 0;
      const gen = function* named() {
        while (true) {
          calls++;
          yield start++;
        }
      };
      return { gen, calls: () => calls };
    }
    const c = counterFrom(5);
    const it = c.gen();
    console.log(it.next().value, it.next().value, c.calls());
  `.expectToMatchNode());

test("generators delegating recursively (tree walk)", () =>
  program`
    interface Tree { value: number; children: Tree[] }
    function* walk(t: Tree, depth = 0): Generator<string> {
      yield " ".repeat(depth) + t.value;
      for (const c of t.children) yield* walk(c, depth + 1);
    }
    const tree: Tree = { value: 1, children: [{ value: 2, children: [{ value: 4, children: [] }] }, { value: 3, children: [] }] };
    for (const line of walk(tree)) console.log(line);
  `.expectToMatchNode());

test("pipelines of generators (map, filter, take) stay lazy", () =>
  program`
    function* naturals() { let n = 1; while (true) { console.log("n", n); yield n++; } }
    function* map<T, U>(xs: Generator<T>, f: (x: T) => U): Generator<U> { for (const x of xs) yield f(x); }
    function* filter<T>(xs: Generator<T>, p: (x: T) => boolean): Generator<T> { for (const x of xs) if (p(x)) yield x; }
    function* take<T>(xs: Generator<T>, n: number): Generator<T> {
      if (n <= 0) return;
      for (const x of xs) {
        yield x;
        if (--n <= 0) return;
      }
    }
    console.log([...take(filter(map(naturals(), (x) => x * x), (x) => x % 2 === 1), 3)]);
  `.expectToMatchNode());

test("finally with yields completes normally in for-of", () =>
  program`
    function* g() {
      try {
        yield 1;
      } finally {
        console.log("finally 1");
      }
      try {
        yield 2;
        return 3;
      } finally {
        console.log("finally 2");
      }
    }
    for (const x of g()) console.log(x);
    console.log("end");
  `.expectToMatchNode());

test("an exception inside the generator reaches the consumer", () =>
  program`
    function* g() {
      yield 1;
      throw new Error("bad item");
    }
    try {
      for (const x of g()) console.log(x);
    } catch (e) {
      console.log("caught", (e as Error).message);
    }
    const it = g();
    it.next();
    try { it.next(); } catch (e) { console.log("next threw", (e as Error).message); }
    console.log(it.next());
  `.expectToMatchNode());

test("for-of over a generator with destructuring targets and continue", () =>
  program`
    function* pairs(): Generator<[string, number]> {
      yield ["a", 1];
      yield ["b", 2];
      yield ["c", 3];
    }
    for (const [k, v] of pairs()) {
      if (v === 2) continue;
      console.log(k, v);
    }
    let last = "";
    for ([last] of pairs()) {}
    console.log(last);
  `.expectToMatchNode());

test("generators with yield in loops, conditionals and nested functions", () =>
  program`
    function* chunks<T>(xs: T[], size: number): Generator<T[]> {
      for (let i = 0; i < xs.length; i += size) yield xs.slice(i, i + size);
    }
    console.log([...chunks([1, 2, 3, 4, 5], 2)]);
    function* words(s: string) {
      let cur = "";
      for (const ch of s) {
        if (ch === " ") {
          if (cur) yield cur;
          cur = "";
        } else cur += ch;
      }
      if (cur) yield cur;
    }
    console.log([...words("  hello big   world ")]);
  `.expectToMatchNode());

test("manual iteration loop with next() and done", () =>
  program`
    function* letters() { yield "x"; yield "y"; }
    const it = letters();
    for (let r = it.next(); !r.done; r = it.next()) console.log(r.value, r.done);
    const r = it.next();
    console.log(r.value === undefined, r.done, JSON.stringify(r));
  `.expectToMatchNode());

test("generator constant parameter defaults", () =>
  program`
    function* count(n = 3, label: string | null = null) {
      for (let i = 0; i < n; i++) yield (label ?? "n") + i;
    }
    console.log([...count()], [...count(2, "k")]);
  `.expectToMatchNode());

test("state shared between two generators of one closure", () =>
  program`
    let shared = 0;
    function* bump(tag: string) {
      while (shared < 6) {
        shared++;
        yield tag + shared;
      }
    }
    const a = bump("a");
    const b = bump("b");
    console.log(a.next().value, b.next().value, a.next().value, b.next().value);
    console.log([...a], [...b]);
  `.expectToMatchNode());

test("a generator's arguments are evaluated at the call, its body at the first next()", () =>
  program`
    function arg(x: number) { console.log("arg", x); return x; }
    function* g(a: number, b: number) {
      console.log("body", a, b);
      yield a + b;
    }
    const it = g(arg(1), arg(2));
    console.log("called");
    console.log(it.next().value);
  `.expectToMatchNode());

test("non-constant parameter defaults of generators are refused", () =>
  program`
    function f() { return 1; }
    function* g(a = f()) { yield a; }
    console.log([...g()]);
  `.expectDiagnostic("TSMPY1006", 2));

test("destructured parameters of generators are refused", () =>
  program`
    function* g({ a }: { a: number }) { yield a; }
    console.log([...g({ a: 1 })]);
  `.expectDiagnostic("TSMPY1006", 1));

test("yield in every expression position (??, ||, &&, ?:, template, +=, index, literals, new)", () =>
  program`
    class P { constructor(public v: unknown) {} }
    function* g(): Generator<unknown, void, any> {
      let x: number | null = null;
      const a = x ?? (yield "nullish");
      const b = a || (yield "or");
      const c = b && (yield "and");
      const d = c ? yield "then" : yield "else";
      const e = \`t\${yield "tmpl"}\`;
      let n = 1;
      n += yield "compound";
      const arr: unknown[] = [0];
      arr[0] = yield "index";
      const o = { k: yield "objlit", m: [yield "arrlit", ...[1]] };
      const p = new P(yield "new");
      const s = "s" + (yield "concat");
      console.log(a, b, c, d, e, n, arr, o, p.v, s);
    }
    const it = g();
    let r = it.next();
    let i = 0;
    while (!r.done) { console.log(r.value); r = it.next(i++ % 2 ? 10 + i : 0); }
  `.expectToMatchNode());

test("a yield whose lowering would land in a comprehension is refused, not miscompiled", () =>
  program`
    function* g(): Generator<number, void, number[]> {
      console.log("values", ...(yield 1));
    }
    g().next();
  `.expectDiagnostic("TSMPY1006", 1));
