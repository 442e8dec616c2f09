import { program } from "../harness";

test("object literals keep JS key order", () =>
  program`
    const o = { b: 1, a: "x", c: true };
    console.log(Object.keys(o).join(","));
    for (const k in o) console.log(k);
    console.log(o.a, o.b, o.c);
    o.b = 5;
    console.log(o.b);
    const n = { b: 1, 2: 1, a: 1, 1: 1 };
    console.log(Object.keys(n).join(","));
  `.expectToMatchNode());

test("spread, computed keys, shorthand, nested objects", () =>
  program`
    const a = { x: 1, y: 2 };
    const b = { ...a, z: 3 };
    const c = { z: 0, ...a, x: 9 };
    console.log(b, c, Object.keys(c));
    const name = "dyn";
    const k2 = "k" + 2;
    const d = { [name]: 1, ["lit"]: 2, [k2]: 3, 7: "seven" };
    console.log(d);
    const x = 5, y = "why";
    const e = { x, y, nested: { deep: { deeper: { deepest: 1 } } } };
    console.log(e);
    const arr = [1, 2];
    const f = { ...arr };
    console.log(f[0], f[1]);
    const g = { ...(undefined as { q: number } | undefined), w: 1 };
    console.log(g);
  `.expectToMatchNode());

test("optional properties read as undefined and appear once set", () =>
  program`
    interface Opt { a: number; b?: string; c?: number }
    const o: Opt = { a: 1 };
    console.log(o.b, o.c, o);
    o.c = 3;
    o.b = "bee";
    console.log(o, Object.keys(o));
    o.a = 10;
    console.log(o);
  `.expectToMatchNode());

test("records are ordered dicts with JS key order", () =>
  program`
    const r: Record<string, number> = { b: 1, a: 2 };
    r.c = 3;
    r["1"] = 4;
    console.log(r, r.b, r["zz"], Object.keys(r));
    const byNum: Record<number, string> = {};
    byNum[3] = "three";
    byNum[1] = "one";
    console.log(byNum, byNum[3], byNum[2]);
    const counts: { [word: string]: number } = {};
    for (const w of ["x", "y", "x", "z", "x"]) counts[w] = (counts[w] || 0) + 1;
    console.log(counts);
  `.expectToMatchNode());

test("methods in object literals without this", () =>
  program`
    const calc = {
      base: 10,
      add(a: number, b: number) { return a + b; },
      twice: (n: number) => n * 2,
    };
    console.log(calc.add(1, 2), calc.twice(4), calc.base);
  `.expectToMatchNode());

test("getters and setters in object literals", () =>
  program`
    let log: string[] = [];
    const temp = {
      celsius: 20,
      get fahrenheit() { return this.celsius * 9 / 5 + 32; },
      set fahrenheit(f: number) { log.push("set " + f); this.celsius = (f - 32) * 5 / 9; },
      get label() { return "T=" + this.celsius; },
      name: "probe",
    };
    console.log(temp.fahrenheit, temp.label);
    temp.fahrenheit = 212;
    console.log(temp.celsius, temp.fahrenheit, log, Object.keys(temp));
    console.log(JSON.stringify(temp), Object.values(temp));
    const copy = { ...temp };
    copy.celsius = 0;
    console.log(copy.fahrenheit, temp.celsius, Object.entries(copy));
    const counters: { n: number; readonly double: number }[] = [];
    for (let i = 0; i < 3; i++) counters.push({ n: i, get double() { return this.n * 2; } });
    console.log(counters.map((c) => c.double));
    const wo = { set only(v: number) { log.push("only " + v); } };
    wo.only = 1;
    console.log(log.length, "only" in wo);
  `.expectToMatchNode());

test("printing objects with accessors", () =>
  program`
    let v = 0;
    const o = { a: 1, get x() { return 1; }, set y(n: number) { v = n; }, get z() { return v; }, set z(n: number) { v = n; } };
    console.log(o);
    interface Shape { a: number; readonly x: number }
    const s: Shape = { a: 2, get x() { return this.a; } };
    console.log(s, [s]);
  `.expectToMatchNode());

test("accessors with spread are refused", () =>
  program`
    const base = { a: 1 };
    const o = { ...base, get x() { return 1; } };
  `.expectDiagnostic("TSMPY1401", 2));

test("this in object literal methods is the object", () =>
  program`
    let total = 0;
    const counter = {
      count: 0,
      step: 2,
      inc(by?: number) { this.count += by ?? this.step; total++; return this; },
      show() { return "count=" + this.count; },
      later() { return [1, 2].map((n) => n + this.count); },
    };
    counter.inc().inc(5);
    console.log(counter.show(), counter.later(), total, counter.count);
    const made: { id: number; get(): number }[] = [];
    for (let i = 0; i < 3; i++) made.push({ id: i, get() { return this.id * 10; } });
    console.log(made.map((m) => m.get()));
    function make(name: string) {
      let calls = 0;
      return { name, hello() { calls++; return "hi " + this.name + " " + calls; } };
    }
    const h = make("ann");
    console.log(h.hello(), h.hello(), Object.keys(h));
  `.expectToMatchNode());

test("this in function-valued properties is refused", () =>
  program`
    const o = {
      v: 1,
      m: function () { return this.v; },
    };
  `.expectDiagnostic("TSMPY1010", 3));

test("array reads out of range and negative give undefined", () =>
  program`
    const xs = [10, 20, 30];
    let i = -1;
    console.log(xs[i], xs[0], xs[i] === undefined);
    const s = "abc";
    console.log(s[1], s[i], s[1] + s[2]);
    for (let j = 0; j < xs.length; j++) console.log(xs[j]);
    const ys: number[] = [];
    ys[ys.length] = 1;
    ys[ys.length] = 2;
    console.log(ys);
    const t = xs[i + 2];
    console.log(t);
  `.expectToMatchNode());

test("missing index reads are tested as undefined", () =>
  program`
    const rec: Record<string, number[]> = {};
    (rec["a"] ??= []).push(1);
    (rec["a"] ??= []).push(2);
    console.log(rec);
    if (!rec["zzz"]) console.log("no list");
    const xs = [0, 1];
    console.log(xs[5] ?? "dflt", xs[0] ?? "dflt", xs[7] === undefined, xs[1] || "falsy", xs[0] || "zero");
    const words: string[] = ["a"];
    let i = 0;
    while (words[i]) { console.log(words[i]); i++; }
    const m: { [k: string]: string } = { k: "v" };
    console.log(m.k ?? "none", m.q ?? "none", typeof m.q, m["k"] ? "yes" : "no");
  `.expectToMatchNode());

test("keyword and numeric-like keys", () =>
  program`
    const o = { class: 1, for: "f", print: 3, "01": "a", "1": "b", 10: "c", "-1": "d", "1.5": "e", len: 4 };
    console.log(o, Object.keys(o).join(","));
    console.log(o.class, o.for, o.print, o["01"], o[1], o[10], o["-1"], o["1.5"], o.len);
    o.class = 2;
    console.log(o.class);
  `.expectToMatchNode());

test("plain objects flowing into record-typed code", () =>
  program`
    const obj = { a: 1, b: 2 };
    const r: Record<string, number> = obj;
    r["c"] = 3;
    console.log(r["a"], r["zz"], "b" in r, "q" in r, obj);
    function total(rec: Record<string, number>): number {
      let t = 0;
      for (const k in rec) t += rec[k];
      return t;
    }
    console.log(total(obj), total({ x: 10, y: 20 }));
  `.expectToMatchNode());

test("the in operator on objects, records, arrays and class instances", () =>
  program`
    interface P { a: number; b?: number }
    const p: P = { a: 1 };
    console.log("a" in p, "b" in p);
    p.b = 2;
    console.log("b" in p);
    const r: Record<string, boolean> = { yes: true };
    console.log("yes" in r, "no" in r);
    const xs = [1, 2, 3];
    console.log(0 in xs, 3 in xs, "length" in xs);
    class C { f = 1; m() { return 1; } }
    const c = new C();
    console.log("f" in c, "m" in c, "zz" in c);
  `.expectToMatchNode());

test("reserved keys are refused", () =>
  program`
    const o = { __proto__: null, a: 1 };
  `.expectDiagnostic("TSMPY1402", 1));


test("async methods in object literals are async functions", () =>
  program`
    const o = { async run() { return 1; } };
    o.run().then((v) => console.log("run", v));
    console.log("sync");
  `.expectToMatchNode());

test("object literal methods used as callbacks ignore extra arguments", () =>
  program`
    const tally = { seen: [] as number[], add(n: number) { tally.seen.push(n * 10); } };
    [1, 2, 3].forEach(tally.add);
    console.log(tally.seen);
    const fmt = { one(x: number) { return "<" + x + ">"; } };
    console.log([4, 5].map(fmt.one));
  `.expectToMatchNode());

test("array writes at and past the end extend the array", () =>
  program`
    const arr: number[] = [];
    arr[0] = 1;
    arr[1] = 2;
    arr[2] = 5;
    console.log(arr.length, arr[3], arr[2], arr);

    const grid: number[][] = [[0, 0], [0, 0]];
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) grid[i][j] = i * 2 + j;
    grid[1][1] += 10;
    console.log(grid);
  `.expectToMatchNode());

test("reads that may be out of range: stored, passed, printed", () =>
  program`
    const xs: number[] = [];
    const first = xs[0];
    if (first === undefined) console.log("empty");
    function show(v: number | undefined) { return v === undefined ? "none" : String(v); }
    console.log(show(xs[0]), [xs[0]], xs[0]);
    const ys = [1, 2, 3];
    let sum = 0;
    for (let i = 0; i < ys.length; i++) { sum += ys[i]; const v = ys[i]; sum += v; }
    console.log(sum);
    const zs = [5, 6, 7];
    for (let i = 0; i < zs.length; i++) { if (zs[i] === 6) zs.pop(); console.log(zs[i]); }
  `.expectToMatchNode());

test("keys with underscores", () =>
  program`
    const o = { __x: 1, _p_y: 2, _z: 3, a__: 4 };
    console.log(o, Object.keys(o).join(","), o.__x, o._p_y);
    class Holder {
      data = { __inner: 5 };
      read() { return this.data.__inner; }
    }
    console.log(new Holder().read());
  `.expectToMatchNode());

test("variables holding unchecked reads are tested as possibly undefined", () =>
  program`
    const rec: Record<string, number[]> = { a: [1] };
    for (const k of ["a", "b"]) {
      const list = rec[k];
      if (!list) { console.log(k, "missing"); continue; }
      console.log(k, list.length);
    }
    const xs = [0, 5];
    for (let i = 0; i < 3; i++) {
      const v = xs[i];
      console.log(v ?? "none", v === undefined, v || "falsy");
    }
  `.expectToMatchNode());
