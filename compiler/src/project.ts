// tsconfig -> ts-morph Project, with tsmpy's defaults when there is no tsconfig.
// Device stubs: stubs/globals.d.ts (console, timers) is always part of the program; a device module
// (`import * as lv from "lvgl"`) resolves through `paths` to stubs/<name>.d.ts, so only the stubs a
// program imports are loaded and type-checked.
import * as fs from "fs";
import * as path from "path";
import { Project, ts } from "ts-morph";
import { Diagnostic, badTsconfig } from "./diagnostics/catalog";
import { packageRoot } from "./paths";

/** Where the stubs shipped with tsmpy live (stubs/ at the package root). */
export const STUBS_DIR = path.join(packageRoot(), "stubs");
/** Where the stubs live in an in-memory (test) project. */
export const MEMORY_STUBS_DIR = "/stubs";

export const DEFAULT_COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2023.d.ts"],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
  useDefineForClassFields: true,
  allowImportingTsExtensions: true,
};

export interface LoadedProject {
  project: Project;
  program: ts.Program;
  rootDir: string;
  /** The files to compile (not stubs, not declaration files). */
  sourceFiles: ts.SourceFile[];
  configDiagnostics: Diagnostic[];
  /** Directories whose declaration files describe device modules (imported by bare name). */
  stubDirs: string[];
  /**
   * Top-level module names the project may take although MicroPython has a module of that name
   * (tsconfig.json: `"tsmpy": { "allowModuleNames": ["mpos"] }`), e.g. for a simulator layer that
   * stands in for the firmware's own package. Never deploy such a module to a device.
   */
  allowModuleNames?: string[];
  /**
   * tsconfig `"tsmpy": { "packageIndex": true }`: a folder's index.ts becomes the folder's
   * `__init__.py` (module `pkg`, not `pkg.index`). Python then runs a package's `__init__` before
   * any of its modules, which JavaScript does not: meant for packages laid out for the device,
   * such as runtime-ts/.
   */
  packageIndex?: boolean;
}

/** Options forced on every project: the dialect's semantics depend on them. */
function enforce(options: ts.CompilerOptions, stubsDir: string): ts.CompilerOptions {
  const paths = { ...(options.paths ?? {}) };
  // Bare specifiers fall back to stubs/<name>.d.ts after the project's own mappings.
  paths["*"] = [...(paths["*"] ?? []), `${stubsDir}/*`];
  return {
    ...options,
    noEmit: true,
    useDefineForClassFields: true,
    experimentalDecorators: false,
    allowJs: false,
    types: options.types ?? [],
    paths,
  };
}

function globalsStub(dir = STUBS_DIR): string {
  return path.join(dir, "globals.d.ts");
}

function addGlobals(project: Project) {
  const g = globalsStub();
  if (fs.existsSync(g)) project.addSourceFileAtPath(g);
}

/** Reads a tsconfig.json: its options (over tsmpy's defaults), its files, and any problem. */
export function readTsconfig(tsconfigPath: string): { options: ts.CompilerOptions; fileNames: string[]; diagnostics: Diagnostic[]; allowModuleNames?: string[]; packageIndex?: boolean } {
  const diagnostics: Diagnostic[] = [];
  const read = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  if (read.error) {
    diagnostics.push(badTsconfig(undefined, tsconfigPath, ts.flattenDiagnosticMessageText(read.error.messageText, "\n")));
    return { options: DEFAULT_COMPILER_OPTIONS, fileNames: [], diagnostics };
  }
  const parsed = ts.parseJsonConfigFileContent(read.config ?? {}, ts.sys, path.dirname(tsconfigPath), DEFAULT_COMPILER_OPTIONS, tsconfigPath);
  for (const e of parsed.errors) {
    // "No inputs were found" is reported by tsmpy itself (TSMPY2001).
    if (e.code === 18003) continue;
    diagnostics.push(badTsconfig(undefined, tsconfigPath, ts.flattenDiagnosticMessageText(e.messageText, "\n")));
  }
  const tsmpy = (read.config as { tsmpy?: { allowModuleNames?: unknown; packageIndex?: unknown } } | undefined)?.tsmpy;
  let allowModuleNames: string[] | undefined;
  if (tsmpy?.allowModuleNames !== undefined) {
    if (Array.isArray(tsmpy.allowModuleNames) && tsmpy.allowModuleNames.every((n) => typeof n === "string")) allowModuleNames = tsmpy.allowModuleNames as string[];
    else diagnostics.push(badTsconfig(undefined, tsconfigPath, `"tsmpy.allowModuleNames" must be an array of module names`));
  }
  let packageIndex: boolean | undefined;
  if (tsmpy?.packageIndex !== undefined) {
    if (typeof tsmpy.packageIndex === "boolean") packageIndex = tsmpy.packageIndex;
    else diagnostics.push(badTsconfig(undefined, tsconfigPath, `"tsmpy.packageIndex" must be true or false`));
  }
  return { allowModuleNames, packageIndex, options: { ...DEFAULT_COMPILER_OPTIONS, ...parsed.options }, fileNames: parsed.fileNames.filter((f) => /\.tsx?$/.test(f) && !/\.d\.tsx?$/.test(f)), diagnostics };
}

/** A project from a tsconfig.json. */
export function loadTsconfigProject(tsconfigPath: string): LoadedProject {
  const { options: raw, fileNames: files, diagnostics: configDiagnostics, allowModuleNames, packageIndex } = readTsconfig(tsconfigPath);
  const options = enforce(raw, STUBS_DIR);
  const project = new Project({ compilerOptions: options, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  for (const f of files) project.addSourceFileAtPath(f);
  // Declaration files the tsconfig includes (the project's own device stubs) take part too.
  for (const f of parsedDeclarationFiles(tsconfigPath)) project.addSourceFileAtPath(f);
  addGlobals(project);
  project.resolveSourceFileDependencies();
  const program = project.getProgram().compilerObject;
  const wanted = new Set(files.map((f) => path.resolve(f)));
  const sourceFiles = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && wanted.has(path.resolve(sf.fileName)));
  const configDir = path.dirname(path.resolve(tsconfigPath));
  const rootDir = options.rootDir ? path.resolve(configDir, options.rootDir) : commonDir(sourceFiles.map((s) => s.fileName), configDir);
  return { project, program, rootDir, sourceFiles, configDiagnostics, stubDirs: [STUBS_DIR], allowModuleNames, packageIndex };
}

function parsedDeclarationFiles(tsconfigPath: string): string[] {
  const read = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  if (read.error) return [];
  const parsed = ts.parseJsonConfigFileContent(read.config ?? {}, ts.sys, path.dirname(tsconfigPath), DEFAULT_COMPILER_OPTIONS, tsconfigPath);
  return parsed.fileNames.filter((f) => /\.d\.tsx?$/.test(f));
}

/**
 * A project from entry files and what they import. Options come from the nearest tsconfig.json
 * above the first entry when there is one (its file list is ignored), else tsmpy's strict defaults.
 */
export function loadFilesProject(entries: string[], options?: ts.CompilerOptions): LoadedProject {
  const configDiagnostics: Diagnostic[] = [];
  let allowModuleNames: string[] | undefined;
  let packageIndex: boolean | undefined;
  if (!options) {
    const tsconfig = findTsconfig(path.dirname(path.resolve(entries[0])));
    if (tsconfig) {
      const r = readTsconfig(tsconfig);
      options = r.options;
      allowModuleNames = r.allowModuleNames;
      packageIndex = r.packageIndex;
      configDiagnostics.push(...r.diagnostics);
    } else {
      options = DEFAULT_COMPILER_OPTIONS;
    }
  }
  const project = new Project({ compilerOptions: enforce(options, STUBS_DIR) });
  for (const f of entries) project.addSourceFileAtPath(f);
  addGlobals(project);
  project.resolveSourceFileDependencies();
  const program = project.getProgram().compilerObject;
  const sourceFiles = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && !isUnder(sf.fileName, STUBS_DIR) && !/[\\/]node_modules[\\/]/.test(sf.fileName));
  const rootDir = commonDir(sourceFiles.map((s) => s.fileName), path.dirname(path.resolve(entries[0])));
  return { project, program, rootDir, sourceFiles, configDiagnostics, stubDirs: [STUBS_DIR], allowModuleNames, packageIndex };
}

/**
 * An in-memory project (tests): `files` maps relative paths to source text. Files named `*.d.ts`
 * under `stubs/` in `files` are extra device stubs (as if shipped in stubs/).
 */
export function loadMemoryProject(files: Record<string, string>, options: ts.CompilerOptions = DEFAULT_COMPILER_OPTIONS): LoadedProject {
  const project = new Project({ compilerOptions: enforce(options, MEMORY_STUBS_DIR), useInMemoryFileSystem: true });
  const root = "/project";
  const fsys = project.getFileSystem();
  // Every shipped stub is available on the in-memory disk; only imported ones join the program.
  for (const [f, text] of shippedStubs()) {
    const dest = path.posix.join(MEMORY_STUBS_DIR, f);
    if (f.includes("/")) fsys.mkdirSync(path.posix.dirname(dest));
    fsys.writeFileSync(dest, text);
  }
  for (const [name, text] of Object.entries(files)) {
    if (/^stubs\/[^/]+\.d\.ts$/.test(name)) fsys.writeFileSync(path.posix.join("/", name), text);
  }
  for (const [name, text] of Object.entries(files)) {
    if (!/^stubs\/[^/]+\.d\.ts$/.test(name)) project.createSourceFile(path.posix.join(root, name), text, { overwrite: true });
  }
  const g = path.posix.join(MEMORY_STUBS_DIR, "globals.d.ts");
  if (fsys.fileExistsSync(g)) project.addSourceFileAtPath(g);
  project.resolveSourceFileDependencies();
  const program = project.getProgram().compilerObject;
  const sourceFiles = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && sf.fileName.startsWith(root + "/"));
  return { project, program, rootDir: root, sourceFiles, configDiagnostics: [], stubDirs: [MEMORY_STUBS_DIR] };
}

let stubTexts: Map<string, string> | undefined;
/** The shipped stub files (name -> text), read once per process. */
function shippedStubs(): Map<string, string> {
  if (!stubTexts) {
    stubTexts = new Map();
    // Folders too: a stub package (stubs/servicekit/index.d.ts) is several declaration files.
    const walk = (dir: string, rel: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name), rel + e.name + "/");
        else if (e.name.endsWith(".d.ts")) stubTexts!.set(rel + e.name, fs.readFileSync(path.join(dir, e.name), "utf8"));
      }
    };
    if (fs.existsSync(STUBS_DIR)) walk(STUBS_DIR, "");
  }
  return stubTexts;
}

export function isUnder(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return !rel.startsWith("..") && !path.isAbsolute(rel);
}

function commonDir(files: string[], fallback: string): string {
  if (files.length === 0) return fallback;
  let dir = path.dirname(path.resolve(files[0]));
  for (const f of files) {
    while (!isUnder(path.resolve(f), dir)) dir = path.dirname(dir);
  }
  return dir;
}

/** Finds tsconfig.json in `dir` or above it. */
export function findTsconfig(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    const candidate = path.join(d, "tsconfig.json");
    if (fs.existsSync(candidate)) return candidate;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}
