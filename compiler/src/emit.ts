// Writing a build to disk: every file goes to a fresh temporary directory beside the output
// directory, which is then swapped into place. A failed or interrupted build never leaves a
// half-written output directory, and a failed compilation never gets here at all.
import * as fs from "fs";
import * as path from "path";
import type { CompileResult } from "./compile";

/**
 * Marks a directory as tsmpy build output: a later build replaces a non-empty directory only when
 * it holds this file, so that `--outDir` pointed at someone's own files cannot delete them.
 */
export const OUTPUT_MARKER = ".tsmpy-build";

/** The files of a build, relative to the output root: user modules, then `lib/tsmpy/...`. */
export function outputFiles(result: CompileResult): Map<string, string> {
  const files = new Map<string, string>();
  files.set(OUTPUT_MARKER, "Written by `tsmpy build`; the next build replaces this directory.\n");
  for (const m of result.modules) files.set(m.outPath, m.text.endsWith("\n") || m.text === "" ? m.text : m.text + "\n");
  for (const [rel, text] of result.helperFiles) files.set(path.posix.join("lib", rel), text);
  return files;
}

/** Writes `files` as the whole content of `outDir`, replacing what was there in one swap. */
export function writeOutputAtomically(outDir: string, files: Map<string, string | Buffer>): void {
  replaceDirAtomically(outDir, (tmp) => writeFiles(tmp, files));
}

/** Writes `files` (paths relative to `dir`) into `dir`, creating folders as needed. */
export function writeFiles(dir: string, files: Map<string, string | Buffer>): void {
  for (const [rel, text] of files) {
    const dest = path.join(dir, rel);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, text);
  }
}

/**
 * Replaces `outDir` with a directory that `fill` writes (into a fresh temporary directory beside
 * it): either the whole new content appears, or, when `fill` or the swap fails, the old one stays.
 */
export function replaceDirAtomically(outDir: string, fill: (tmp: string) => void): void {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  fs.mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const tmp = path.join(parent, `.${path.basename(target)}.tmp-${stamp}`);
  const old = path.join(parent, `.${path.basename(target)}.old-${stamp}`);
  try {
    fs.mkdirSync(tmp);
    fill(tmp);
    const existed = fs.existsSync(target);
    if (existed) fs.renameSync(target, old);
    try {
      fs.renameSync(tmp, target);
    } catch (e) {
      if (existed) fs.renameSync(old, target);
      throw e;
    }
    if (existed) fs.rmSync(old, { recursive: true, force: true });
  } finally {
    if (fs.existsSync(tmp)) fs.rmSync(tmp, { recursive: true, force: true });
  }
}
