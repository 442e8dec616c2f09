// Calls into device stubs (docs/stubs.md, "What the compiler does for these stubs"): None for
// null/undefined arguments, Kwargs objects as keyword arguments, `new` of stub classes, subclasses
// of stub classes, imports that produce no module. Device-only APIs (lvgl, network, machine,
// mpos) are pinned by test/golden/stubs/; what the WebAssembly MicroPython has (time, json,
// struct) runs here against a Node program written with Node's equivalents.
import { compileFiles, dedent, program, runOnNode } from "../harness";
import { runCompiled } from "../../compiler/src/runner";
import { formatDiagnostics } from "../../compiler/src/diagnostics/format";

/** Runs `device` (importing stubs) on MicroPython and `node` (its Node equivalent) on Node. */
async function expectSameOutput(device: string, node: string) {
  const compiled = compileFiles({ "app.ts": dedent(device) });
  const errors = compiled.diagnostics.filter((d) => d.category === "error");
  if (errors.length) throw new Error(formatDiagnostics(errors));
  const [n, mp] = await Promise.all([runOnNode({ "app.ts": dedent(node) }, "app.ts"), runCompiled(compiled, "/project/app.ts", { timeoutMs: 20000 })]);
  if (mp.error || mp.stdout !== n.stdout) {
    throw new Error(`MicroPython output differs from Node's\n--- Python ---\n${compiled.modules.map((m) => m.text).join("\n")}\n--- Node ---\n${n.stdout}\n--- MicroPython ---\n${mp.stdout}\n${mp.error?.message ?? ""}`);
  }
}

test("time ticks, struct and json from the stubs run on MicroPython as their Node equivalents do", () =>
  expectSameOutput(
    `
      import { ticks_add, ticks_diff, ticks_ms } from "time";
      import * as struct from "struct";
      import * as json from "json";
      const t0 = ticks_ms();
      const t1 = ticks_add(t0, 100);
      console.log(ticks_diff(t1, t0), ticks_diff(t0, t1), ticks_diff(ticks_ms(), t0) >= 0);
      const [a, b] = struct.unpack("<HI", struct.pack("<HI", 1, 2));
      console.log(struct.calcsize("<HI"), a, b);
      console.log(json.dumps(null), json.dumps(undefined), json.dumps("x"));
      console.log(json.dumps([1, "a", true, null], { separators: [",", ":"] }));
      console.log(json.dumps({ b: 1, a: [1, { c: null }], s: "x" }, { separators: [",", ":"] }));
    `,
    `
      const t0 = Date.now();
      const t1 = t0 + 100;
      console.log(t1 - t0, t0 - t1, Date.now() - t0 >= 0);
      const [a, b] = [1, 2];
      console.log(6, a, b);
      console.log(JSON.stringify(null), JSON.stringify(null), JSON.stringify("x"));
      console.log(JSON.stringify([1, "a", true, null]));
      console.log(JSON.stringify({ b: 1, a: [1, { c: null }], s: "x" }));
    `,
  ));

test("null and undefined passed to stub functions, methods and constructors are None", () => {
  const py = program`
    import * as lv from "lvgl";
    import { Pin } from "machine";
    const screen = lv.obj(null);
    lv.timer_create(() => {}, 10, null);
    new Pin(4, Pin.OUT, null);
    lv.menu_page(lv.menu(screen), undefined as unknown as null);
    const mine = (x: unknown) => x === null;
    console.log(mine(null));
  `.python();
  expect(py).toContain("screen = lv.obj(None)");
  expect(py).toContain("(_f1, 10, None)");
  expect(py).toContain("Pin(4, Pin.OUT, None)");
  expect(py).toContain("lv.menu_page(lv.menu(screen), None)");
  // The program's own functions keep JS null.
  expect(py).toContain("mine(js_null)");
});

test("values that may be null reach stub APIs as None", () => {
  const py = program`
    import * as lv from "lvgl";
    let parent: lv.obj | null = null;
    if (Math.random() > 2) parent = lv.obj();
    const a = lv.label(parent);
    const b = lv.label(Math.random() > 2 ? a : null);
    console.log(a === b);
  `.python();
  expect(py).toContain("a = lv.label(None if parent is js_null else parent)");
  expect(py).toMatch(/b = lv\.label\(None if \(_t(\d+) := a if .* else js_null\) is js_null else _t\1\)/);
});

test("stub enum constants are int32: | and & stay plain Python operators", () => {
  const py = program`
    import * as lv from "lvgl";
    import { Pin } from "machine";
    const sel = lv.PART.MAIN | lv.STATE.CHECKED;
    const m = lv.obj.FLAG.HIDDEN & ~lv.obj.FLAG.CLICKABLE;
    console.log(sel, m, Pin.IN | Pin.PULL_UP);
  `.python();
  expect(py).toContain("sel = lv.PART.MAIN | lv.STATE.CHECKED");
  expect(py).toContain("m = lv.obj.FLAG.HIDDEN & ~lv.obj.FLAG.CLICKABLE");
  expect(py).toContain("Pin.IN | Pin.PULL_UP");
  expect(py).not.toContain("js_bor");
});

test("Kwargs arguments become Python keyword arguments", () => {
  const py = program`
    import { Pin } from "machine";
    import { WLAN, STA_IF } from "network";
    import { Intent } from "mpos";
    const pull = Pin.PULL_UP;
    const p = new Pin(5, Pin.OUT, { pull });
    const q = Pin(6, Pin.IN, { pull: Pin.PULL_DOWN, value: 1 });
    const wlan = new WLAN(STA_IF);
    wlan.config({ ssid: "x", "key": "k" });
    const i = new Intent({ action: "main" });
    console.log(p === q, i.action);
  `.python();
  expect(py).toContain("from network import WLAN, STA_IF");
  expect(py).toContain("p = Pin(5, Pin.OUT, pull=pull)");
  expect(py).toContain("q = Pin(6, Pin.IN, pull=Pin.PULL_DOWN, value=1)");
  expect(py).toContain('wlan.config(ssid="x", key="k")');
  expect(py).toContain('i = Intent(action="main")');
});

describe("Kwargs arguments that cannot be keyword arguments are refused (TSMPY1701)", () => {
  test("a variable", () =>
    program`
      import { Pin } from "machine";
      const opts = { pull: Pin.PULL_UP };
      new Pin(5, Pin.OUT, opts);
    `.expectDiagnostic("TSMPY1701", 3));
  test("a spread", () =>
    program`
      import { Pin } from "machine";
      const opts = { pull: Pin.PULL_UP };
      new Pin(5, Pin.OUT, { ...opts });
    `.expectDiagnostic("TSMPY1701", 3));
  test("a computed key", () =>
    program`
      import { WLAN } from "network";
      const k = "ssid";
      new WLAN(0).config({ [k]: "x" });
    `.expectDiagnostic("TSMPY1701", 3));
});

test("stub modules produce no Python module; named imports become from-imports", () => {
  const r = compileFiles({
    "app.ts": dedent(`
      import * as lv from "lvgl";
      import { WLAN } from "network";
      import { Activity } from "mpos";
      import { sleep_ms } from "time";
      export class Main extends Activity {
        onCreate(): void {
          const screen = lv.obj();
          new WLAN(WLAN.IF_STA).active(true);
          sleep_ms(1);
          this.setContentView(screen);
        }
      }
    `),
  });
  const errors = r.diagnostics.filter((d) => d.category === "error");
  if (errors.length) throw new Error(formatDiagnostics(errors));
  expect(r.modules.map((m) => m.outPath).filter((p) => /(^|\/)(lvgl|network|mpos|time)\.py$/.test(p))).toEqual([]);
  const py = r.modules.find((m) => m.sourceFile === "/project/app.ts")!.text;
  expect(py).toContain("import lvgl as lv");
  expect(py).toContain("from network import WLAN");
  expect(py).toContain("from mpos import Activity");
  expect(py).toContain("from time import sleep_ms");
});

test("subclasses of stub classes: super().__init__(), no __getattr__, attribute access on self", () => {
  const py = program`
    import * as lv from "lvgl";
    import { Activity, Service } from "mpos";
    export class Main extends Activity {
      private n = 1;
      constructor() {
        super();
      }
      onCreate(): void {
        const screen = lv.obj();
        lv.button(screen).add_event_cb(() => this.finish(), lv.EVENT.CLICKED, null);
        console.log(this.appFullName, this.n);
        this.setContentView(screen);
      }
      onResume(screen: lv.obj): void {
        super.onResume(screen);
      }
    }
    export class Boot extends Service {
      onCreate(): void {
        console.log("boot");
      }
    }
  `.python();
  expect(py).toContain("class Main(Activity):");
  expect(py).toContain("        super().__init__()\n        self.n = 1");
  expect(py).toContain("lambda *_: self.finish()");
  expect(py).toContain("js_fmt(self.appFullName)");
  expect(py).toContain("Activity.onResume(self, screen)");
  expect(py).toContain("class Boot(Service):");
  expect(py).not.toContain("__getattr__");
});

test("extending a built-in type is still refused", () =>
  program`
    class M extends Map<string, number> {}
    console.log(new M().size);
  `.expectDiagnostic("TSMPY1310", 1));
