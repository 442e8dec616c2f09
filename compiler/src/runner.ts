// Compile-and-execute: lays out compiled modules in the interpreter's file system the way a device
// holds them (user modules from the root, the helper package under /lib), runs the entry module,
// and maps Python traceback frames back to TypeScript file:line.
import * as path from "path";
import { CompileResult } from "./compile";
import { PyFile, RunOptions, RunResult, bootCode, runMicroPython, usesAsyncio } from "./engine";

export function deviceFiles(result: CompileResult): PyFile[] {
  const files: PyFile[] = result.modules.map((m) => ({ path: "/" + m.outPath, text: m.text }));
  for (const [rel, text] of result.helperFiles) files.push({ path: "/lib/" + rel, text });
  return files;
}

export async function runCompiled(result: CompileResult, entryFile: string, opts: RunOptions = {}): Promise<RunResult> {
  const entry = result.modules.find((m) => path.resolve(m.sourceFile) === path.resolve(entryFile));
  if (!entry) throw new Error(`entry ${entryFile} was not compiled`);
  const files = deviceFiles(result);
  const run = await runMicroPython(files, bootCode(entry.moduleName, [], { asyncio: usesAsyncio(files) }), opts);
  if (run.error) run.error.message = mapTraceback(run.error.message, result);
  return run;
}

/**
 * Rewrites a MicroPython traceback for the TypeScript author: `File "/app/x.py", line 12` frames
 * become the TypeScript file and line they came from, the boot code's `<stdin>` frames go, and
 * frames inside the helper package stay but are marked as such.
 */
export function mapTraceback(text: string, result: CompileResult, cwd = process.cwd()): string {
  const byPath = new Map(result.modules.map((m) => [m.outPath, m]));
  return text
    .split("\n")
    // the boot code and the engine's asyncio runner are not the program's
    .filter((l) => !/^\s*File "(<stdin>|\/lib\/tsmpy_engine\/[^"]*)"/.test(l))
    .map((l) => {
      const frame = /^(\s*)File "\/*([^"]+)", line (\d+)(.*)$/.exec(l);
      if (!frame) return l;
      const [, indent, file, line, rest] = frame;
      const m = byPath.get(file);
      if (m) {
        // A Python line the compiler added has no TS line of its own: the nearest one above it.
        let tsLine = 0;
        for (let i = Number(line) - 1; i >= 0 && !tsLine; i--) tsLine = m.lineMap[i] || 0;
        const rel = path.relative(cwd, m.sourceFile);
        const shown = rel.startsWith("..") || path.isAbsolute(rel) ? m.sourceFile : rel;
        return `${indent}File "${shown}"${tsLine ? `, line ${tsLine}` : ""}${rest}`;
      }
      if (file.startsWith("lib/tsmpy/")) return `${indent}File "${file}", line ${line}${rest}  [tsmpy helper]`;
      return l;
    })
    .join("\n");
}
