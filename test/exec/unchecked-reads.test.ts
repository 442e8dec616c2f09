import { program } from "../harness";

// TypeScript types `xs[i]` and `rec[k]` as the element type, but an out-of-range index or a
// missing key reads undefined at run time: lowering choices made from the declared type must
// still give Node's answer wherever undefined can reach them.

test("?? after an optional chain on a missing record key", () =>
  program`
    const r: Record<string, number[]> = {};
    console.log(r["x"]?.length ?? 0);
    r["y"] = [1, 2];
    console.log(r["y"]?.length ?? 0);
  `.expectToMatchNode());

test("?? on a record property read through ?.", () =>
  program`
    const r: Record<string, string> = {};
    const n = r.missing?.length ?? -1;
    console.log(n, r["k"]?.toUpperCase() ?? "none");
  `.expectToMatchNode());

test("string concatenation of `??` over a boolean element past the end", () =>
  program`
    const flags: boolean[] = [true];
    let i = 3;
    console.log((flags[i] ?? "n") + "|");
    i = 0;
    console.log((flags[i] ?? "n") + "|");
  `.expectToMatchNode());

test("String() of an element past the end", () =>
  program`
    const xs: number[] = [1];
    const k = 5;
    console.log(String(xs[k]));
    console.log(String(xs[0]));
  `.expectToMatchNode());

test("String() of a missing record value and of a string past the end", () =>
  program`
    const r: Record<string, boolean> = { a: true };
    const s = "ab";
    let i = 7;
    console.log(String(r["b"]), String(r["a"]), String(s[i]), String(s[1]));
  `.expectToMatchNode());

test("template literal of unchecked reads", () =>
  program`
    const xs: number[] = [1.5];
    const bs: boolean[] = [false];
    const r: Record<string, string> = {};
    let i = 2;
    console.log(\`\${xs[i]} \${bs[i]} \${r["q"]} \${xs[0]} \${bs[0]}\`);
  `.expectToMatchNode());

test("string + unchecked read", () =>
  program`
    const xs: number[] = [2];
    const bs: boolean[] = [true];
    const r: Record<string, number> = {};
    let i = 4;
    console.log("x=" + xs[i], bs[i] + "!", "r=" + r.nope, "ok=" + xs[0] + bs[0]);
  `.expectToMatchNode());

test("Number() of unchecked reads", () =>
  program`
    const ss: string[] = ["12"];
    const r: Record<string, boolean> = {};
    let i = 9;
    console.log(Number(ss[i]), Number(r["z"]), Number(ss[0]));
  `.expectToMatchNode());

test("|| with a fallback of another type, concatenated", () =>
  program`
    const bs: boolean[] = [true];
    let i = 2;
    console.log((bs[i] || 0) + "|", (bs[0] || 0) + "|");
  `.expectToMatchNode());

test("&& over an unchecked read, printed and concatenated", () =>
  program`
    const bs: boolean[] = [true];
    const ns: number[] = [3];
    let i = 2;
    console.log(bs[i] && "yes", ns[i] && 1);
    console.log((bs[i] && "yes") + "|", (ns[0] && 1) + "|");
  `.expectToMatchNode());

test("conditional expression with an unchecked read as a branch", () =>
  program`
    const bs: boolean[] = [true];
    const ns: number[] = [1];
    let i = 5;
    const pick = i > 0;
    console.log((pick ? bs[i] : false) + "|", String(pick ? ns[i] : 0));
    console.log(pick ? ns[i] : 0);
  `.expectToMatchNode());

test("?? chained through several unchecked reads", () =>
  program`
    const a: number[] = [];
    const r: Record<string, number> = { b: 0 };
    let i = 1;
    console.log(a[i] ?? r["x"] ?? "none", a[i] ?? r["b"] ?? "none");
    console.log((a[i] ?? r["x"]) + "|");
  `.expectToMatchNode());

test("console.log of unchecked reads of each primitive type", () =>
  program`
    const ss: string[] = ["s"];
    const bs: boolean[] = [true];
    const ns: number[] = [1];
    let i = 3;
    console.log(ss[i], bs[i], ns[i], ss[0], bs[0], ns[0]);
  `.expectToMatchNode());

test("typeof an unchecked read", () =>
  program`
    const ns: number[] = [1];
    const r: Record<string, string> = {};
    let i = 3;
    console.log(typeof ns[i], typeof r["k"], typeof ns[0], typeof r.k);
  `.expectToMatchNode());

test("== null and === undefined on unchecked reads", () =>
  program`
    const ns: number[] = [1];
    const r: Record<string, number[]> = {};
    let i = 3;
    console.log(ns[i] == null, ns[i] === undefined, r["k"] == undefined, ns[0] == null, r["k"] != null);
  `.expectToMatchNode());

test("truthiness of unchecked reads", () =>
  program`
    const ns: number[] = [0, 2];
    const ss: string[] = [""];
    const r: Record<string, number[]> = {};
    let i = 5;
    console.log(!ns[i], !ss[i], !r["k"], !ns[0], !ns[1], !ss[0]);
    if (r["k"]) console.log("has k"); else console.log("no k");
    console.log(ns[i] ? "t" : "f", r.k ? "t" : "f");
  `.expectToMatchNode());

test("optional call and element access on a missing key", () =>
  program`
    const fs: Record<string, () => number> = { one: () => 1 };
    const grid: Record<string, number[]> = {};
    console.log(fs["two"]?.() ?? "no fn", fs["one"]?.() ?? "no fn");
    console.log(grid["row"]?.[0] ?? "no row");
    console.log(String(fs["two"]?.()), (grid["row"]?.[0]) + "|");
  `.expectToMatchNode());

test("a variable initialised from an unchecked read", () =>
  program`
    const xs: boolean[] = [true];
    let i = 4;
    const v = xs[i];
    console.log(String(v), v + "|", \`\${v}\`, v ?? "missing");
  `.expectToMatchNode());

test("JSON.stringify of unchecked reads", () =>
  program`
    const ns: number[] = [1];
    const r: Record<string, string> = {};
    let i = 2;
    console.log(JSON.stringify(ns[i]), JSON.stringify(r["k"]), JSON.stringify(ns[0]));
    console.log(JSON.stringify({ a: ns[i], b: r["k"] ?? "d" }));
  `.expectToMatchNode());

test("parenthesised and asserted unchecked reads", () =>
  program`
    const bs: boolean[] = [false];
    let i = 1;
    console.log(((bs[i])) + "|", String((bs[i] as boolean)));
  `.expectToMatchNode());

test("tuples: in-range literal index is not widened, out-of-range dynamic one is", () =>
  program`
    const t: [number, string] = [1, "a"];
    let i = 1;
    i++;
    console.log(t[0] + "|", t[1] + "|", String(t[i]));
  `.expectToMatchNode());

test("proven in-range reads in a loop still concatenate and print", () =>
  program`
    const bs: boolean[] = [true, false];
    const ns: number[] = [1, 2.5];
    let out = "";
    for (let i = 0; i < bs.length; i++) out += bs[i] + "," + ns[i] + ";" + String(ns[i]) + (bs[i] ?? "x");
    console.log(out);
  `.expectToMatchNode());

test("string index past the end in concatenation and ??", () =>
  program`
    const s = "hi";
    let i = 5;
    console.log(s[i] + "|", s[i] ?? "-", s.charAt(i) + "|");
  `.expectToMatchNode());

test("??= and ||= on missing record keys and elements past the end", () =>
  program`
    const groups: Record<string, number[]> = {};
    for (const n of [1, 2, 3]) (groups[n % 2 ? "odd" : "even"] ??= []).push(n);
    console.log(JSON.stringify(groups));
    const names: string[] = ["a"];
    let i = 1;
    names[i] ||= "z";
    names[0] ||= "y";
    console.log(names.join(","), names.length);
  `.expectToMatchNode());

test("unchecked reads consumed by arithmetic stay numbers when in range", () =>
  program`
    const ns: number[] = [4, 5];
    const r: Record<string, number> = { a: 2 };
    let total = 0;
    for (let i = 0; i < ns.length; i++) total += ns[i] * 2 + r["a"];
    const k = 1;
    console.log(total, ns[k] + 1, String(ns[k] + 1), (ns[k] ?? 0) + 1);
  `.expectToMatchNode());

test("a variable annotated with the element type, initialised from an unchecked read", () =>
  program`
    const flags: boolean[] = [true];
    const r: Record<string, number[]> = {};
    let i = 3;
    const b: boolean = flags[i];
    const row: number[] = r["x"];
    console.log((b ?? "n") + "|", String(b), row?.length ?? 0, row ? "row" : "none");
  `.expectToMatchNode());

// A `??` says the value may be missing: it keeps its test even when the left operand is typed
// non-nullable, since an unchecked read may have reached it through a parameter, a return, a
// property, destructuring or a later assignment.
test("?? on a parameter that received an element past the end", () =>
  program`
    function orDefault(x: number) { return x ?? -1; }
    function label(b: boolean) { return (b ?? "unset") + "|"; }
    const xs: number[] = [1];
    const bs: boolean[] = [];
    let i = 4;
    console.log(orDefault(xs[i]), orDefault(xs[0]), label(bs[i]), label(true));
  `.expectToMatchNode());

test("?? on a return value, a destructured element and a property holding a missing read", () =>
  program`
    const xs: boolean[] = [true];
    function at(i: number): boolean { return xs[i]; }
    const [a, b] = xs;
    let i = 2;
    const o = { v: xs[i] };
    console.log((at(3) ?? "n") + "|", (a ?? "n") + "|", (b ?? "n") + "|", (o.v ?? "n") + "|");
  `.expectToMatchNode());

test("?? and ??= on a variable reassigned from an unchecked read", () =>
  program`
    const xs: boolean[] = [true];
    let v = true;
    let i = 2;
    v = xs[i];
    console.log((v ?? "n") + "|", String(v ?? 0));
    const ns: number[] = [];
    let n = 0;
    n = ns[i];
    n ??= 7;
    console.log(n);
  `.expectToMatchNode());

test("an optional chain on a parameter typed non-nullable that received a missing read", () =>
  program`
    function size(row: number[]) { return row?.length; }
    function flag(o: { on: boolean }) { return \`\${o?.on}\`; }
    const grid: number[][] = [[1, 2]];
    const opts: { on: boolean }[] = [];
    let i = 3;
    console.log(size(grid[i]) ?? "none", size(grid[0]), flag(opts[i]), flag({ on: true }));
    console.log(grid[i]?.length + "|", grid[0]?.length + "|");
  `.expectToMatchNode());

test("a long || chain of unchecked reads", () =>
  program`
    const xs: number[] = [];
    let i = 0;
    const v = xs[i] || xs[1] || xs[2] || xs[3] || xs[4] || xs[5] || xs[6] || xs[7] || xs[8] || xs[9] || xs[10] || xs[11] || xs[12] || xs[13] || xs[14] || xs[15] || xs[16] || xs[17] || xs[18] || xs[19] || xs[20] || "none";
    console.log(v + "|");
  `.expectToMatchNode());

test("a long ?? chain over parameters typed non-nullable", () =>
  program`
    function first(a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number, i: number, j: number, k: number, l: number, m: number, n: number, o: number, p: number, q: number, r: number, s: number, t: number) {
      return a ?? b ?? c ?? d ?? e ?? f ?? g ?? h ?? i ?? j ?? k ?? l ?? m ?? n ?? o ?? p ?? q ?? r ?? s ?? t ?? "none";
    }
    const xs: number[] = [];
    console.log(first(xs[0], xs[1], xs[2], xs[3], xs[4], xs[5], xs[6], xs[7], xs[8], xs[9], xs[10], xs[11], xs[12], xs[13], xs[14], xs[15], xs[16], xs[17], xs[18], 7) + "|");
  `.expectToMatchNode());
