// Type-checks test/stubs/ (usage files that exercise the device stubs in stubs/, including
// `@ts-expect-error` lines for wrong uses) with the TypeScript compiler API: zero diagnostics.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const configPath = path.join(__dirname, "tsconfig.json");

function formatDiagnostics(diags: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diags, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => path.resolve(__dirname, "../.."),
    getNewLine: () => "\n",
  });
}

test("test/stubs type-checks against stubs/ with zero errors", () => {
  const t0 = Date.now();
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(formatDiagnostics([d]));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  expect(formatDiagnostics(parsed.errors)).toBe("");
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const diags = ts.getPreEmitDiagnostics(program);
  const ms = Date.now() - t0;
  // Every stub file is part of the program (checked even when no usage file imports it).
  const files = program.getSourceFiles().map((f) => path.relative(path.resolve(__dirname, "../.."), f.fileName));
  const stubs = fs.readdirSync(path.resolve(__dirname, "../../stubs")).filter((f) => f.endsWith(".d.ts"));
  expect(stubs.length).toBeGreaterThan(1);
  expect(files).toEqual(
    expect.arrayContaining([
      ...stubs.map((f) => `stubs/${f}`),
      "test/stubs/lvgl-usage.ts",
      "test/stubs/lvgl-errors.ts",
      "test/stubs/device-usage.ts",
      "test/stubs/device-errors.ts",
      "test/stubs/mpos-usage.ts",
      "test/stubs/mpos-errors.ts",
      "test/stubs/asyncio-usage.ts",
      "test/stubs/asyncio-errors.ts",
    ])
  );
  expect(formatDiagnostics(diags)).toBe("");
  // eslint-disable-next-line no-console
  console.log(`type-check of test/stubs: ${parsed.fileNames.length} root files, ${ms} ms`);
});
