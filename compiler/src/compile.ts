// The compiler as a function: a loaded project in, Python files and diagnostics out.
// Type errors stop the build before any transformation (tsc's rules first, then tsmpy's).
import * as fs from "fs";
import * as path from "path";
import { ts } from "ts-morph";
import { Diagnostic, moduleNameCollision, reservedModuleName } from "./diagnostics/catalog";
import { LoadedProject, STUBS_DIR } from "./project";
import { packageRoot } from "./paths";
import { ModuleResolver, RESERVED_MODULE_NAMES } from "./transform/modules/resolve";
import { transformSourceFile } from "./transform";
import { printModule } from "./python/printer";

export interface CompiledModule {
  /** Output path relative to the output root, e.g. `app/util.py`. */
  outPath: string;
  /** Python module name, e.g. `app.util`. */
  moduleName: string;
  sourceFile: string;
  text: string;
  lineMap: number[];
}

export interface CompileResult {
  modules: CompiledModule[];
  /** Helper package files to ship: output path (`tsmpy/num.py`) -> text. */
  helperFiles: Map<string, string>;
  diagnostics: Diagnostic[];
  rootDir: string;
}

/** Directory of the runtime helper package (compiler/helpers/tsmpy). */
export const HELPERS_DIR = path.join(packageRoot(), "compiler", "helpers");

export function typeCheck(program: ts.Program, files: readonly ts.SourceFile[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const all = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const sf of files) all.push(...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf));
  for (const d of all) out.push(fromTsDiagnostic(d));
  return out;
}

export function fromTsDiagnostic(d: ts.Diagnostic): Diagnostic {
  const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
  const base: Diagnostic = { code: `TS${d.code}`, category: d.category === ts.DiagnosticCategory.Error ? "error" : "warning", message };
  if (!d.file || d.start === undefined) return base;
  const lc = d.file.getLineAndCharacterOfPosition(d.start);
  const text = d.file.text;
  const lineStart = text.lastIndexOf("\n", d.start - 1) + 1;
  let lineEnd = text.indexOf("\n", d.start);
  if (lineEnd < 0) lineEnd = text.length;
  return {
    ...base,
    file: d.file.fileName,
    line: lc.line + 1,
    column: lc.character + 1,
    sourceLine: text.slice(lineStart, lineEnd).replace(/\r$/, ""),
    length: Math.max(1, Math.min(d.length ?? 1, lineEnd - d.start)),
  };
}

export function compileLoaded(loaded: LoadedProject, opts: { skipTypeCheck?: boolean } = {}): CompileResult {
  const { program, sourceFiles, rootDir } = loaded;
  const diagnostics: Diagnostic[] = [...loaded.configDiagnostics];
  if (!opts.skipTypeCheck) diagnostics.push(...typeCheck(program, sourceFiles));
  const result: CompileResult = { modules: [], helperFiles: new Map(), diagnostics, rootDir };
  if (diagnostics.some((d) => d.category === "error")) return result;

  const resolver = new ModuleResolver(rootDir, program, sourceFiles, loaded.stubDirs, !!loaded.packageIndex);
  diagnostics.push(...checkModuleNames(resolver, sourceFiles, loaded.allowModuleNames));
  if (diagnostics.some((d) => d.category === "error")) return result;
  const helperModules = new Set<string>();
  for (const sf of sourceFiles) {
    const t = transformSourceFile(program, sf, resolver);
    diagnostics.push(...t.diagnostics);
    t.helperModules.forEach((m) => helperModules.add(m));
    const printed = printModule(t.module);
    result.modules.push({
      outPath: resolver.outputPath(sf),
      moduleName: resolver.moduleName(sf),
      sourceFile: sf.fileName,
      text: printed.text,
      lineMap: printed.lineMap,
    });
  }
  if (helperModules.size) {
    for (const [rel, text] of readHelperPackage(helperModules)) result.helperFiles.set(rel, text);
  }
  diagnostics.sort((a, b) => (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return result;
}

/**
 * Module names that cannot work on a device: a top-level name MicroPython already has (TSMPY1017),
 * two files with one Python name, or a module and a package with one name (TSMPY1501).
 */
export function checkModuleNames(resolver: ModuleResolver, files: readonly ts.SourceFile[], allowed: readonly string[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byName = new Map<string, ts.SourceFile>();
  const packages = new Map<string, ts.SourceFile>();
  for (const sf of files) {
    const mod = resolver.moduleName(sf);
    const parts = mod.split(".");
    // A `lib/` folder of the project lands in the device's lib/, which is on sys.path: its modules
    // are top-level modules there too (`lib/json.ts` would shadow `json` for every program).
    const topLevel = parts[0] === "lib" && parts.length > 1 ? parts[1] : parts[0];
    if ((RESERVED_MODULE_NAMES.has(topLevel) || stubModuleNames().has(topLevel)) && !allowed.includes(topLevel)) {
      out.push(atFileStart(sf, reservedModuleName(undefined, topLevel)));
    }
    const other = byName.get(mod);
    if (other) out.push(atFileStart(sf, moduleNameCollision(undefined, mod, other.fileName)));
    else byName.set(mod, sf);
    for (let i = 1; i < parts.length; i++) if (!packages.has(parts.slice(0, i).join("."))) packages.set(parts.slice(0, i).join("."), sf);
  }
  for (const [mod, sf] of byName) {
    const pkgFile = packages.get(mod);
    // A package's own index.ts (tsmpy.packageIndex) is that package's __init__.py, not a collision.
    if (pkgFile && !resolver.isPackageIndex(sf)) out.push(atFileStart(sf, moduleNameCollision(undefined, mod, `the folder of ${pkgFile.fileName}`)));
    // lib/x.ts is also the top-level module `x` on the device (lib/ is on sys.path, first on MicroPythonOS).
    const parts = mod.split(".");
    if (parts[0] === "lib" && parts.length > 1) {
      const other = byName.get(parts[1]) ?? packages.get(parts[1]);
      if (other) out.push(atFileStart(sf, moduleNameCollision(undefined, parts[1], other.fileName)));
    }
  }
  return out;
}

let stubNames: Set<string> | undefined;
/** Device modules tsmpy ships stubs for (stubs/<name>.d.ts): a user module may not take their names. */
function stubModuleNames(): Set<string> {
  if (!stubNames) {
    stubNames = new Set();
    if (fs.existsSync(STUBS_DIR)) {
      for (const f of fs.readdirSync(STUBS_DIR)) {
        if (f.endsWith(".d.ts") && f !== "globals.d.ts") stubNames.add(f.slice(0, -5));
        else if (fs.existsSync(path.join(STUBS_DIR, f, "index.d.ts"))) stubNames.add(f);
      }
    }
  }
  return stubNames;
}

function atFileStart(sf: ts.SourceFile, d: Diagnostic): Diagnostic {
  const firstLine = sf.text.split("\n", 1)[0].replace(/\r$/, "");
  return { ...d, file: sf.fileName, line: 1, column: 1, sourceLine: firstLine, length: Math.max(1, firstLine.length) };
}

/**
 * The helper package files needed by the given helper modules: each named module, the modules it
 * imports from the package (transitively), and the package's `__init__.py`.
 */
export function readHelperPackage(modules: Set<string>): Map<string, string> {
  const files = new Map<string, string>();
  const queue = [...modules];
  const seen = new Set<string>();
  while (queue.length) {
    const mod = queue.pop()!;
    if (seen.has(mod)) continue;
    seen.add(mod);
    const rel = mod.split(".").join("/") + ".py";
    const text = fs.readFileSync(path.join(HELPERS_DIR, rel), "utf8");
    files.set(rel, text);
    for (const m of text.matchAll(/^\s*(?:from|import)\s+(tsmpy\.\w+)/gm)) queue.push(m[1]);
  }
  files.set("tsmpy/__init__.py", fs.readFileSync(path.join(HELPERS_DIR, "tsmpy/__init__.py"), "utf8"));
  return files;
}
