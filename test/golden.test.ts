// Golden tests: every test/golden/**/<name>.ts is compiled and its Python compared with the
// <name>.py beside it. `UPDATE_GOLDEN=1 npx jest test/golden.test.ts` (re)writes the .py files.
//
// Layout: test/golden/<topic>/<name>.ts, one folder per topic. The .ts files of one folder are
// compiled together as one project rooted at that folder, so a golden file may import a sibling
// (`import { f } from "./helpers"`); a folder's files must be free of errors.
// A `<name>.golden-source` file holds the path (relative to it) of a TypeScript file kept
// elsewhere in the repo, compiled as `<name>.ts`: the golden pins that file without a copy.
import * as fs from "fs";
import * as path from "path";
import { loadMemoryProject } from "../compiler/src/project";
import { compileLoaded, CompileResult } from "../compiler/src/compile";
import { formatDiagnostics } from "../compiler/src/diagnostics/format";

const ROOT = path.join(__dirname, "golden");
const UPDATE = !!process.env.UPDATE_GOLDEN;

function tsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if ((e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) || e.name.endsWith(".golden-source")) out.push(p.replace(/\.golden-source$/, ".ts"));
  }
  return out.sort();
}

const files = tsFiles(ROOT);
const byFolder = new Map<string, string[]>();
for (const f of files) {
  const d = path.dirname(f);
  byFolder.set(d, [...(byFolder.get(d) ?? []), f]);
}

/** The text of a golden `.ts`, or of the file its `.golden-source` names. */
function readGoldenSource(tsPath: string): string {
  if (fs.existsSync(tsPath)) return fs.readFileSync(tsPath, "utf8");
  const pointer = tsPath.replace(/\.ts$/, ".golden-source");
  return fs.readFileSync(path.resolve(path.dirname(pointer), fs.readFileSync(pointer, "utf8").trim()), "utf8");
}

const compiled = new Map<string, CompileResult>();
function compileFolder(dir: string): CompileResult {
  let r = compiled.get(dir);
  if (!r) {
    const sources: Record<string, string> = {};
    for (const f of byFolder.get(dir)!) sources[path.relative(dir, f).split(path.sep).join("/")] = readGoldenSource(f);
    r = compileLoaded(loadMemoryProject(sources));
    compiled.set(dir, r);
  }
  return r;
}

if (files.length === 0) {
  test("no golden files yet", () => expect(files).toEqual([]));
}

describe.each([...byFolder.keys()].map((d) => [path.relative(ROOT, d) || "."]))("golden/%s", (rel) => {
  const dir = path.join(ROOT, rel);
  test.each(byFolder.get(dir)!.map((f) => [path.basename(f)]))("%s", (name) => {
    const result = compileFolder(dir);
    const mine = result.diagnostics.filter((d) => d.file === "/project/" + name);
    const errors = result.diagnostics.filter((d) => d.category === "error");
    if (errors.length) throw new Error(`golden/${rel} does not compile:\n${formatDiagnostics(mine.length ? mine : errors)}`);
    const mod = result.modules.find((m) => m.sourceFile === "/project/" + name)!;
    const expectedFile = path.join(dir, name.replace(/\.ts$/, ".py"));
    const actual = mod.text.endsWith("\n") ? mod.text : mod.text + "\n";
    if (UPDATE) {
      if (!fs.existsSync(expectedFile) || fs.readFileSync(expectedFile, "utf8") !== actual) fs.writeFileSync(expectedFile, actual);
      return;
    }
    if (!fs.existsSync(expectedFile)) throw new Error(`${path.relative(process.cwd(), expectedFile)} is missing; run UPDATE_GOLDEN=1 npx jest test/golden.test.ts`);
    expect(actual).toBe(fs.readFileSync(expectedFile, "utf8"));
  });
});
