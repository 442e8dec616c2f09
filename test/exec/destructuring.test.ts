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
