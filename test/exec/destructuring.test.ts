import { program } from "../harness";

test("array destructuring: holes, defaults, rest, swap", () =>
  program`
    const xs = [1, 2, 3, 4, 5];
    const [a, , c, ...rest] = xs;
    console.log(a, c, rest);
    const [p = 10, q = 20, r = 30] = [1, undefined];
    console.log(p, q, r);
    let m = 1, n = 2;
    [m, n] = [n, m];
    console.log(m, n);
    const [s1, s2] = "hi";
    console.log(s1, s2);
    const [[x1, x2], [y1]] = [[1, 2], [3]];
    console.log(x1, x2, y1);
    const pair: [string, number] = ["k", 9];
    const [k, v] = pair;
    console.log(k, v);
  `.expectToMatchNode());

test("object destructuring: rename, defaults, nested, rest", () =>
  program`
    const o = { a: 1, b: "two", c: { d: 4, e: [5, 6] }, f: undefined as number | undefined, g: null as number | null };
    const { a, b: bee, c: { d, e: [e0, e1] }, f = 7, g = 8 } = o;
    console.log(a, bee, d, e0, e1, f, g);
    const { a: _a, ...others } = o;
    console.log(others);
    const { c, ...noC } = o;
    console.log(c, noC);
    let x = 0, y = 0;
    ({ a: x, b: { length: y } } = { a: 5, b: "four" });
    console.log(x, y);
  `.expectToMatchNode());

test("destructuring in parameters and defaults evaluated lazily", () =>
  program`
    function dflt(): number { console.log("dflt called"); return 99; }
    function f({ a, b = dflt() }: { a: number; b?: number }, [c, d = dflt()]: number[]) {
      return a + b + c + d;
    }
    console.log(f({ a: 1, b: 2 }, [3, 4]));
    console.log(f({ a: 1 }, [3]));
    const g = ({ x, y }: { x: number; y: number }) => x * y;
    console.log(g({ x: 6, y: 7 }));
  `.expectToMatchNode());

test("for-of heads destructure arrays and objects", () =>
  program`
    const pairs: [string, number][] = [["a", 1], ["b", 2]];
    for (const [k, v] of pairs) console.log(k, v);
    const people = [{ name: "Ann", age: 30 }, { name: "Bob", age: 25 }];
    for (const { name, age: years } of people) console.log(name, years);
    for (const [i, { name }] of people.map((p, i): [number, { name: string }] => [i, p])) console.log(i, name);
  `.expectToMatchNode());

test("parameter patterns with whole-parameter defaults", () =>
  program`
    function opts({ verbose = false, level = 1 }: { verbose?: boolean; level?: number } = {}) {
      return (verbose ? "v" : "q") + level;
    }
    console.log(opts(), opts({ level: 3 }), opts({ verbose: true }));
    function first([a, b = a * 2]: number[] = [7]) { return [a, b]; }
    console.log(first(), first([1]), first([1, 5]));
  `.expectToMatchNode());

test("destructuring assignment as an expression and with property targets", () =>
  program`
    let a = 0, b = 0;
    const r = ([a, b] = [1, 2]);
    console.log(a, b, r);
    const o = { x: 0, y: 0 };
    [o.x, o.y] = [3, 4];
    console.log(o);
    const arr = [0, 0, 0];
    [arr[2], arr[0]] = [9, 8];
    console.log(arr);
    let p: number, q: number[];
    [p, ...q] = [1, 2, 3];
    console.log(p, q);
    let s = "", t = 0;
    ({ s, t = 5 } = { s: "str" } as { s: string; t?: number });
    console.log(s, t);
  `.expectToMatchNode());

test("destructuring undefined throws", () =>
  program`
    function get(): { a: number } | undefined { return undefined; }
    try {
      const { a } = get()!;
      console.log(a);
    } catch (e) {
      console.log("caught", e instanceof TypeError);
    }
  `.expectToMatchNode());

test("nested defaults and computed keys", () =>
  program`
    const key = "dyn";
    const { [key]: val = "dflt", other: { inner = 42 } = {} } = { dyn: undefined, other: undefined } as { dyn?: string; other?: { inner?: number } };
    console.log(val, inner);
    const [{ z } = { z: 1 }, [w] = [2]] = [] as ({ z: number } | undefined)[] as any[];
    console.log(z, w);
  `.expectToMatchNode());

test("array destructuring of a plain object is refused", () =>
  program`
    const m = { a: 1, b: 2 } as unknown as { a: number; b: number } & Iterable<number>;
    const [a, b] = m;
  `.expectDiagnostic("TSMPY1405", 2));

test("destructuring values of type any", () =>
  program`
    const data: any = JSON.parse('{"name":"x","list":[1,2,3],"nested":{"k":true}}');
    const { name, list: [first, ...more], nested: { k }, missing = "dflt" } = data;
    console.log(name, first, more, k, missing);
    const [p, q] = JSON.parse("[10, 20]");
    console.log(p + q);
  `.expectToMatchNode());

test("destructuring class instances and getters", () =>
  program`
    class Rect {
      constructor(public w: number, public h: number) {}
      get area() { return this.w * this.h; }
    }
    const { w, h, area } = new Rect(3, 4);
    console.log(w, h, area);
    const rects = [new Rect(1, 2), new Rect(2, 3)];
    for (const { w: width, area: a } of rects) console.log(width, a);
  `.expectToMatchNode());

test("Object.entries with destructuring over objects and records", () =>
  program`
    const o = { b: 2, a: 1, 10: "ten", 2: "two" };
    for (const [k, v] of Object.entries(o)) console.log(k, v);
    const r: Record<string, number[]> = { x: [1, 2], y: [3] };
    for (const [name, [first, ...others]] of Object.entries(r)) console.log(name, first, others);
    const swapped = Object.entries({ p: 1, q: 2 }).map(([k, v]) => [v, k]);
    console.log(swapped);
  `.expectToMatchNode());

test("rest from class instances and records", () =>
  program`
    class User { constructor(public id: number, public name: string, public admin: boolean) {} }
    const { id, ...info } = new User(1, "ann", false);
    console.log(id, info, Object.keys(info));
    const scores: Record<string, number> = { b: 2, a: 1, c: 3 };
    const { a, ...others } = scores;
    console.log(a, others);
    const { x = 0, ...none } = {} as { x?: number };
    console.log(x, none);
  `.expectToMatchNode());
