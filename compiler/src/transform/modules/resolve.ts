// Where each TypeScript file lives as a Python module, what an import specifier refers to, and
// where an imported binding comes from.
//
// Decisions (docs/design.md, Modules):
// - `a/b.ts` under the root directory is module `a.b` at `a/b.py`; a path segment that is not a
//   Python identifier is spelled as one (`my-util.ts` -> `my_util`), two files that end up with
//   the same module name are refused (TSMPY1502).
// - An imported binding is fetched from the module that declares it (its origin), whatever chain
//   of `export ... from` it went through; the module named in the import is still imported first,
//   so that every module runs in JavaScript's order.
// - A binding that its module reassigns (exported `let`), and any binding imported inside an
//   import cycle, is read as `_mN.name` at each use (JS live bindings; Python's `from m import x`
//   would copy the value once, or fail while `m` is still initialising).
import * as path from "path";
import { ts } from "ts-morph";
import { FileScopes } from "../scope";
import { HELPERS } from "../helpers";
import { PYTHON_KEYWORDS } from "../../python/names";

export type ResolvedImport =
  | { kind: "project"; module: string; file: ts.SourceFile }
  | { kind: "stub"; module: string }
  | { kind: "none" };

/** Where an imported value binding is defined. */
export interface Origin {
  file: ts.SourceFile;
  module: string;
  /** Its Python name in that module. */
  pyName: string;
  /** A `let` its module reassigns: read through the module at each use. */
  live: boolean;
  /** The binding is a whole module's namespace (`export * as ns from "./m"`); `file` is that module. */
  namespace?: boolean;
}

/**
 * Top-level module names a user module may not take: MicroPython's own modules (built in or in
 * the firmware's library), common device modules, and tsmpy's helper package.
 */
export const RESERVED_MODULE_NAMES = new Set([
  // MicroPython 1.27's built-in and firmware-library modules (the WebAssembly build's `help("modules")`
  // and the usual ports), without the pure-Python library names user projects commonly take
  // (types, string, copy, operator...), which nothing tsmpy emits imports.
  "__main__", "_asyncio", "_thread", "array", "asyncio", "base64", "binascii", "bluetooth", "btree",
  "builtins", "cmath", "collections", "cryptolib", "datetime", "deflate", "errno", "esp", "esp32",
  "espnow", "framebuf", "functools", "gc", "gzip", "hashlib", "heapq", "hmac", "io", "itertools", "js",
  "jsffi", "json", "logging", "lvgl", "machine", "math", "micropython", "mip", "mpos", "neopixel",
  "network", "ntptime", "onewire", "os", "platform", "random", "re", "requests", "select", "socket",
  "ssl", "struct", "sys", "time", "tls", "uasyncio", "ubinascii", "ucollections", "uctypes", "uerrno",
  "uhashlib", "uheapq", "uio", "ujson", "umqtt", "uos", "urandom", "ure", "uselect", "usocket", "ussl",
  "ustruct", "usys", "utime", "uzlib", "vfs", "webrepl", "zlib",
  // tsmpy's helper package; `lib` as a module of its own (lib.py beside the device's lib/ folder).
  "tsmpy", "lib",
]);

/** A path segment as a Python identifier. */
export function pythonModuleSegment(segment: string): string {
  let s = segment.replace(/[^A-Za-z0-9_]/g, "_");
  if (/^[0-9]/.test(s)) s = "_" + s;
  if (PYTHON_KEYWORDS.has(s)) s += "_";
  // `__init__.py` would turn its folder into a regular package; no dunder module names.
  if (/^__.*__$/.test(s)) s = "m" + s;
  return s || "_";
}

export class ModuleResolver {
  private readonly checker: ts.TypeChecker;
  private readonly scopeCache = new Map<ts.SourceFile, FileScopes>();
  private readonly projectFiles: Set<ts.SourceFile>;
  private sccOf?: Map<ts.SourceFile, number>;

  constructor(
    readonly rootDir: string,
    private readonly program: ts.Program,
    /** The files being compiled; defaults to the program's non-declaration files under rootDir. */
    files?: readonly ts.SourceFile[],
    /** Directories of device stubs. */
    readonly stubDirs: string[] = [],
    /**
     * tsconfig `tsmpy.packageIndex`: a folder's `index.ts` is that folder's package
     * (`pkg/index.ts` -> module `pkg`, file `pkg/__init__.py`), as a device package is laid out.
     */
    readonly packageIndex = false,
  ) {
    this.checker = program.getTypeChecker();
    this.projectFiles = new Set(files ?? program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && !path.relative(rootDir, sf.fileName).startsWith("..")));
  }

  /** `src/app/util.ts` under rootDir `src` -> `app.util`. */
  moduleName(file: ts.SourceFile | string): string {
    const fileName = typeof file === "string" ? file : file.fileName;
    const rel = path.relative(this.rootDir, fileName).replace(/\\/g, "/").replace(/\.(d\.)?tsx?$/, "");
    const parts = rel.split("/");
    if (this.isPackageIndex(fileName)) parts.pop();
    return parts.map(pythonModuleSegment).join(".");
  }

  /** A folder's `index.ts` compiled as the folder's `__init__.py` (tsmpy.packageIndex; not the root's). */
  isPackageIndex(file: ts.SourceFile | string): boolean {
    if (!this.packageIndex) return false;
    const fileName = typeof file === "string" ? file : file.fileName;
    const rel = path.relative(this.rootDir, fileName).replace(/\\/g, "/");
    return /\/index\.tsx?$/.test(rel) && !rel.startsWith("../");
  }

  /** Output path of a module relative to the output root: `app/util.py` (`app/__init__.py` for a package index). */
  outputPath(file: ts.SourceFile): string {
    return this.moduleName(file).split(".").join("/") + (this.isPackageIndex(file) ? "/__init__.py" : ".py");
  }

  isProjectFile(sf: ts.SourceFile): boolean {
    return this.projectFiles.has(sf);
  }

  /** What a module specifier (the string literal of an import or export) refers to. */
  resolveSpecifier(specifier: ts.Expression, from: ts.SourceFile): ResolvedImport {
    if (!ts.isStringLiteralLike(specifier)) return { kind: "none" };
    const text = specifier.text;
    const sym = this.checker.getSymbolAtLocation(specifier);
    const decl = sym?.declarations?.[0];
    if (decl && ts.isSourceFile(decl)) {
      if (!decl.isDeclarationFile && this.projectFiles.has(decl)) return { kind: "project", module: this.moduleName(decl), file: decl };
      if (decl.isDeclarationFile && !isRelative(text) && !/[\\/]node_modules[\\/]/.test(decl.fileName)) return { kind: "stub", module: stubModuleName(text) };
      return { kind: "none" };
    }
    // Ambient `declare module "lvgl"` in a declaration file.
    if (decl && ts.isModuleDeclaration(decl) && !isRelative(text) && decl.getSourceFile().isDeclarationFile) return { kind: "stub", module: stubModuleName(text) };
    // A file without imports or exports (a script) has no module symbol: resolve the path itself.
    if (!sym) {
      const host: ts.ModuleResolutionHost = {
        fileExists: (f) => !!this.program.getSourceFile(f) || ts.sys.fileExists(f),
        readFile: (f) => this.program.getSourceFile(f)?.text ?? ts.sys.readFile(f),
      };
      const resolved = ts.resolveModuleName(text, from.fileName, this.program.getCompilerOptions(), host).resolvedModule;
      const sf = resolved && this.program.getSourceFile(resolved.resolvedFileName);
      if (sf && !sf.isDeclarationFile && this.projectFiles.has(sf)) return { kind: "project", module: this.moduleName(sf), file: sf };
    }
    return { kind: "none" };
  }

  /** Old entry point kept for callers that have only the text. */
  resolve(specifier: string, from: ts.SourceFile): ResolvedImport {
    for (const s of from.statements) {
      const spec = (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) ? s.moduleSpecifier : undefined;
      if (spec && ts.isStringLiteralLike(spec) && spec.text === specifier) return this.resolveSpecifier(spec, from);
    }
    return { kind: "none" };
  }

  /** The name pre-pass of another file, to learn the Python names of its declarations. */
  scopesOf(file: ts.SourceFile): FileScopes {
    let s = this.scopeCache.get(file);
    if (!s) {
      s = new FileScopes(file, this.checker, Object.keys(HELPERS));
      this.scopeCache.set(file, s);
    }
    return s;
  }

  /**
   * The declaration an imported (or re-exported) symbol finally names, following aliases. A
   * `export default <expression>` ends the chain: it exports a value, not a binding.
   */
  origin(symbol: ts.Symbol): Origin | undefined {
    let sym = symbol;
    for (let i = 0; i < 100; i++) {
      const decl = sym.declarations?.[0];
      if (!decl) return undefined;
      if (ts.isExportAssignment(decl)) {
        const file = decl.getSourceFile();
        if (!this.projectFiles.has(file)) return undefined;
        return { file, module: this.moduleName(file), pyName: "default", live: false };
      }
      if (sym.flags & ts.SymbolFlags.Alias) {
        const next = this.checker.getImmediateAliasedSymbol(sym);
        if (!next || next === sym) return undefined;
        sym = next;
        continue;
      }
      if (ts.isSourceFile(decl)) {
        if (!this.projectFiles.has(decl)) return undefined;
        return { file: decl, module: this.moduleName(decl), pyName: "", live: false, namespace: true };
      }
      const file = decl.getSourceFile();
      if (!this.projectFiles.has(file)) return undefined;
      if (!(sym.flags & ts.SymbolFlags.Value)) return undefined;
      // `export declare const x` promises a value that no module defines.
      if (isAmbient(decl)) return undefined;
      const scopes = this.scopesOf(file);
      const binding = scopes.binding(sym);
      let pyName = binding?.pyName;
      if (!pyName && (ts.isFunctionDeclaration(decl) || ts.isClassDeclaration(decl)) && !decl.name) pyName = "default";
      if (!pyName) return undefined;
      const live = !!binding && binding.reassigned && isLetBinding(decl);
      return { file, module: this.moduleName(file), pyName, live };
    }
    return undefined;
  }

  /** True when two project files import each other, directly or through others. */
  inCycle(a: ts.SourceFile, b: ts.SourceFile): boolean {
    const scc = this.sccs();
    const x = scc.get(a);
    return x !== undefined && x === scc.get(b) && (a !== b || this.importsItself(a));
  }

  private importsItself(a: ts.SourceFile): boolean {
    return this.edges(a).includes(a);
  }

  private edges(sf: ts.SourceFile): ts.SourceFile[] {
    const out: ts.SourceFile[] = [];
    for (const s of sf.statements) {
      const spec = ts.isImportDeclaration(s) || ts.isExportDeclaration(s) ? s.moduleSpecifier : undefined;
      if (!spec) continue;
      const r = this.resolveSpecifier(spec, sf);
      if (r.kind === "project") out.push(r.file);
    }
    return out;
  }

  /** Strongly connected components of the import graph (Tarjan). */
  private sccs(): Map<ts.SourceFile, number> {
    if (this.sccOf) return this.sccOf;
    const result = new Map<ts.SourceFile, number>();
    const index = new Map<ts.SourceFile, number>();
    const low = new Map<ts.SourceFile, number>();
    const stack: ts.SourceFile[] = [];
    const onStack = new Set<ts.SourceFile>();
    let counter = 0;
    let comp = 0;
    const visit = (v: ts.SourceFile) => {
      index.set(v, counter);
      low.set(v, counter++);
      stack.push(v);
      onStack.add(v);
      for (const w of this.edges(v)) {
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v)!, index.get(w)!));
        }
      }
      if (low.get(v) === index.get(v)) {
        let w: ts.SourceFile;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          result.set(w, comp);
        } while (w !== v);
        comp++;
      }
    };
    for (const f of this.projectFiles) if (!index.has(f)) visit(f);
    return (this.sccOf = result);
  }
}

/** Declared with `declare` (or inside a `declare` block): no code defines it. */
function isAmbient(decl: ts.Node): boolean {
  for (let n: ts.Node | undefined = decl; n && !ts.isSourceFile(n); n = n.parent) {
    if (ts.canHaveModifiers(n) && ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) return true;
  }
  return false;
}

/** A binding of a `let` declaration, destructured ones included. */
function isLetBinding(decl: ts.Node): boolean {
  let n: ts.Node | undefined = decl;
  while (n && (ts.isBindingElement(n) || ts.isObjectBindingPattern(n) || ts.isArrayBindingPattern(n))) n = n.parent;
  return !!n && ts.isVariableDeclaration(n) && ts.isVariableDeclarationList(n.parent) && !!(n.parent.flags & ts.NodeFlags.Let);
}

function isRelative(spec: string): boolean {
  return spec.startsWith("./") || spec.startsWith("../") || spec === "." || spec === ".." || spec.startsWith("/");
}

/** A device module's Python name: "servicekit/children" (a module inside a stub package) is servicekit.children. */
function stubModuleName(specifier: string): string {
  return /^[A-Za-z_]\w*(\/[A-Za-z_]\w*)+$/.test(specifier) ? specifier.replace(/\//g, ".") : specifier;
}
