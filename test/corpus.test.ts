// The acceptance rule of the compiler, applied to a corpus of ordinary programs: each one either
// runs on MicroPython with exactly Node's output, or is refused with a coded tsmpy diagnostic.
// Wrong output, a type error in a corpus file, or an internal compiler error fails the test.
import * as fs from "fs";
import * as path from "path";
import { ProgramCase } from "./harness";
import { formatDiagnostics } from "../compiler/src/diagnostics/format";

const dir = path.join(__dirname, "corpus");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts"));
const groups = new Map<string, string[]>();
for (const f of files) {
  const key = f.split("-")[0];
  groups.set(key, [...(groups.get(key) ?? []), f]);
}

/** Programs the compiler must refuse (construct outside the dialect), by file name. */
const MUST_REFUSE = new Set(["28-unsupported-var.ts", "40-date-refused.ts"]);
const refused: string[] = [];

for (const [key, group] of [...groups.entries()].sort()) {
  const entry = group.length === 1 ? group[0] : group.find((f) => f.endsWith("-main.ts"))!;
  test(`corpus ${entry}`, async () => {
    const sources = Object.fromEntries(group.map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]));
    const c = new ProgramCase(sources, entry);
    const result = c.compile();
    const tsErrors = result.diagnostics.filter((d) => d.code.startsWith("TS") && !d.code.startsWith("TSMPY"));
    if (tsErrors.length) throw new Error(`corpus file does not type-check:\n${formatDiagnostics(tsErrors)}`);
    const internal = result.diagnostics.filter((d) => d.code === "TSMPY2999");
    if (internal.length) throw new Error(`compiler crashed:\n${formatDiagnostics(internal)}`);
    if (result.diagnostics.some((d) => d.category === "error")) {
      refused.push(`${entry}: ${result.diagnostics.filter((d) => d.category === "error").map((d) => `${d.code} line ${d.line} ${d.message}`).join("; ")}`);
      return;
    }
    if (MUST_REFUSE.has(entry)) throw new Error(`${entry} should have been refused`);
    await c.expectToMatchNode();
  });
  void key;
}

afterAll(() => {
  if (refused.length) console.log(`corpus: ${refused.length} of ${groups.size} programs refused with a diagnostic:\n${refused.join("\n")}`);
});
