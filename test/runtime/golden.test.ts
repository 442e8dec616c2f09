// Golden files of the runtime: the Python that runtime-ts/ compiles to (device paths under
// test/golden/runtime/: main.py, lib/mpos/..., lib/servicekit/...; the lib/tsmpy helpers are
// pinned by their own sources). `UPDATE_GOLDEN=1 npx jest test/runtime/golden.test.ts` rewrites
// them; read the diff.
import * as fs from "fs";
import * as path from "path";
import { runtimeFiles } from "../../compiler/src/runtime-build";
import { formatDiagnostics } from "../../compiler/src/diagnostics/format";

const DIR = path.resolve(__dirname, "../golden/runtime");
const UPDATE = !!process.env.UPDATE_GOLDEN;

function pinned(): Map<string, string> {
  const build = runtimeFiles("micropython");
  if (build.diagnostics.some((d) => d.category === "error")) throw new Error(formatDiagnostics(build.diagnostics));
  return new Map([...build.files].filter(([p]) => !p.startsWith("lib/tsmpy/")));
}

function existing(dir = DIR, rel = ""): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...existing(path.join(dir, e.name), rel + e.name + "/"));
    else if (e.name.endsWith(".py")) out.push(rel + e.name);
  }
  return out.sort();
}

const files = pinned();

test("every runtime module has a golden file and no golden file is left over", () => {
  if (UPDATE) {
    for (const f of existing()) if (!files.has(f)) fs.rmSync(path.join(DIR, f));
  }
  expect(existing()).toEqual([...files.keys()].sort());
});

test.each([...files.keys()].sort().map((f) => [f]))("%s", (rel) => {
  const file = path.join(DIR, rel);
  const actual = files.get(rel)!;
  if (UPDATE) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== actual) fs.writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(fs.readFileSync(file, "utf8"));
});
