import { program } from "../harness";

test("primitives and strings", () =>
  program`
    console.log(1, -0, 0, 1.5, -2.25, 1e21, 1e-7, NaN, Infinity, -Infinity);
    console.log("top", "it's", true, false, null, undefined);
    console.log(["a", "it's", 'say "hi"', "both ' and \\"", "all ' \\" \`", "back\\\\slash", "tab\\there", "nl\\nx"]);
    console.log([-0, 0, 1.5]);
    console.log([true, null, undefined]);
  `.expectToMatchNode());

test("objects and nesting", () =>
  program`
    console.log({ a: 1, b: "x" }, {});
    console.log({ "a-b": 1, "$x": 2, _y: 3, z9: 4, 1: 5, "": 6 });
    console.log({ a: { b: { c: { d: 1 } } } });
    console.log({ a: { b: { c: {} } } }, { a: [[[[1]]]] });
    console.log([[1, 2], [3, [4, [5, [6]]]]]);
    console.log([], [[]], [{}]);
  `.expectToMatchNode());

test("arrays of 7..30 numbers group into columns", () =>
  program`
    for (let n = 6; n <= 30; n++) {
      const xs: number[] = [];
      for (let i = 0; i < n; i++) xs.push(i * i * (i % 3 === 0 ? 7 : 1));
      console.log(xs);
    }
    const ys: number[] = [];
    for (let i = 0; i < 120; i++) ys.push(i);
    console.log(ys);
    const zs: number[] = [];
    for (let i = 0; i < 101; i++) zs.push(i / 7);
    console.log(zs);
  `.expectToMatchNode());

test("arrays of strings group left-aligned", () =>
  program`
    const words = ["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "ggggggg", "hh", "i", "jjjjjjjjjj", "k", "lll"];
    for (let n = 6; n <= words.length; n++) {
      const xs: string[] = [];
      for (let i = 0; i < n; i++) xs.push(words[i]);
      console.log(xs);
    }
    const long: string[] = [];
    for (let i = 0; i < 26; i++) long.push("item number " + i);
    console.log(long);
    const mixed: (number | string)[] = [1, "two", 3, "four", 5, "six", 7, "eight"];
    console.log(mixed);
  `.expectToMatchNode());

test("objects break lines past 72/80 columns", () =>
  program`
    console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dddddddddd" });
    console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "ddddddd" });
    console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dddd" });
    console.log({ name: "widget", tags: ["red", "green", "blue"], dims: { w: 10, h: 20, d: 30 }, price: 12.5, stock: 3 });
    console.log({ a: { name: "nested object one", value: 1 }, b: { name: "nested object two", value: 2 } });
    console.log([{ id: 1, label: "first entry here" }, { id: 2, label: "second entry here" }, { id: 3, label: "third" }]);
    console.log({ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], list: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
  `.expectToMatchNode());

test("long strings inside objects split at newlines", () =>
  program`
    console.log({ text: "line one is here\\nline two is here\\nline three is here\\nline four is here and more" });
    console.log(["short\\nlines"]);
    console.log({ s: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", t: "a\\nb" });
  `.expectToMatchNode());

test("class instances and functions", () =>
  program`
    class Point {
      constructor(public x: number, public y: number) {}
      norm(): number { return this.x + this.y; }
    }
    class Empty {}
    class Sub extends Point {}
    function named() { return 1; }
    console.log(new Point(1, 2), new Empty(), [new Point(3, 4)]);
    console.log(named, Point, Sub);
    console.log({ p: new Point(5, 6) });
  `.expectToMatchNode());

test("records print like objects", () =>
  program`
    const r: Record<string, number> = { b: 2, a: 1 };
    r["z"] = 26;
    r["10"] = 10;
    r["2"] = 2;
    console.log(r);
    const e: { [k: string]: string } = {};
    console.log(e);
  `.expectToMatchNode());

test("printing function values is refused", () =>
  program`
    const f = () => 1;
    console.log(f);
  `.expectDiagnostic("TSMPY1403", 2));

test("printing objects holding functions is refused", () =>
  program`
    const o = { run: () => 1 };
    console.log(o);
  `.expectDiagnostic("TSMPY1403", 2));
