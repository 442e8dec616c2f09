import { program as base, ProgramCase } from "../harness";

// Entry named app.ts (main.ts is a reserved module name on the device).
const program = (s: TemplateStringsArray, ...v: unknown[]) => new ProgramCase({ "app.ts": Object.values(base(s, ...v).files)[0] }, "app.ts");

test("sort puts undefined last and returns the same array", () =>
  program`
    const xs: (number | undefined)[] = [3, undefined, 1, 20];
    const r = xs.sort();
    console.log(r === xs, JSON.stringify(xs));
    const ys: (number | undefined)[] = [undefined, 2, 1];
    ys.sort((a, b) => (a as number) - (b as number));
    console.log(JSON.stringify(ys));
  `.expectToMatchNode());

test("stable sort of many equal keys", () =>
  program`
    const items: { k: number; i: number }[] = [];
    for (let i = 0; i < 40; i++) items.push({ k: i % 3, i });
    items.sort((a, b) => a.k - b.k);
    console.log(items.map((it) => it.i).join(","));
    const byLen = ["ccc", "a", "bb", "dd", "e", "fff", "g"];
    byLen.sort((a, b) => a.length - b.length);
    console.log(byLen.join(","));
  `.expectToMatchNode());

test("sort with boolean-like and NaN comparator results", () =>
  program`
    const xs = [3, 1, 2];
    xs.sort((a, b) => (a > b ? 1 : -1));
    console.log(xs.join(","));
    const ys = [3, 1, 2];
    ys.sort(() => NaN);
    console.log(ys.join(","));
    const zs = [1, 2, 3];
    zs.sort(() => 0);
    console.log(zs.join(","));
  `.expectToMatchNode());

test("splice edge cases", () =>
  program`
    const a = [1, 2, 3];
    console.log(JSON.stringify(a.splice(1, -5)), JSON.stringify(a));
    console.log(JSON.stringify(a.splice(10, 1, 9)), JSON.stringify(a));
    console.log(JSON.stringify(a.splice(-100, 1)), JSON.stringify(a));
    const b = [1, 2, 3, 4];
    const removed = b.splice(1, 2)[0];
    console.log(removed, JSON.stringify(b));
  `.expectToMatchNode());

test("indexOf, lastIndexOf and fill with negative positions", () =>
  program`
    const xs = [1, 2, 1, 2, 1];
    console.log(xs.indexOf(1, -2), xs.indexOf(2, -100), xs.lastIndexOf(1, -2), xs.lastIndexOf(2, -100), xs.lastIndexOf(1, 100));
    console.log([0, 0, 0, 0].fill(5, -3, -1).join(","), [0, 0].fill(1, 5).join(","), [0, 0, 0].fill(2, 1.5).join(","));
  `.expectToMatchNode());

test("concat flattens one level; join of nested values", () =>
  program`
    const xs: (number | number[])[] = [1];
    const ys = xs.concat([2, [3, 4]], 5);
    console.log(JSON.stringify(ys), ys.length);
    const nested: (number | null | (number | null)[])[] = [1, null, [2, null, 3]];
    console.log(nested.join("-"), String(nested));
  `.expectToMatchNode());

test("at with fractional index and Array.from on astral strings", () =>
  program`
    const xs = [10, 20, 30];
    console.log(xs.at(1.7), xs.at(-1.2), xs.at(NaN));
    const chars = Array.from("a😀b");
    console.log(chars.length, chars[1] === "😀");
  `.expectToMatchNode());

test("every, some, find on empty arrays and with indices", () =>
  program`
    const e: number[] = [];
    console.log(e.every((x) => x > 100), e.some((x) => x > 0), e.find((x) => true), e.findIndex((x) => true));
    const xs = [4, 5, 6];
    console.log(xs.findIndex((x, i) => x + i === 7), xs.every((x, i) => x - i === 4), xs.find((x, i, arr) => arr[i + 1] === undefined));
  `.expectToMatchNode());

test("reduce and reduceRight with all callback parameters", () =>
  program`
    const xs = [1, 2, 3];
    console.log(xs.reduce((acc, x, i, arr) => acc + x * i + arr.length, 0));
    console.log(xs.reduceRight((acc, x, i) => acc + "(" + x + "@" + i + ")", ">"));
    console.log(xs.reduceRight((a, b) => a * 10 + b));
    const objs = [{ n: 1 }, { n: 2 }];
    console.log(objs.reduce((s, o) => s + o.n, 0));
  `.expectToMatchNode());

test("map with destructured parameters and type guards in filter", () =>
  program`
    const pairs: [string, number][] = [["a", 1], ["b", 2]];
    console.log(pairs.map(([k, v]) => k + v).join(","));
    console.log(pairs.map(([k, v], i) => k.repeat(v + i)).join(","));
    const mixed: (number | string)[] = [1, "a", 2, "b"];
    const nums = mixed.filter((x): x is number => typeof x === "number");
    console.log(nums.reduce((a, b) => a + b, 0));
    const objs = [1, 2].map((n) => ({ n, sq: n * n }));
    console.log(JSON.stringify(objs));
  `.expectToMatchNode());

test("closures created in map keep their own values", () =>
  program`
    const adders = [1, 2, 3].map((n) => (x: number) => x + n);
    console.log(adders.map((f) => f(10)).join(","));
    const labels = ["a", "b"].map((s, i) => () => s + i);
    console.log(labels.map((f) => f()).join(","));
  `.expectToMatchNode());

test("nested comprehensions and chained callbacks", () =>
  program`
    const grid = [[1, 2, 3], [4, 5, 6]];
    console.log(JSON.stringify(grid.map((row) => row.filter((v) => v % 2 === 1))));
    console.log(grid.map((row, r) => row.map((v, c) => v * (r + c)).join(" ")).join("|"));
    const flat = grid.flat().filter((v) => v > 2).map((v) => v * v);
    console.log(flat.join(","), flat.some((v) => v > 30), flat.every((v) => v > 5));
  `.expectToMatchNode());

test("push with spread of many values and length after truncation", () =>
  program`
    const xs: number[] = [];
    const big = Array.from({ length: 50 }, (_, i) => i);
    xs.push(...big);
    xs.push(...big.slice(0, 5), 99);
    console.log(xs.length, xs[54], xs.at(-1));
    xs.length = 3;
    console.log(xs.join(","), xs.length);
  `.expectToMatchNode());

test("includes and indexOf distinguish types", () =>
  program`
    const xs: (number | string | boolean | null)[] = [1, "1", true, null, 0];
    console.log(xs.indexOf("1"), xs.indexOf(true), xs.indexOf(null), xs.indexOf(false), xs.includes(0), xs.indexOf(1));
  `.expectToMatchNode());

test("forEach with index and with a named function", () =>
  program`
    const out: string[] = [];
    ["x", "y"].forEach((v, i) => out.push(v + i));
    function note(v: number) { out.push("n" + v); }
    [7, 8].forEach(note);
    console.log(out.join(","));
    const shrink = [1, 2, 3, 4];
    shrink.forEach((v) => { if (v === 2) shrink.pop(); out.push(String(v)); });
    console.log(out.join(","), shrink.length);
  `.expectToMatchNode());

test("new Array(n).fill(v) and its evaluation order", () =>
  program`
    const n = 4;
    console.log(new Array(3).fill(0).join(","), new Array(n).fill("x").join(""), Array(2).fill(null).length, new Array(0).fill(1).length);
    const shared = new Array(2).fill([] as number[]);
    shared[0].push(1);
    console.log(JSON.stringify(shared));
    const log: string[] = [];
    const len = () => { log.push("len"); return 2; };
    const val = () => { log.push("val"); return 7; };
    console.log(new Array(len()).fill(val()).join(","), log.join(","));
    try {
      new Array(n - 4.5).fill(0);
    } catch (e) {
      console.log(e instanceof RangeError, (e as Error).message);
    }
  `.expectToMatchNode());

test("callback arity comes from the function itself, not a narrower type", () =>
  program`
    const addIndex: (x: number) => number = (x: number, i: number = 100) => x + i;
    console.log([1, 2, 3].map(addIndex).join(","));
    function tag(x: number, i?: number): string { return x + ":" + i; }
    const f: (x: number) => string = tag;
    console.log([5, 6].map(tag).join(","), [5, 6].map(f).join(","));
  `.expectToMatchNode());

test("numeric comparators use a fast path with JS results", () =>
  program`
    const xs = [5, -1, 3.5, 10, 2, 2];
    console.log(xs.sort((a, b) => a - b).join(","), xs.sort((a, b) => b - a).join(","));
    const zs = [0, -0, 1, -0, 0];
    zs.sort((a, b) => a - b);
    console.log(zs.map((z) => (Object.is(z, -0) ? "-0" : String(z))).join(","));
    const ns = [3, NaN, 1, 2, NaN, 0];
    ns.sort((a, b) => a - b);
    console.log(ns.join(","));
    const big = Array.from({ length: 200 }, (_, i) => (i * 7919) % 211);
    big.sort((x, y) => { return y - x; });
    console.log(big.slice(0, 5).join(","), big.slice(-3).join(","));
  `.expectToMatchNode());

test("inconsistent comparators on short arrays order like V8", () =>
  program`
    const xs = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0];
    console.log(xs.slice().sort((a, b) => (a % 3) - (b % 2)).join(","));
    console.log(xs.slice().sort(() => -1).join(","), xs.slice().sort(() => 1).join(","));
    console.log(xs.slice().sort((a, b) => (a > 4 ? 1 : -1) * (b > 2 ? 1 : -1)).join(","));
    console.log([9, 8, 7, 1, 2].sort((a, b) => a - b).join(","), [3, 2, 1].sort((a, b) => b - a).join(","));
  `.expectToMatchNode());

test("assigning length truncates; invalid lengths throw RangeError (no silent wrap or growth)", () =>
  program`
    const a = [1, 2, 3, 4];
    a.length = 2;
    console.log(a);
    let n = 1;
    a.length = n;
    console.log(a, a.length);
    try { a.length = -1; } catch (e) { console.log((e as Error).name, (e as Error).message); }
    try { a.length = 1.5; } catch (e) { console.log((e as Error).name, (e as Error).message); }
    a.length = 1.0;
    console.log(a);
    a.length = 0;
    console.log(a);
  `.expectToMatchNode());

test("callbacks that shrink or grow the array they iterate: filter, flatMap, some, every, reduce, find*", () =>
  program`
    const log: string[] = [];
    const a = [5, 1, 4, 7];
    console.log(a.filter((x, i) => { if (i === 0) a.pop(); log.push("f" + x); return x > 1; }), a);
    const b = [1, 2, 3];
    console.log(b.flatMap((x) => { if (x === 1) b.length = 1; return [x, x]; }), b);
    const c = [1, 2, 3, 4];
    console.log(c.some((x) => { c.length = 2; log.push("s" + x); return x > 2; }), c);
    const d = [1, 2, 3, 4];
    console.log(d.every((x) => { if (x === 1) d.splice(1, 2); log.push("e" + x); return x < 9; }), d);
    const e = [1, 2, 3, 4];
    console.log(e.reduce((s, x) => { if (x === 2) e.pop(); return s + x; }, 0), e);
    const f = [1, 2, 3, 4];
    console.log(f.reduceRight((s, x) => { if (x === 4) f.splice(1, 2); log.push("r" + x); return s + x; }, 0), f);
    const g = [1, 2, 3];
    console.log(g.find((x) => { g.length = 1; log.push("g" + (x as number | undefined)); return x === undefined; }), g);
    const h = [1, 2, 3];
    console.log(h.findIndex((x) => { h.length = 1; return x === undefined; }), h.findLast((x) => x > 5));
    const k = [1, 2, 3];
    console.log(k.findLast((x, i) => { if (i === 2) k.length = 0; log.push("l" + (x as number | undefined)); return false; }), k);
    const m = [1, 2, 3];
    console.log(m.findLastIndex((x, i) => { if (i === 2) k.length = 0, m.length = 1; return x === undefined && i === 1; }));
    const grow = [1, 2];
    console.log(grow.filter((x) => { grow.push(x + 10); return true; }), grow.some((x) => { grow.push(0); return x > 10; }), grow.length);
    console.log(log.join(" "));
  `.expectToMatchNode());
