// Compile-and-execute: lays out compiled modules in the interpreter's file system the way a device
// holds them (user modules from the root, the helper package under /lib), runs the entry module,
// and maps Python traceback frames back to TypeScript file:line.
import * as path from "path";
import { CompileResult } from "./compile";
import { PyFile, RunOptions, RunResult, bootCode, runMicroPython } from "./engine";

export function deviceFiles(result: CompileResult): PyFile[] {
  const files: PyFile[] = result.modules.map((m) => ({ path: "/" + m.outPath, text: m.text }));
  for (const [rel, text] of result.helperFiles) files.push({ path: "/lib/" + rel, text });
  return files;
}

export async function runCompiled(result: CompileResult, entryFile: string, opts: RunOptions = {}): Promise<RunResult> {
  const entry = result.modules.find((m) => path.resolve(m.sourceFile) === path.resolve(entryFile));
  if (!entry) throw new Error(`entry ${entryFile} was not compiled`);
  const run = await runMicroPython(deviceFiles(result), bootCode(entry.moduleName), opts);
  if (run.error) run.error.message = mapTraceback(run.error.message, result);
  return run;
}

/** Rewrites `File "/app/x.py", line 12` frames to the TypeScript file and line they came from. */
export function mapTraceback(text: string, result: CompileResult, cwd = process.cwd()): string {
  const byPath = new Map(result.modules.map((m) => [m.outPath, m]));
  return text
    .split("\n")
    .filter((l) => !/File "<stdin>"/.test(l))
    .map((l) =>
      l.replace(/File "\/?([^"]+)", line (\d+)/, (whole, file: string, line: string) => {
        const m = byPath.get(file);
        if (!m) return whole;
        const tsLine = m.lineMap[Number(line) - 1] || 0;
        const rel = path.relative(cwd, m.sourceFile);
        const shown = rel.startsWith("..") ? m.sourceFile : rel;
        return tsLine ? `File "${shown}", line ${tsLine}` : `File "${shown}"`;
      }),
    )
    .join("\n");
}
