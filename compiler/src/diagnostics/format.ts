// tsc-style reporting: `file:line:col - error CODE: message` followed by a code frame.
import * as path from "path";
import type { Diagnostic } from "./catalog";

export interface FormatOptions {
  cwd?: string;
  color?: boolean;
}

export function formatDiagnostic(d: Diagnostic, opts: FormatOptions = {}): string {
  const c = opts.color ? colors : plain;
  const where = d.file ? `${c.cyan(relative(d.file, opts.cwd))}:${c.yellow(String(d.line))}:${c.yellow(String(d.column))} - ` : "";
  const head = `${where}${d.category === "error" ? c.red("error") : c.yellow("warning")} ${c.gray(d.code + ":")} ${d.message}`;
  if (!d.sourceLine || !d.line || !d.column) return head;
  const num = String(d.line);
  const gutter = " ".repeat(num.length);
  const frame = [
    "",
    `${c.inverse(num)} ${d.sourceLine}`,
    `${c.inverse(gutter)} ${" ".repeat(d.column - 1)}${c.red("~".repeat(d.length ?? 1))}`,
  ];
  return head + "\n" + frame.join("\n") + "\n";
}

/** All diagnostics, then tsc's summary ("Found 1 error in src/main.ts:2"). */
export function formatDiagnostics(ds: Diagnostic[], opts: FormatOptions = {}): string {
  const body = ds.map((d) => formatDiagnostic(d, opts)).join("\n");
  const errors = ds.filter((d) => d.category === "error");
  if (errors.length === 0) return body + "\n";
  const at = (d: Diagnostic) => (d.file ? `${relative(d.file, opts.cwd)}${d.line ? `:${d.line}` : ""}` : "");
  const files = [...new Set(errors.map((d) => d.file ?? ""))];
  let summary: string;
  if (errors.length === 1) {
    summary = `Found 1 error${errors[0].file ? ` in ${at(errors[0])}` : "."}`;
  } else if (files.length === 1 && files[0]) {
    summary = `Found ${errors.length} errors in the same file, starting at: ${at(errors[0])}`;
  } else if (files.length <= 1) {
    summary = `Found ${errors.length} errors.`;
  } else {
    const rows = files.map((f) => {
      const mine = errors.filter((d) => (d.file ?? "") === f);
      return `${String(mine.length).padStart(6)}  ${f ? at(mine[0]) : "(no file)"}`;
    });
    summary = `Found ${errors.length} errors in ${files.length} files.\n\nErrors  Files\n${rows.join("\n")}`;
  }
  return `${body}\n\n${summary}\n`;
}

function relative(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel.startsWith("..") && path.isAbsolute(file) ? file : rel;
}

const id = (s: string) => s;
const plain = { red: id, yellow: id, cyan: id, gray: id, inverse: id };
const esc = (code: string) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
const colors = { red: esc("91"), yellow: esc("93"), cyan: esc("96"), gray: esc("90"), inverse: esc("7") };
