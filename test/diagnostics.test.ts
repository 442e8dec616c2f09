// Diagnostic fixtures: every test/diagnostics/**/*.ts is compiled on its own (under its own file
// name) and must report exactly the errors its comments announce:
//
//   var x = 1; // expect: TSMPY1002
//   let y: number = "s"; // expect: TS2322, TSMPY1234     (several codes on one line)
//
// An `// expect:` comment names the line it is on. Every announced code must be reported on that
// line, and no other error may be reported. Warnings are listed with `// expect-warning: CODE`.
//
// A folder whose name ends in `.project` is one multi-file fixture: its files are compiled
// together (entry-free), with the same markers in any of them.
import * as fs from "fs";
import * as path from "path";
import { loadMemoryProject } from "../compiler/src/project";
import { compileLoaded } from "../compiler/src/compile";
import { formatDiagnostics } from "../compiler/src/diagnostics/format";

const ROOT = path.join(__dirname, "diagnostics");

interface Fixture {
  name: string;
  files: Record<string, string>;
}

function collect(dir: string): Fixture[] {
  if (!fs.existsSync(dir)) return [];
  const out: Fixture[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name.endsWith(".project")) {
      const files: Record<string, string> = {};
      const walk = (d: string) => {
        for (const f of fs.readdirSync(d, { withFileTypes: true })) {
          const q = path.join(d, f.name);
          if (f.isDirectory()) walk(q);
          else if (f.name.endsWith(".ts")) files[path.relative(p, q).split(path.sep).join("/")] = fs.readFileSync(q, "utf8");
        }
      };
      walk(p);
      out.push({ name: path.relative(ROOT, p), files });
    } else if (e.isDirectory()) {
      out.push(...collect(p));
    } else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) {
      out.push({ name: path.relative(ROOT, p), files: { [e.name]: fs.readFileSync(p, "utf8") } });
    }
  }
  return out;
}

/** `file:line code` keys announced by the markers. */
function expectedKeys(files: Record<string, string>, marker: "expect" | "expect-warning"): string[] {
  const keys: string[] = [];
  const re = new RegExp(`//\\s*${marker}:\\s*([A-Z]+\\d+(?:\\s*,\\s*[A-Z]+\\d+)*)`);
  for (const [name, text] of Object.entries(files)) {
    text.split("\n").forEach((line, i) => {
      const m = re.exec(line);
      if (m) for (const code of m[1].split(",")) keys.push(`${name}:${i + 1} ${code.trim()}`);
    });
  }
  return keys.sort();
}

const fixtures = collect(ROOT);

if (fixtures.length === 0) {
  test("no diagnostic fixtures yet", () => expect(fixtures).toEqual([]));
}

test.each(fixtures.map((f) => [f.name, f]))("%s", (_name, fixture) => {
  const f = fixture as Fixture;
  const result = compileLoaded(loadMemoryProject(f.files));
  const key = (d: { file?: string; line?: number; code: string }) => `${(d.file ?? "").replace(/^\/project\//, "")}:${d.line ?? 0} ${d.code}`;
  const errors = [...new Set(result.diagnostics.filter((d) => d.category === "error").map(key))].sort();
  const warnings = [...new Set(result.diagnostics.filter((d) => d.category === "warning").map(key))].sort();
  const expected = expectedKeys(f.files, "expect");
  if (expected.length === 0) throw new Error(`${f.name} has no '// expect: CODE' marker`);
  try {
    expect(errors).toEqual(expected);
    expect(warnings).toEqual(expectedKeys(f.files, "expect-warning"));
  } catch (e) {
    throw new Error(`${(e as Error).message}\n\nreported:\n${formatDiagnostics(result.diagnostics)}`);
  }
});
