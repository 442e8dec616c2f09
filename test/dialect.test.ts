// docs/dialect.md lists every diagnostic of the catalog (code, name, why) between the generated
// markers. `UPDATE_GOLDEN=1 npx jest test/dialect.test.ts` rewrites that section from the catalog.
import * as fs from "fs";
import * as path from "path";
import { allTemplates } from "../compiler/src/diagnostics/catalog";

const DOC = path.resolve(__dirname, "../docs/dialect.md");
const BEGIN = "<!-- BEGIN GENERATED: diagnostics catalog (UPDATE_GOLDEN=1 npx jest test/dialect.test.ts) -->";
const END = "<!-- END GENERATED: diagnostics catalog -->";

function catalogTable(): string {
  const rows = allTemplates().map((t) => `| TSMPY${t.code} | ${t.name} | ${t.category} | ${t.why.replace(/\|/g, "\\|").replace(/\n/g, " ")} |`);
  return ["| Code | Name | Category | Why |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

test("docs/dialect.md lists every catalog code with its reason", () => {
  const doc = fs.readFileSync(DOC, "utf8");
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  const generated = `${BEGIN}\n${catalogTable()}\n${END}`;
  const current = doc.slice(start, end + END.length);
  if (process.env.UPDATE_GOLDEN) {
    if (current !== generated) fs.writeFileSync(DOC, doc.slice(0, start) + generated + doc.slice(end + END.length));
    return;
  }
  if (current !== generated) {
    const missing = allTemplates().filter((t) => !current.includes(`| TSMPY${t.code} |`)).map((t) => `TSMPY${t.code}`);
    throw new Error(
      `docs/dialect.md's diagnostics table is out of date with compiler/src/diagnostics/catalog.ts` +
        (missing.length ? ` (missing: ${missing.join(", ")})` : "") +
        `.\nRegenerate it: UPDATE_GOLDEN=1 npx jest test/dialect.test.ts`,
    );
  }
});

test("the dialect document keeps its three parts", () => {
  const doc = fs.readFileSync(DOC, "utf8");
  expect(doc).toMatch(/^## Supported$/m);
  expect(doc).toMatch(/^## Refused$/m);
  expect(doc).toMatch(/^## Known differences from Node$/m);
});
