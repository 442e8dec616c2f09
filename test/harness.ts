// Test harness: compile TypeScript with tsmpy, run it on real MicroPython, run the same TypeScript
// on Node, and compare. Expected output always comes from Node, never from hand.
//
//   test("closures see their iteration's value", () =>
//     program`
//       const fs: (() => number)[] = [];
//       for (let i = 0; i < 3; i++) fs.push(() => i);
//       console.log(fs.map((f) => f()).join(","));
//     `.expectToMatchNode());
//
//   test("var is refused", () => program`var x = 1;`.expectDiagnostic("TSMPY1002", 1));
import { execFile } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ts } from "ts-morph";
import { loadMemoryProject } from "../compiler/src/project";
import { compileLoaded, CompileResult } from "../compiler/src/compile";
import { runCompiled } from "../compiler/src/runner";
import { formatDiagnostics } from "../compiler/src/diagnostics/format";

export interface NodeResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Strips the common indentation of a template-literal program. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, "").replace(/\s+$/, "").split("\n");
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length);
  const min = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(min)).join("\n") + "\n";
}

const NODE_CACHE = path.resolve(__dirname, "../.tsmpy-cache/node");
/** Node stand-ins for device modules a test program imports (asyncio), found through NODE_PATH. */
const NODE_SHIMS = path.resolve(__dirname, "fixtures/node-shims");
let shimsKey: string | undefined;
function nodeShimsKey(): string {
  if (shimsKey === undefined) {
    shimsKey = fs.existsSync(NODE_SHIMS)
      ? fs.readdirSync(NODE_SHIMS).sort().map((f) => f + "\n" + fs.readFileSync(path.join(NODE_SHIMS, f), "utf8")).join("\n")
      : "";
  }
  return shimsKey;
}

/** Runs the TypeScript program on Node (transpiled to CommonJS); results are cached by content. */
export async function runOnNode(files: Record<string, string>, entry: string): Promise<NodeResult> {
  const key = crypto.createHash("sha256").update(JSON.stringify([files, entry, process.version, nodeShimsKey()])).digest("hex").slice(0, 24);
  const cached = path.join(NODE_CACHE, key + ".json");
  if (fs.existsSync(cached)) return JSON.parse(fs.readFileSync(cached, "utf8"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsmpy-node-"));
  for (const [name, text] of Object.entries(files)) {
    const js = ts.transpileModule(text.replace(/(from\s+["'][^"']+)\.ts(["'])/g, "$1$2"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, useDefineForClassFields: true, esModuleInterop: true },
      fileName: name,
    }).outputText;
    const out = path.join(dir, name.replace(/\.ts$/, ".js"));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, js);
  }
  const result = await new Promise<NodeResult>((resolve) => {
    execFile(process.execPath, [path.join(dir, entry.replace(/\.ts$/, ".js"))], { timeout: 20000, cwd: dir, env: { ...process.env, NODE_PATH: NODE_SHIMS } }, (err, stdout, stderr) => {
      resolve({ stdout, stderr, exitCode: err ? (typeof err.code === "number" ? err.code : 1) : 0 });
    });
  });
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(NODE_CACHE, { recursive: true });
  fs.writeFileSync(cached, JSON.stringify(result));
  return result;
}

export function compileFiles(files: Record<string, string>): CompileResult {
  return compileLoaded(loadMemoryProject(files));
}

export class ProgramCase {
  constructor(
    readonly files: Record<string, string>,
    readonly entry = "main.ts",
  ) {}

  /** Adds another module to the program. */
  with(name: string, source: string): ProgramCase {
    return new ProgramCase({ ...this.files, [name]: dedent(source) }, this.entry);
  }

  compile(): CompileResult {
    return compileFiles(this.files);
  }

  /** The emitted Python of one module. */
  python(file = this.entry): string {
    const r = this.compile();
    assertNoErrors(r, this.files);
    return r.modules.find((m) => m.sourceFile.endsWith("/" + file))!.text;
  }

  /** Compiles, runs on MicroPython and on Node, and expects the same stdout (and success/failure). */
  async expectToMatchNode(opts: { timeoutMs?: number } = {}): Promise<void> {
    const compiled = this.compile();
    assertNoErrors(compiled, this.files);
    const [node, mp] = await Promise.all([
      runOnNode(this.files, this.entry),
      runCompiled(compiled, "/project/" + this.entry, { timeoutMs: opts.timeoutMs ?? 20000 }),
    ]);
    const mpFailed = !!mp.error || mp.timedOut;
    const report = () =>
      [
        "--- TypeScript ---",
        ...Object.entries(this.files).map(([n, t]) => `// ${n}\n${t}`),
        "--- Python ---",
        ...compiled.modules.map((m) => `# ${m.outPath}\n${m.text}`),
        "--- Node stdout ---",
        node.stdout,
        node.exitCode ? `--- Node stderr (exit ${node.exitCode}) ---\n${node.stderr}` : "",
        "--- MicroPython stdout ---",
        mp.stdout,
        mp.error ? `--- MicroPython error ---\n${mp.error.message}` : "",
        mp.timedOut ? "--- MicroPython timed out ---" : "",
      ].join("\n");
    if (mp.stdout !== node.stdout || mpFailed !== (node.exitCode !== 0)) {
      throw new Error(`MicroPython output differs from Node's\n${report()}`);
    }
  }

  /** Expects compilation to report `code` (e.g. "TSMPY1002" or "TS2322") at `line` of the entry file. */
  expectDiagnostic(code: string, line?: number): void {
    const r = this.compile();
    const hit = r.diagnostics.find((d) => d.code === code && (line === undefined || d.line === line));
    if (!hit) {
      throw new Error(`expected ${code}${line ? ` at line ${line}` : ""}, got:\n${formatDiagnostics(r.diagnostics) || "no diagnostics"}\n${r.modules.map((m) => m.text).join("\n")}`);
    }
  }
}

function assertNoErrors(r: CompileResult, files: Record<string, string>) {
  const errors = r.diagnostics.filter((d) => d.category === "error");
  if (errors.length) {
    throw new Error(`compilation failed:\n${formatDiagnostics(errors)}\n--- source ---\n${Object.values(files).join("\n")}`);
  }
}

/** program`...` — a single-file program named main.ts. */
export function program(strings: TemplateStringsArray, ...values: unknown[]): ProgramCase {
  const text = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ""), "");
  return new ProgramCase({ "main.ts": dedent(text) });
}

export { shutdownEngine } from "../compiler/src/engine";
