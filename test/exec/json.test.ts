import { program as base, ProgramCase } from "../harness";

// Entry named app.ts (main.ts is a reserved module name on the device).
const program = (s: TemplateStringsArray, ...v: unknown[]) => new ProgramCase({ "app.ts": Object.values(base(s, ...v).files)[0] }, "app.ts");

test("stringify primitives, arrays and nested objects", () =>
  program`
    console.log(JSON.stringify(1), JSON.stringify(1.5), JSON.stringify(-0), JSON.stringify(1e21), JSON.stringify(NaN), JSON.stringify(Infinity));
    console.log(JSON.stringify("a\\"b\\\\c\\n\\t\\u0001é"), JSON.stringify(true), JSON.stringify(null), JSON.stringify(undefined));
    console.log(JSON.stringify([1, "two", null, undefined, [3, [4]], NaN]));
    const o = { name: "box", size: { w: 2, h: 3.5 }, tags: ["a", "b"], none: undefined, nil: null, ok: false };
    console.log(JSON.stringify(o));
    console.log(JSON.stringify({}), JSON.stringify([]), JSON.stringify({ a: [] }));
  `.expectToMatchNode());

test("stringify key order, records and class instances", () =>
  program`
    const o: { [k: string]: number } = {};
    o.b = 1; o["2"] = 2; o.a = 3; o["1"] = 4;
    console.log(JSON.stringify(o));
    const r: Record<string, string[]> = {};
    r.z = ["x"]; r.y = [];
    console.log(JSON.stringify(r));
    class P { constructor(public x: number, public y: number) {} norm() { return this.x + this.y; } }
    console.log(JSON.stringify(new P(1, 2)), JSON.stringify([new P(3, 4)]));
    const withFn = { a: 1, f: () => 2, b: 2 };
    console.log(JSON.stringify(withFn), JSON.stringify([() => 1]));
  `.expectToMatchNode());

test("stringify with indentation", () =>
  program`
    const o = { a: 1, b: [1, 2, { c: "x" }], d: {}, e: [] };
    console.log(JSON.stringify(o, null, 2));
    console.log(JSON.stringify(o, undefined, "--"));
    console.log(JSON.stringify([1, [2]], null, 20));
    console.log(JSON.stringify({ a: 1 }, null, 0));
  `.expectToMatchNode());

test("parse objects, arrays, numbers, strings and round trips", () =>
  program`
    const v = JSON.parse('{"b": 1, "a": [1, 2.5, -3, 1e2, true, null], "s": "x\\\\ny\\\\u0041", "n": {"z": 0, "y": {}}}');
    console.log(JSON.stringify(v));
    console.log(v.b, v.a.length, v.s, v.n.z, Object.keys(v).join(","));
    interface Cfg { name: string; count: number; items: number[] }
    const c: Cfg = JSON.parse('{"name":"n","count":2,"items":[1,2]}');
    console.log(c.name, c.count + 1, c.items.map((x) => x * 2).join(","));
    const rec: Record<string, number> = JSON.parse('{"x": 1, "y": 2}');
    console.log(Object.keys(rec).join(","), rec["x"] + rec["y"]);
    const arr: number[] = JSON.parse("[3, 1, 2]");
    arr.sort();
    console.log(arr.join(","), JSON.parse("1.5"), JSON.parse('"s"'), JSON.parse("null") === null, JSON.parse(" true "));
    const round = JSON.stringify(JSON.parse('{"3":1,"1":2,"k":[{"a":1}]}'));
    console.log(round);
  `.expectToMatchNode());

test("parse errors are SyntaxErrors", () =>
  program`
    for (const s of ["{", "[1,]", "tru", "{'a':1}", "01", ""]) {
      try {
        JSON.parse(s);
        console.log("parsed", s);
      } catch (e) {
        console.log(e instanceof SyntaxError);
      }
    }
  `.expectToMatchNode());

test("a replacer function is refused", () =>
  program`
    const s = JSON.stringify({ a: 1 }, (k, v) => v);
  `.expectDiagnostic("TSMPY1601", 1));

test("parse follows the declared type: records, arrays of records, nested shapes", () =>
  program`
    interface Player { name: string; scores: Record<string, number>; tags: string[] }
    const text = '{"name":"ann","scores":{"b":2,"a":1},"tags":["x"]}';
    const p: Player = JSON.parse(text);
    console.log(p.name, p.scores["a"], p.scores.b, Object.keys(p.scores).join(","), p.tags.length);
    const many = JSON.parse('[{"x":1},{"y":2}]') as Record<string, number>[];
    console.log(many.map((r) => Object.keys(r).join("")).join("|"), many[1]["y"]);
    type Config = { [section: string]: { enabled: boolean; level: number } };
    const cfg: Config = JSON.parse('{"net":{"enabled":true,"level":3},"log":{"enabled":false,"level":1}}');
    for (const k of Object.keys(cfg)) console.log(k, cfg[k].enabled, cfg[k].level);
    console.log(JSON.stringify(cfg), JSON.stringify(p));
    const loose = JSON.parse('{"a":{"b":[1,{"c":null}]}}');
    console.log(JSON.stringify(loose), loose.a.b[1].c === null);
  `.expectToMatchNode());
