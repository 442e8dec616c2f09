// tsconfig `tsmpy.packageIndex`: a folder's index.ts is the folder's package (`__init__.py`), and
// the names it re-exports are bound there for Python code (`from pkg import Thing`). Output is
// compared with Node running the same TypeScript.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadMemoryProject, readTsconfig } from "../../compiler/src/project";
import { compileLoaded, CompileResult } from "../../compiler/src/compile";
import { runCompiled } from "../../compiler/src/runner";
import { dedent, runOnNode } from "../harness";

const FILES: Record<string, string> = {
  "main.ts": dedent(`
    import { Thing, twice } from "./pkg";
    import { helper } from "./pkg/inner/helper";
    console.log(new Thing("a").name, twice(4), helper());
  `),
  "pkg/index.ts": dedent(`
    export { Thing } from "./thing";
    export { twice as twice, VERSION } from "./util";
    export type { Shape } from "./util";
  `),
  "pkg/thing.ts": `export class Thing { constructor(readonly name: string) {} }\n`,
  "pkg/util.ts": `export function twice(n: number): number { return n * 2; }\nexport const VERSION = "1.0";\nexport interface Shape { w: number }\n`,
  "pkg/inner/index.ts": `export { helper } from "./helper";\n`,
  "pkg/inner/helper.ts": `export function helper(): string { return "h"; }\n`,
};

function compile(packageIndex: boolean): CompileResult {
  const loaded = loadMemoryProject(FILES);
  loaded.packageIndex = packageIndex;
  const r = compileLoaded(loaded);
  expect(r.diagnostics.filter((d) => d.category === "error")).toEqual([]);
  return r;
}

test("index.ts files become __init__.py and the program still runs as on Node", async () => {
  const r = compile(true);
  expect(r.modules.map((m) => `${m.moduleName} ${m.outPath}`).sort()).toEqual([
    "main main.py",
    "pkg pkg/__init__.py",
    "pkg.inner pkg/inner/__init__.py",
    "pkg.inner.helper pkg/inner/helper.py",
    "pkg.thing pkg/thing.py",
    "pkg.util pkg/util.py",
  ]);
  const [node, mp] = await Promise.all([runOnNode(FILES, "main.ts"), runCompiled(r, "/project/main.ts")]);
  expect(mp.error ?? null).toBeNull();
  expect(mp.stdout).toBe(node.stdout);
  expect(node.stdout).toBe("a 8 h\n");
});

test("a package binds the values it re-exports (under their exported names), not its types", async () => {
  const r = compile(true);
  const init = r.modules.find((m) => m.moduleName === "pkg")!;
  expect(init.text).toContain("from pkg.thing import Thing");
  expect(init.text).toContain("from pkg.util import twice, VERSION");
  expect(init.text).not.toContain("Shape");
  // Python code importing from the package (as device code written in Python does).
  r.modules.push({ outPath: "py_user.py", moduleName: "py_user", sourceFile: "/project/py_user.ts", text: "from pkg import Thing, twice, VERSION\nprint(Thing('b').name, twice(5), VERSION)\n", lineMap: [] });
  const mp = await runCompiled(r, "/project/py_user.ts");
  expect(mp.error ?? null).toBeNull();
  expect(mp.stdout).toBe("b 10 1.0\n");
});

test("without the option index.ts stays a module of its own (pkg.index)", () => {
  const r = compile(false);
  expect(r.modules.map((m) => m.outPath)).toContain("pkg/index.py");
  expect(r.modules.map((m) => m.outPath)).not.toContain("pkg/__init__.py");
});

test("tsconfig tsmpy.packageIndex is read, and a non-boolean is a bad tsconfig", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsmpy-pkgidx-"));
  const cfg = path.join(dir, "tsconfig.json");
  fs.writeFileSync(cfg, JSON.stringify({ tsmpy: { packageIndex: true } }));
  expect(readTsconfig(cfg).packageIndex).toBe(true);
  fs.writeFileSync(cfg, JSON.stringify({ tsmpy: { packageIndex: "yes" } }));
  expect(readTsconfig(cfg).diagnostics.map((d) => d.code)).toEqual(["TSMPY2003"]);
  fs.rmSync(dir, { recursive: true, force: true });
});
