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

test("arrays of arrays and objects with many entries", () =>
  program`
    const grid: number[][] = [];
    for (let i = 0; i < 8; i++) grid.push([i, i * 2, i * 3]);
    console.log(grid);
    const objs: { id: number }[] = [];
    for (let i = 0; i < 9; i++) objs.push({ id: i });
    console.log(objs);
    const big: { id: number; name: string }[] = [];
    for (let i = 0; i < 7; i++) big.push({ id: i, name: "name-" + i });
    console.log(big);
    const nested: number[][][] = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]];
    console.log(nested, [nested]);
  `.expectToMatchNode());

test("circular references", () =>
  program`
    const o: any = { name: "root" };
    o.self = o;
    console.log(o);
    const a: any[] = [1, 2];
    a.push(a);
    console.log(a);
    const p: any = { child: { name: "c" } };
    p.child.parent = p;
    console.log(p);
  `.expectToMatchNode());

test("control characters and quotes in nested strings", () =>
  program`
    console.log(["\\x00\\x01\\x1b", "\\x7f", "\\u0085", "é ü", "\\r\\n", "\\b\\f\\v"]);
    console.log({ "it's": 1, 'say "x"': 2, "a b": 3, "é": 4, "$": 5, "a1": 6, "1a": 7 });
    console.log(["'", '"', "\`", "'\\"", "'\\"\`", "\${x}'\\""]);
  `.expectToMatchNode());

test("numbers everywhere", () =>
  program`
    console.log([0.1 + 0.2, 1e21, 1e-7, 123456789012345680000, -1e-7, 2 ** 53, 5e-324, 1 / 3]);
    console.log({ neg: -0, nan: NaN, inf: -Infinity, big: 1e300 });
    console.log(-0, [-0], 0 * -1);
  `.expectToMatchNode());

test("null, undefined and booleans inside containers", () =>
  program`
    console.log([null, undefined, true, false], { a: null, b: undefined, c: true });
    const flags = [true, false, true];
    let k = -1;
    console.log(flags[0], flags[k], flags);
    const words = ["x"];
    console.log(words[k], words[0]);
  `.expectToMatchNode());

test("empty console.log, spread arguments, console.error to stderr", () =>
  program`
    console.log();
    const xs = [1, "two", [3]];
    console.log(...xs);
    console.error("not on stdout", { a: 1 });
    console.log("after", ...[4, 5]);
  `.expectToMatchNode());

test("top-level strings print raw, including newlines and quotes", () =>
  program`
    console.log("a\\nb", "it's", 'q"q', "");
    console.log("x", "", "y");
    const s: string = "50%";
    console.log(s, 1);
  `.expectToMatchNode());

test("arrays over 100 entries", () =>
  program`
    const xs: number[] = [];
    for (let i = 0; i < 250; i++) xs.push(i % 17);
    console.log(xs);
    const ss: string[] = [];
    for (let i = 0; i < 102; i++) ss.push("s" + i);
    console.log(ss);
  `.expectToMatchNode());

test("class instances: nesting, depth, empty", () =>
  program`
    class Box { constructor(public inner: unknown) {} }
    class Tag { label = "t"; count = 0; }
    console.log(new Box(new Box(new Box(new Box(1)))));
    console.log([new Tag(), new Tag()], { tag: new Tag() });
    class Nothing {}
    console.log({ n: new Nothing() }, [new Nothing()]);
  `.expectToMatchNode());

test("objects that overflow in nested positions", () =>
  program`
    const o = {
      first: { alpha: "aaaaaaaaaaaaaaaa", beta: "bbbbbbbbbbbbbbbbbbbb", gamma: "cccccccccccccccccc" },
      second: [1, 2, 3],
      third: { x: { y: { z: "deep" } } },
    };
    console.log(o);
    console.log([o, o]);
    console.log({ list: ["aaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbb", "cccccccccccccccccccc", "dd"] });
  `.expectToMatchNode());

test("string-valued arrays that do and do not group", () =>
  program`
    console.log(["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]);
    console.log(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"]);
    console.log(["a very long string entry number one", "b", "c", "d", "e", "f", "g"]);
    console.log([1, 22, 333, 4444, 55555, 666666, 7777777, 88888888, 999999999]);
    console.log([1.5, -2, 3, -4.25, 5, 6, 7, 8, 9, 10, 11]);
  `.expectToMatchNode());

test("object keys that need quotes and their ordering", () =>
  program`
    const r: Record<string, number> = {};
    r["b"] = 1; r["2"] = 2; r["a"] = 3; r["1"] = 4; r["x y"] = 5; r["0"] = 6;
    console.log(r);
    console.log({ "": 1, " ": 2, "a-b": 3, "a.b": 4, "__": 5, "_": 6, "A": 7 });
  `.expectToMatchNode());

test("line width boundary for objects and arrays", () =>
  program`
    for (let n = 60; n <= 80; n += 2) {
      let s = "";
      for (let i = 0; i < n - 10; i++) s += "x";
      console.log({ k: s, n });
      console.log([s, n]);
    }
  `.expectToMatchNode());

test("wide array entries stop grouping", () =>
  program`
    const xs: string[] = [];
    for (let i = 0; i < 8; i++) xs.push("entry-" + "x".repeat(i * 3));
    console.log(xs);
    const ys: string[] = [];
    for (let i = 0; i < 8; i++) ys.push("y".repeat(i === 3 ? 40 : 2));
    console.log(ys);
  `.expectToMatchNode());

test("grouped arrays nested in objects", () =>
  program`
    const data = { ids: [101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112], name: "set" };
    console.log(data);
    console.log({ outer: { inner: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28] } });
    console.log([[1, 2, 3, 4, 5, 6, 7], ["a", "b", "c", "d", "e", "f", "g"]]);
  `.expectToMatchNode());

test("multiple arguments mixing strings, numbers and objects", () =>
  program`
    const n = 3;
    const label = "count";
    console.log(label + ":", n, { n }, [n], "end");
    console.log("pi is", Math.PI, "e is", Math.E);
    console.log(\`template \${n}\`, \`\${label}\`);
  `.expectToMatchNode());

test("long multi-line strings at depth", () =>
  program`
    const poem = "roses are red\\nviolets are blue\\nthis line is long enough to force a split\\nend";
    console.log([poem]);
    console.log({ a: { poem } });
    console.log(poem);
  `.expectToMatchNode());

test("objects from spread and Object.assign print in key order", () =>
  program`
    const a = { z: 1, y: 2 };
    const b = { ...a, x: 3, z: 4 };
    console.log(b);
    const c = Object.assign({ first: true }, a);
    console.log(c);
  `.expectToMatchNode());

test("console.log of numbers from arithmetic and parsing", () =>
  program`
    console.log(7 / 2, 6 / 3, 2 ** 0.5, 10 % 3, -7 % 3, 0.1 * 3, 1 / 0, -1 / 0, 0 / 0);
    console.log([7 / 2, 6 / 3, 100 / 7], { half: 1 / 2, third: 1 / 3 });
    console.log(Number("12"), parseInt("42px"), parseFloat("3.5e2"));
  `.expectToMatchNode());

test("class instance with nested class instances and arrays", () =>
  program`
    class Item { constructor(public name: string, public qty: number) {} }
    class Cart {
      items: Item[] = [];
      owner = { name: "ann", vip: false };
      add(i: Item) { this.items.push(i); return this; }
    }
    const cart = new Cart().add(new Item("apple", 3)).add(new Item("pear", 1));
    console.log(cart);
    console.log([cart]);
  `.expectToMatchNode());

test("depth placeholders for arrays, objects and class instances", () =>
  program`
    class K { v = 1; }
    console.log({ l1: { l2: { l3: [1, 2], l3b: { x: 1 }, l3c: new K(), l3d: [], l3e: {} } } });
    console.log([[[["deep"]], [new K()]]]);
  `.expectToMatchNode());

test("printing a WeakMap is refused", () =>
  program`
    const m = null as unknown as WeakMap<object, number>;
    console.log(m);
  `.expectDiagnostic("TSMPY1404", 2));

test("printing an array of callbacks is refused", () =>
  program`
    const fs = [(n: number) => n];
    console.log(fs);
  `.expectDiagnostic("TSMPY1403", 2));

test("printing an object with a method is refused", () =>
  program`
    const o = { v: 1, m() { return 2; } };
    console.log({ wrap: o });
  `.expectDiagnostic("TSMPY1403", 2));

test("format directives in a literal first argument are refused", () =>
  program`
    console.log("%o items", [3]);
  `.expectDiagnostic("TSMPY1013", 1));

test("format with a function argument is refused", () =>
  program`
    function f() { return 1; }
    console.log("fn: %s", f);
  `.expectDiagnostic("TSMPY1403", 2));

test("arrays of many multi-line entries", () =>
  program`
    const rows: { id: number; title: string; tags: string[] }[] = [];
    for (let i = 0; i < 8; i++) rows.push({ id: i, title: "a fairly long title for row " + i, tags: ["t" + i, "u" + i] });
    console.log(rows);
    const small: { a: number[] }[] = [];
    for (let i = 0; i < 10; i++) small.push({ a: [i] });
    console.log(small);
    const strs: string[] = [];
    for (let i = 0; i < 7; i++) strs.push("line " + i + "\\nsecond line of entry number " + i + " padding padding");
    console.log(strs);
  `.expectToMatchNode());

test("unicode strings in arrays and objects", () =>
  program`
    console.log(["ä", "ö", "ü", "ß", "é", "ñ", "ç", "ø"], { clé: "valeur", "naïve": true });
    console.log(["日本", "中文", "한국어", "x", "y", "z", "w"]);
    console.log(["日", "本", "ab", "c", "中", "d", "ef", "g", "文", "h", "i", "j", "k", "l", "m", "n"]);
    console.log(["e\u0301", "a", "b", "c", "d", "e", "f", "g"]);
  `.expectToMatchNode());

test("printing this with a function-valued field is refused", () =>
  program`
    class A {
      handler = () => 1;
      show() { console.log(this); }
    }
  `.expectDiagnostic("TSMPY1403", 3));

test("printing this in a method", () =>
  program`
    class B {
      x = 1;
      y = [1, 2];
      show() { console.log(this); }
    }
    new B().show();
  `.expectToMatchNode());

test("parsed JSON, Object.fromEntries and enums print as plain objects", () =>
  program`
    const parsed = JSON.parse('{"b":1,"a":[1,{"c":null}],"2":"two"}');
    console.log(parsed);
    console.log(Object.fromEntries([["x", 1], ["y", 2], ["a", 3]]));
    enum Color { Red, Green = 5 }
    console.log(Color.Green, Color);
  `.expectToMatchNode());

test("format directives", () =>
  program`
    const name = "widget";
    console.log("%s costs %d dollars (%i%%)", name, 12.5, 33.9);
    console.log("%s|%s|%s|%s|%s", 1.5, -0, true, null, undefined);
    console.log("%s and %s", [1, [2, [3]]], { a: { b: 1 } });
    console.log("%d %d %d %d", "42", "x", true, [7]);
    console.log("%i %f %f", "12.9px", "3.25e1abc", "-.5");
    console.log("%O", { a: { b: { c: { d: 1 } } } });
    console.log("%c styled", "color: red");
    console.log("only %s", "one", "extra", 2, { x: 1 });
    console.log("no directives", "a", 1);
    console.log("missing %s %s", "one");
    console.log("100%", "done", "%s");
    const fmt: string = "%s=%d";
    console.log(fmt, "k", 3);
    console.error("err %d", 5);
  `.expectToMatchNode());

test("%j prints JSON", () =>
  program`
    const cyc: any = { n: 1 };
    cyc.self = cyc;
    console.log("%j and %j, %j %j", { a: [1, "x"], b: null }, "s", 5, undefined);
    console.log("%j!", cyc);
  `.expectToMatchNode());

test("records and objects with many keys break lines", () =>
  program`
    const r: Record<string, number> = {};
    for (let i = 0; i < 30; i++) r["key" + i] = i * i;
    console.log(r);
    const o: Record<string, string> = {};
    for (let i = 0; i < 4; i++) o["k" + i] = "v".repeat(i * 8);
    console.log(o);
    console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23, x: 24 });
  `.expectToMatchNode());

test("arguments are all evaluated before any is formatted (a later argument mutating an earlier one)", () =>
  program`
    const list = [3, 1, 2];
    const alias = list;
    console.log(list.sort() === list, alias, list.reverse() === alias, alias);
    const o = { n: 0, get next() { return ++this.n; } };
    console.log(o, o.next, [o], o.n);
    const xs = [1, 2];
    console.log(xs, ...xs, xs.push(3), xs, "s", true);
    const st = { v: 1 };
    let i = 0;
    console.log(st, st.v++, i++, st, i);
    console.error(xs, ...xs, xs.push(4), xs);
    console.warn(xs, xs.pop());
    function f() {}
    console.log(xs, f, xs.pop());
  `.expectToMatchNode());
