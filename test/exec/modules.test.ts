// Multi-file programs: imports and exports of every form, run on MicroPython and compared with Node.
import { ProgramCase, dedent } from "../harness";

function files(spec: Record<string, string>): ProgramCase {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(spec)) out[k] = dedent(v);
  return new ProgramCase(out);
}

test("named imports, aliases and keyword/builtin names", () =>
  files({
    "main.ts": `
      import { add, print, list as items, PI } from "./util";
      import { len } from "./util";
      console.log(add(2, 3), print("x"), items().join(","), PI, len([1, 2]));
    `,
    "util.ts": `
      export function add(a: number, b: number): number { return a + b; }
      export function print(s: string): string { return "<" + s + ">"; }
      export function list(): number[] { return [1, 2, 3]; }
      export const PI = 3.14;
      export function len(xs: number[]): number { return xs.length * 10; }
    `,
  }).expectToMatchNode());

test("default exports: function, class, expression, anonymous function", () =>
  files({
    "main.ts": `
      import f from "./f";
      import value from "./v";
      import anon from "./anon";
      console.log(f(1), value, anon(2));
    `,
    "f.ts": `export default function twice(x: number): number { return x * 2; }`,
    "v.ts": `const base = 40; export default base + 2;`,
    "anon.ts": `export default function (x: number): number { return x + 100; }`,
  }).expectToMatchNode());

test("namespace imports and re-exports", () =>
  files({
    "main.ts": `
      import * as lib from "./pkg";
      import { sub, total as sum } from "./pkg";
      console.log(lib.add(1, 2), lib.sub(5, 3), sub(9, 1), sum([1, 2, 3]), lib.NAME);
    `,
    "pkg/index.ts": `
      export * from "./math";
      export { total } from "./sum";
      export const NAME = "lib";
    `,
    "pkg/math.ts": `
      export function add(a: number, b: number): number { return a + b; }
      export function sub(a: number, b: number): number { return a - b; }
    `,
    "pkg/sum.ts": `
      import { add } from "./math";
      export function total(xs: number[]): number { let t = 0; for (const x of xs) t = add(t, x); return t; }
    `,
  }).expectToMatchNode());

test("default-exported classes, named and anonymous", () =>
  files({
    "main.ts": `
      import C from "./c";
      import D from "./d";
      console.log(new C().hello(), new D().hello());
    `,
    "c.ts": `export default class Greeter { hello(): string { return "hi"; } }`,
    "d.ts": `export default class { hello(): string { return "anonymous"; } }`,
  }).expectToMatchNode());

test("a project folder named lib shares the device's lib/ folder", () =>
  files({ "main.ts": `import { x } from "./lib/x"; console.log(x);`, "lib/x.ts": `export const x = 1;` }).expectToMatchNode());

test("lib/ modules are top-level modules on the device too: lib/json.ts and lib/tsmpy.ts are refused", () => {
  files({ "main.ts": `import { x } from "./lib/json"; console.log(x);`, "lib/json.ts": `export const x = 1;` }).expectDiagnostic("TSMPY1017", 1);
  files({ "main.ts": `import { x } from "./lib/tsmpy"; console.log(x);`, "lib/tsmpy.ts": `export const x = 1;` }).expectDiagnostic("TSMPY1017", 1);
  files({ "main.ts": `import { x } from "./lib"; console.log(x);`, "lib.ts": `export const x = 1;` }).expectDiagnostic("TSMPY1017", 1);
});

test("export { a as b } and export list", () =>
  files({
    "main.ts": `
      import { double, VERSION, one } from "./m";
      console.log(double(21), VERSION, one);
    `,
    "m.ts": `
      function twice(x: number) { return x * 2; }
      const version = "1.0";
      const one = 1;
      export { twice as double, version as VERSION, one };
    `,
  }).expectToMatchNode());

test("live bindings of an exported let", () =>
  files({
    "main.ts": `
      import { count, increment } from "./counter";
      import * as c from "./counter";
      console.log(count, c.count);
      increment();
      increment();
      console.log(count, c.count);
    `,
    "counter.ts": `
      export let count = 0;
      export function increment(): void { count++; }
    `,
  }).expectToMatchNode());

test("module evaluation order follows JavaScript", () =>
  files({
    "main.ts": `
      import "./a";
      import { b } from "./b";
      console.log("main", b);
    `,
    "a.ts": `console.log("a runs"); export const a = 1;`,
    "b.ts": `import { a } from "./a"; console.log("b runs", a); export const b = a + 1;`,
  }).expectToMatchNode());

test("circular imports used from functions", () =>
  files({
    "main.ts": `
      import { isEven } from "./even";
      console.log(isEven(10), isEven(7));
    `,
    "even.ts": `
      import { isOdd } from "./odd";
      export function isEven(n: number): boolean { return n === 0 ? true : isOdd(n - 1); }
    `,
    "odd.ts": `
      import { isEven } from "./even";
      export function isOdd(n: number): boolean { return n === 0 ? false : isEven(n - 1); }
    `,
  }).expectToMatchNode());

test("type-only imports and exports vanish", () =>
  files({
    "main.ts": `
      import type { Point } from "./types";
      import { type Size, origin } from "./types";
      const p: Point = origin;
      const s: Size = { w: 1, h: 2 };
      console.log(p.x, s.w);
    `,
    "types.ts": `
      export interface Point { x: number; y: number }
      export type Size = { w: number; h: number };
      export const origin: Point = { x: 0, y: 0 };
    `,
  }).expectToMatchNode());

test("folders import through index.ts and ../ paths", () =>
  files({
    "main.ts": `
      import shapes from "./shapes";
      console.log(shapes.length);
    `,
    "shapes/index.ts": `import { unit } from "../util/unit"; const all: number[] = [unit, unit]; export default all;`,
    "util/unit.ts": `export const unit = 1;`,
  }).expectToMatchNode());

test("a module name that is not a Python identifier", () =>
  files({
    "main.ts": `import { v } from "./my-module"; console.log(v);`,
    "my-module.ts": `export const v = "dash";`,
  }).expectToMatchNode());

test("a module named like a MicroPython module is refused", () =>
  files({ "main.ts": `import { x } from "./json"; console.log(x);`, "json.ts": `export const x = 1;` }).expectDiagnostic("TSMPY1017", 1));

test("a namespace used as a value is refused", () =>
  files({ "main.ts": `import * as m from "./m"; console.log(m);`, "m.ts": `export const x = 1;` }).expectDiagnostic("TSMPY1502", 1));

test("export = is refused", () =>
  files({ "main.ts": `import { x } from "./m"; console.log(x);`, "m.ts": `export const x = 1;\nconst y = 2;\nexport = y;` }).expectDiagnostic("TS1203"));

describe("device stub modules", () => {
  const stub = `
    export declare class Led { constructor(pin: number); on(): void; }
    export declare function blink(times: number): number;
    export declare const VERSION: string;
    export interface Options { fast: boolean }
  `;

  test("namespace, named and type-only imports of a stub compile to Python imports of the device module", () => {
    const py = files({
      "stubs/fakedev.d.ts": stub,
      "main.ts": `
        import * as dev from "fakedev";
        import { blink, VERSION as V, type Options, Led } from "fakedev";
        const o: Options = { fast: true };
        new dev.Led(2).on();
        console.log(blink(3), V, o.fast, new Led(1));
      `,
    }).python();
    expect(py).toMatch(/^import fakedev as dev$/m);
    expect(py).toMatch(/^from fakedev import blink, VERSION as V, Led$/m);
    expect(py).not.toMatch(/Options/);
  });

  test("only imported stubs are loaded; stubs never produce a module", () => {
    const { loadMemoryProject } = require("../../compiler/src/project") as typeof import("../../compiler/src/project");
    const { compileLoaded } = require("../../compiler/src/compile") as typeof import("../../compiler/src/compile");
    const loaded = loadMemoryProject({ "stubs/fakedev.d.ts": dedent(stub), "stubs/other.d.ts": "export declare const nope: number;\n", "main.ts": `import { blink } from "fakedev";\nconsole.log(blink(1));\n` });
    const names = loaded.program.getSourceFiles().map((s) => s.fileName);
    expect(names).toContain("/stubs/fakedev.d.ts");
    expect(names).toContain("/stubs/globals.d.ts");
    expect(names).not.toContain("/stubs/other.d.ts");
    const r = compileLoaded(loaded);
    expect(r.diagnostics).toEqual([]);
    expect(r.modules.map((m) => m.outPath)).toEqual(["main.py"]);
  });

  test("a device module's default import is the module itself", () => {
    const py = files({
      "stubs/fakedev.d.ts": stub + "\ndeclare const dev: { blink(times: number): number };\nexport default dev;\n",
      "main.ts": `import d from "fakedev";\nconsole.log(d.blink(2));\n`,
    }).python();
    expect(py).toMatch(/^import fakedev as d$/m);
  });

  test("re-exporting from a device module is refused", () =>
    files({ "stubs/fakedev.d.ts": stub, "main.ts": `export { blink } from "fakedev";\n` }).expectDiagnostic("TSMPY1505", 1));

  test("a user module may not take a stub's name", () =>
    files({ "main.ts": `import { x } from "./lvgl";\nconsole.log(x);\n`, "lvgl.ts": `export const x = 1;\n` }).expectDiagnostic("TSMPY1017"));
});

test("live bindings through a re-export, and export { v as default }", () =>
  files({
    "main.ts": `
      import { count, inc } from "./pkg";
      import current from "./counter";
      import snapshot from "./snap";
      inc();
      console.log(count, current, snapshot);
      inc();
      console.log(count, current, snapshot);
    `,
    "pkg/index.ts": `export { count, inc } from "../counter";`,
    "counter.ts": `
      let count = 10;
      function inc(): void { count = count + 1; }
      export { count, inc, count as default };
    `,
    "snap.ts": `
      import { count } from "./counter";
      let v = count;
      export default v;
      v = -1;
    `,
  }).expectToMatchNode());

test("a cycle between a class module and a function module", () =>
  files({
    "main.ts": `
      import { Node } from "./node";
      console.log(new Node(3).describe());
    `,
    "node.ts": `
      import { format } from "./format";
      export class Node {
        constructor(public value: number) {}
        describe(): string { return format(this); }
      }
    `,
    "format.ts": `
      import { Node } from "./node";
      export function format(n: Node): string { return "Node(" + n.value + ")"; }
      export function make(v: number): Node { return new Node(v); }
    `,
  }).expectToMatchNode());

test("keywords and builtins as module and folder names", () =>
  files({
    "main.ts": `
      import { a } from "./class";
      import { b } from "./import/list";
      console.log(a, b);
    `,
    "class.ts": `export const a = "class";`,
    "import/list.ts": `export const b = "list";`,
  }).expectToMatchNode());

test("live and cyclic imports in every expression position", () =>
  files({
    "main.ts": `
      import { count, inc, names } from "./state";
      inc();
      const o = { count, n: count + 1 };
      const xs = [count, ...names];
      const f = (): number => count;
      inc();
      console.log(o.count, o.n, xs.length, f(), \`\${count}\`, count > 1 ? "big" : "small", -count, typeof count);
    `,
    "state.ts": `
      export let count = 0;
      export let names: string[] = [];
      export function inc(): void { count += 1; names = [...names, "n" + count]; }
    `,
  }).expectToMatchNode());

test("a destructured exported let that its module reassigns is live", () =>
  files({
    "main.ts": `
      import { lo, hi, widen } from "./range";
      widen();
      console.log(lo, hi);
    `,
    "range.ts": `
      export let { lo, hi } = { lo: 1, hi: 2 };
      export function widen(): void { lo -= 1; hi += 1; }
    `,
  }).expectToMatchNode());

test("export * as ns: nested namespaces, imported by name and through a namespace import", () =>
  files({
    "main.ts": `
      import { geo, VERSION } from "./kit";
      import * as kit from "./kit";
      console.log(geo.area(2, 3), kit.geo.area(1, 1), kit.geo.units.cm(2), VERSION);
    `,
    "kit.ts": `
      export * as geo from "./geo";
      export const VERSION = "2";
    `,
    "geo.ts": `
      export * as units from "./units";
      export function area(w: number, h: number): number { return w * h; }
    `,
    "units.ts": `export function cm(x: number): string { return x + " cm"; }`,
  }).expectToMatchNode());

test("a re-exported namespace used as a value is refused", () =>
  files({
    "main.ts": `import { geo } from "./kit";\nconsole.log(geo);\n`,
    "kit.ts": `export * as geo from "./geo";`,
    "geo.ts": `export const x = 1;`,
  }).expectDiagnostic("TSMPY1502", 2));

test("types imported from a project declaration file vanish", () => {
  const py = files({
    "main.ts": `import { Point } from "./shapes";\nconst p: Point = { x: 1, y: 2 };\nconsole.log(p.x + p.y);\n`,
    "shapes.d.ts": `export interface Point { x: number; y: number }\n`,
  }).python();
  expect(py).not.toMatch(/shapes/);
});

test("a value declared with 'declare' in a project module cannot be imported", () =>
  files({
    "main.ts": `import { magic } from "./m";\nconsole.log(magic);\n`,
    "m.ts": `export declare const magic: number;\nexport const real = 1;\n`,
  }).expectDiagnostic("TSMPY1504", 1));

test("a user module may not take the name of a shipped device stub", () =>
  files({ "main.ts": `import { x } from "./machine";\nconsole.log(x);\n`, "machine.ts": `export const x = 1;\n` }).expectDiagnostic("TSMPY1017", 1));

test("a side-effect import of a script file (no imports or exports)", () =>
  files({
    "main.ts": `import "./setup";\nimport { v } from "./value";\nconsole.log("main", v);\n`,
    "setup.ts": `console.log("setup runs");\n`,
    "value.ts": `import "./setup";\nexport const v = 7;\n`,
  }).expectToMatchNode());

test("the shipped stubs resolve by module name: lvgl and network", () => {
  const py = files({
    "main.ts": `
      import * as lv from "lvgl";
      import lvgl from "lvgl";
      import { WLAN } from "network";
      const all = [lv, lvgl, WLAN];
      console.log(all.length);
    `,
  }).python();
  expect(py).toMatch(/^import lvgl as lv$/m);
  expect(py).toMatch(/^import lvgl$/m);
  expect(py).toMatch(/^from network import WLAN$/m);
});

test("a side-effect import of a device module binds no name", () => {
  const py = files({
    "stubs/fakedev.d.ts": "export declare function blink(times: number): number;\n",
    "main.ts": `import "fakedev";\nfunction fakedev(): number { return 1; }\nconsole.log(fakedev());\n`,
  }).python();
  expect(py).toMatch(/^import fakedev as js_m_fakedev$/m);
  expect(py).not.toMatch(/^import fakedev$/m);
});

test("classes across modules: extends, instanceof, statics, builtin-named exports", () =>
  files({
    "main.ts": `
      import { Shape, type } from "./shapes";
      import { Square } from "./square";
      const s = new Square(3);
      console.log(s.area(), s instanceof Shape, Shape.count, type(s), s.describe());
    `,
    "shapes.ts": `
      export class Shape {
        static count = 0;
        constructor() { Shape.count++; }
        area(): number { return 0; }
        describe(): string { return "shape of area " + this.area(); }
      }
      export function type(s: Shape): string { return s instanceof Shape ? "shape" : "other"; }
    `,
    "square.ts": `
      import { Shape } from "./shapes";
      export class Square extends Shape {
        constructor(private side: number) { super(); }
        area(): number { return this.side * this.side; }
      }
    `,
  }).expectToMatchNode());

test("a file named __init__.ts is an ordinary module", () =>
  files({
    "main.ts": `import { v } from "./pkg/__init__";\nimport { w } from "./pkg/other";\nconsole.log(v, w);\n`,
    "pkg/__init__.ts": `console.log("init module runs");\nexport const v = 1;\n`,
    "pkg/other.ts": `export const w = 2;\n`,
  }).expectToMatchNode());

test("imports written after code still run first, as ES modules hoist them", () => {
  // (Node's CommonJS run in the harness does not hoist them, so the Python is checked instead.)
  const py = files({
    "main.ts": `
      console.log("main body", later);
      import { later } from "./later";
      console.log("main end");
    `,
    "later.ts": `console.log("later runs"); export const later = 5;`,
  }).python();
  expect(py.indexOf("from later import later")).toBeGreaterThanOrEqual(0);
  expect(py.indexOf("from later import later")).toBeLessThan(py.indexOf("main body"));
});

test("lib/x.ts and x.ts would be one module on a device whose lib/ comes first", () =>
  files({
    "main.ts": `import { a } from "./util";\nimport { b } from "./lib/util";\nconsole.log(a, b);\n`,
    "util.ts": `export const a = 1;\n`,
    "lib/util.ts": `export const b = 2;\n`,
  }).expectDiagnostic("TSMPY1501", 1));

test("an exported function passed as a callback in another module ignores extra arguments", () =>
  new ProgramCase({
    "main.ts": `import { double, label } from "./util";\nfunction each<T, U>(xs: T[], f: (x: T, i: number, all: T[]) => U): U[] {\n  const out: U[] = [];\n  for (let i = 0; i < xs.length; i++) out.push(f(xs[i], i, xs));\n  return out;\n}\nconsole.log(each([1, 2, 3], double).join(","), each(["a", "b"], label).join(" "));\n`,
    "util.ts": `export function double(x: number): number { return x * 2; }\nfunction label(s: string) { return "<" + s + ">"; }\nexport { label };\n`,
  }).expectToMatchNode());
