import { program as base, ProgramCase } from "../harness";

// Entry named app.ts (main.ts is a reserved module name on the device).
const program = (s: TemplateStringsArray, ...v: unknown[]) => new ProgramCase({ "app.ts": Object.values(base(s, ...v).files)[0] }, "app.ts");

test("Object.keys, values, entries on objects, records and arrays", () =>
  program`
    const o = { b: 1, a: "x", 2: true };
    console.log(Object.keys(o).join(","), JSON.stringify(Object.values(o)), JSON.stringify(Object.entries(o)));
    const r: Record<string, number> = { z: 1 };
    r.y = 2;
    console.log(Object.keys(r).join(","), Object.values(r).join(","), JSON.stringify(Object.entries(r)));
    console.log(Object.keys([5, 6]).join(","));
    for (const [k, v] of Object.entries(r)) console.log(k, v);
  `.expectToMatchNode());

test("Object.assign and Object.fromEntries", () =>
  program`
    const t = { a: 1, b: 2 };
    const r = Object.assign(t, { b: 3, c: 4 });
    console.log(JSON.stringify(t), r === t);
    const merged = Object.assign({}, { x: 1 }, { y: 2 });
    console.log(JSON.stringify(merged));
    const fe = Object.fromEntries([["a", 1], ["b", 2]]);
    console.log(JSON.stringify(fe), fe["a"]);
    const counts: Record<string, number> = Object.fromEntries(["x", "y"].map((k, i) => [k, i]));
    console.log(JSON.stringify(counts));
  `.expectToMatchNode());

test("word frequency with builtins", () =>
  program`
    const text = "the quick brown fox jumps over the lazy dog the end";
    const freq: Record<string, number> = {};
    for (const w of text.split(" ")) {
      const c = freq[w];
      freq[w] = c === undefined ? 1 : c + 1;
    }
    const top = Object.entries(freq).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
    console.log(top.map(([w, n]) => w + "=" + n).join(" "));
    const longest = text.split(" ").reduce((a, b) => (b.length > a.length ? b : a));
    console.log(longest, Math.max(...text.split(" ").map((w) => w.length)));
  `.expectToMatchNode());

test("Boolean() and String() conversions", () =>
  program`
    const vals: number[] = [0, 1, NaN, -2];
    console.log(vals.map((v) => Boolean(v)).join(","), Boolean(""), Boolean("a"), String(Boolean(0)));
  `.expectToMatchNode());

test("unsupported globals are refused", () =>
  program`
    const s = encodeURIComponent("a b");
  `.expectDiagnostic("TSMPY1007", 1));

test("hasOwnProperty and Object.hasOwn", () =>
  program`
    const counts: Record<string, number> = { a: 1 };
    const o = { x: 1, y: undefined as number | undefined };
    class K { f = 1; m() { return 1; } }
    const k = new K();
    console.log(counts.hasOwnProperty("a"), counts.hasOwnProperty("b"), Object.hasOwn(counts, "a"), o.hasOwnProperty("y"), o.hasOwnProperty("z"));
    console.log(k.hasOwnProperty("f"), k.hasOwnProperty("m"), Object.hasOwn([1, 2], 1), Object.hasOwn([1, 2], "length"), Object.hasOwn([1], 5));
  `.expectToMatchNode());
