import { program as base, ProgramCase } from "../harness";

// Entry named app.ts (main.ts is a reserved module name on the device).
const program = (s: TemplateStringsArray, ...v: unknown[]) => new ProgramCase({ "app.ts": Object.values(base(s, ...v).files)[0] }, "app.ts");

test("push, pop, shift, unshift and their values", () =>
  program`
    const xs: number[] = [1, 2, 3];
    xs.push(4);
    xs.push(5, 6);
    const n = xs.push(7);
    console.log(n, xs.length, xs.join(","));
    const p = xs.pop();
    const s = xs.shift();
    console.log(p, s, xs.join(","));
    xs.pop();
    xs.shift();
    console.log(xs.join(","));
    const m = xs.unshift(0, -1);
    xs.unshift(9);
    console.log(m, xs.join(","));
    const e: number[] = [];
    console.log(e.pop(), e.shift(), e.length);
    e.pop();
    const ys = [1, 2];
    ys.push(...[3, 4]);
    console.log(ys.push(...[5]), ys.join("-"));
  `.expectToMatchNode());

test("slice with negative and out-of-range indices", () =>
  program`
    const xs = [1, 2, 3, 4, 5];
    console.log(xs.slice(1, 3).join(","), xs.slice(-2).join(","), xs.slice(2).join(","), xs.slice().join(","));
    console.log(xs.slice(-10, 2).join(","), xs.slice(3, 1).length, xs.slice(1, -1).join(","), xs.slice(10).length);
    const a = 1, b = -1;
    console.log(xs.slice(a, b).join(","), xs.slice(a + 0.5).join(","), xs.slice(NaN, 2).join(","));
  `.expectToMatchNode());

test("splice in all forms", () =>
  program`
    const xs = [1, 2, 3, 4, 5, 6];
    const r1 = xs.splice(1, 2);
    console.log(r1.join(","), xs.join(","));
    const r2 = xs.splice(1, 0, 10, 11);
    console.log(r2.length, xs.join(","));
    const r3 = xs.splice(-2);
    console.log(r3.join(","), xs.join(","));
    const r4 = xs.splice(1, 1, 99);
    console.log(r4.join(","), xs.join(","));
    xs.splice(0, 100);
    console.log(xs.length);
    const ys = [1, 2, 3];
    ys.splice(1);
    console.log(ys.join(","));
  `.expectToMatchNode());

test("concat, indexOf, lastIndexOf, includes with NaN", () =>
  program`
    const xs = [1, 2, 3, 2, NaN];
    console.log(xs.concat([4, 5]).join(","), xs.concat().length, [1].concat([2], [3, 4]).join(","));
    console.log(xs.indexOf(2), xs.lastIndexOf(2), xs.indexOf(7), xs.indexOf(NaN), xs.includes(NaN), xs.includes(3), xs.includes(9));
    console.log(xs.indexOf(2, 2), xs.lastIndexOf(2, 2), xs.includes(1, 1));
    const ss = ["a", "b"];
    console.log(ss.includes("b"), ss.indexOf("b"), ss.includes("z"));
    const o = { a: 1 };
    const os = [o, { a: 1 }];
    console.log(os.indexOf(o), os.indexOf({ a: 1 }), os.includes(o));
    const bs = [true, false];
    console.log(bs.indexOf(false), [1, 0].indexOf(0));
  `.expectToMatchNode());

test("join conversions", () =>
  program`
    const xs = [1, 2.5, -0, 1e21, NaN];
    console.log(xs.join(), xs.join(" | "), xs.join(""));
    const ys: (string | null | undefined)[] = ["a", null, undefined, "b"];
    console.log(ys.join("-"));
    const bs = [true, false];
    console.log(bs.join());
    const nested = [[1, 2], [3]];
    console.log(nested.join(";"));
    console.log([].join(","), ["x"].join(","));
  `.expectToMatchNode());

test("reverse and default sort compares strings", () =>
  program`
    const xs = [10, 9, 1, 100, 25];
    xs.sort();
    console.log(xs.join(","));
    const r = xs.reverse();
    console.log(r === xs, xs.join(","));
    const ss = ["b", "a", "C", "c"];
    ss.sort();
    console.log(ss.join(","));
    const sorted = ["x", "b"].sort();
    console.log(sorted.join(","));
    console.log([3, -1, -2, 0.5].sort().join(","));
  `.expectToMatchNode());

test("comparator sort is stable and accepts any sign", () =>
  program`
    const xs = [5, 1, 4, 2, 3, 10, -7];
    xs.sort((a, b) => a - b);
    console.log(xs.join(","));
    xs.sort((a, b) => b - a);
    console.log(xs.join(","));
    const people = [
      { name: "a", age: 30 }, { name: "b", age: 20 }, { name: "c", age: 30 },
      { name: "d", age: 20 }, { name: "e", age: 10 }, { name: "f", age: 30 },
    ];
    people.sort((p, q) => p.age - q.age);
    console.log(people.map((p) => p.name).join(""));
    const words = ["pear", "fig", "apple", "kiwi", "banana"];
    words.sort((a, b) => (a.length < b.length ? -1 : a.length > b.length ? 1 : 0));
    console.log(words.join(","));
    const cmp = (a: number, b: number) => (a > b ? 0.5 : a < b ? -0.5 : 0);
    console.log([3, 1, 2].sort(cmp).join(","));
  `.expectToMatchNode());

test("map and filter with inline arrows and variables", () =>
  program`
    const xs = [1, 2, 3, 4];
    console.log(xs.map((x) => x * 2).join(","));
    console.log(xs.map((x, i) => x * i).join(","));
    console.log(xs.map((x, i, arr) => arr.length - i + x).join(","));
    console.log(xs.filter((x) => x % 2 === 0).join(","));
    console.log(xs.filter((x, i) => i > 1).join(","));
    console.log([0, 1, NaN, 2].filter((x) => x).join(","));
    function double(v: number): number { return v * 2; }
    const withIndex = (v: number, i: number) => v + i;
    console.log(xs.map(double).join(","), xs.map(withIndex).join(","));
    const isOdd = (v: number) => v % 2 === 1;
    console.log(xs.filter(isOdd).join(","));
    console.log(xs.map((x) => { const y = x + 1; return y * y; }).join(","));
    const fns = xs.map((x) => () => x);
    console.log(fns.map((f) => f()).join(","));
    console.log(["a", "", "b"].filter((s) => s).length);
  `.expectToMatchNode());

test("reduce and reduceRight", () =>
  program`
    const xs = [1, 2, 3, 4];
    console.log(xs.reduce((a, b) => a + b), xs.reduce((a, b) => a + b, 10));
    console.log(xs.reduce((acc, x, i) => acc + x * i, 0));
    console.log(xs.reduceRight((acc, x) => acc + String(x), ""));
    console.log(["a", "b", "c"].reduceRight((a, b) => a + b));
    const grouped = xs.reduce((acc: number[][], x) => { acc[x % 2].push(x); return acc; }, [[], []]);
    console.log(JSON.stringify(grouped));
    const empty: number[] = [];
    console.log(empty.reduce((a, b) => a + b, 0));
    try {
      empty.reduce((a, b) => a + b);
    } catch (e) {
      console.log(e instanceof TypeError, (e as Error).message);
    }
  `.expectToMatchNode());

test("find, findIndex, some, every", () =>
  program`
    const xs = [5, 12, 8, 130, 44];
    console.log(xs.find((x) => x > 10), xs.find((x) => x > 1000));
    console.log(xs.findIndex((x) => x > 10), xs.findIndex((x) => x > 1000));
    console.log(xs.some((x) => x > 100), xs.some((x) => x > 1000), xs.every((x) => x > 1), xs.every((x) => x > 5));
    const e: number[] = [];
    console.log(e.some((x) => x > 0), e.every((x) => x > 0));
    console.log(xs.find((x, i) => i === 2), xs.some((x, i) => i > 3));
    let calls = 0;
    xs.some((x) => { calls++; return x > 6; });
    console.log(calls);
  `.expectToMatchNode());

test("forEach as a statement and with a block body", () =>
  program`
    const xs = ["a", "b", "c"];
    xs.forEach((x) => console.log(x));
    xs.forEach((x, i) => { console.log(i, x); });
    let total = 0;
    [1, 2, 3].forEach((n) => { total += n; });
    console.log(total);
    const grow = [1, 2];
    grow.forEach((v) => { grow.push(v * 10); });
    console.log(grow.join(","));
    function show(v: string, i: number, arr: string[]) { console.log(v, i, arr.length); }
    xs.forEach(show);
  `.expectToMatchNode());

test("flat, flatMap, fill, at", () =>
  program`
    const xs = [1, [2, 3], [4, [5, [6]]]];
    console.log(JSON.stringify(xs.flat()), JSON.stringify(xs.flat(2)), JSON.stringify(xs.flat(Infinity)));
    console.log([1, 2].flatMap((x) => [x, x * 10]).join(","), ["a b", "c"].flatMap((s) => s.split(" ")).join("|"));
    console.log(new Array(3).fill(0).join(","), [1, 2, 3, 4].fill(9, 1, 3).join(","), [1, 2, 3].fill(7, -1).join(","));
    const ys = [10, 20, 30];
    console.log(ys.at(0), ys.at(-1), ys.at(5), ys.at(-4));
  `.expectToMatchNode());

test("Array.from, Array.isArray, Array.of, new Array, Array(n)", () =>
  program`
    console.log(Array.from([1, 2, 3]).join(","), Array.from("abc").join("|"));
    console.log(Array.from({ length: 4 }, (_, i) => i * i).join(","));
    console.log(Array.from([1, 2], (x) => x + 1).join(","), Array.from("ab", (c, i) => c + i).join(","));
    const n = 3;
    console.log(Array.from({ length: n }, () => 7).join(","), Array.from({ length: 2 }).length);
    console.log(Array.isArray([1]), Array.isArray("x"), Array.isArray({ length: 0 }));
    console.log(Array.of(1, 2, 3).join(","), Array.of().length);
    const a = new Array(3);
    console.log(a.length, a[0] === undefined);
    const b = new Array<number>(n).fill(1);
    console.log(b.join(","), Array(2).length, new Array("x", "y").join(","));
    const grid = Array.from({ length: 2 }, () => new Array(2).fill(0));
    grid[0][1] = 5;
    console.log(JSON.stringify(grid));
  `.expectToMatchNode());

test("keys, entries, toString, length", () =>
  program`
    const xs = ["a", "b"];
    const ks: number[] = Array.from(xs.keys());
    console.log(ks.join(","));
    const es = Array.from(xs.entries());
    console.log(JSON.stringify(es));
    console.log(xs.toString(), [1, [2, 3]].toString(), String([1, 2]));
    console.log(xs.length, [].length);
  `.expectToMatchNode());

test("callbacks see evaluation order and outer state", () =>
  program`
    const log: string[] = [];
    function get(): number[] { log.push("get"); return [1, 2]; }
    function cb(x: number): number { log.push("cb" + x); return x; }
    const r = get().map(cb);
    console.log(r.join(","), log.join(","));
    let count = 0;
    const ys = [1, 2, 3].map((x) => { count += x; return count; });
    console.log(ys.join(","), count);
  `.expectToMatchNode());

test("unsupported array members are refused", () =>
  program`
    const xs = [1, 2];
    xs.copyWithin(0, 1);
  `.expectDiagnostic("TSMPY1007", 2));

test("map with a thisArg is refused", () =>
  program`
    const xs = [1, 2];
    const ys = xs.map((x) => x, null);
  `.expectDiagnostic("TSMPY1007", 2));

test("global functions as callbacks", () =>
  program`
    const parts = "1,2.5,x,,0x10".split(",");
    console.log(JSON.stringify(parts.map(Number)), JSON.stringify(parts.map(parseFloat)));
    console.log(JSON.stringify(["1", "2", "3"].map(parseInt)), JSON.stringify(["10", "10", "10"].map(parseInt)));
    const mixed = [0, 1, NaN, 2];
    console.log(mixed.filter(Boolean).join(","), [1, 2].map(String).join("|"), [1, NaN].map(isNaN).join(","));
    console.log(["3", "4"].map(Number).reduce((a, b) => a + b, 0));
  `.expectToMatchNode());
