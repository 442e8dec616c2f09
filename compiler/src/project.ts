// tsconfig -> ts-morph Project, with tsmpy's defaults when there is no tsconfig, and the device
// stubs (globals, lvgl, network, ...) always visible to the type checker.
import * as fs from "fs";
import * as path from "path";
import { Project, ts } from "ts-morph";
import { Diagnostic, badTsconfig } from "./diagnostics/catalog";

/** Where the stubs shipped with tsmpy live (stubs/ at the package root). */
export const STUBS_DIR = path.resolve(__dirname, fs.existsSync(path.resolve(__dirname, "../../stubs")) ? "../../stubs" : "../stubs");

export const DEFAULT_COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts"],
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
}

function stubFiles(): string[] {
  if (!fs.existsSync(STUBS_DIR)) return [];
  return fs.readdirSync(STUBS_DIR).filter((f) => f.endsWith(".d.ts")).map((f) => path.join(STUBS_DIR, f));
}

/** Options forced on every project: the dialect's semantics depend on them. */
function enforce(options: ts.CompilerOptions): ts.CompilerOptions {
  return { ...options, noEmit: true, useDefineForClassFields: true, experimentalDecorators: false, allowJs: false, types: options.types ?? [] };
}

/** A project from a tsconfig.json. */
export function loadTsconfigProject(tsconfigPath: string): LoadedProject {
  const configDiagnostics: Diagnostic[] = [];
  const read = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  if (read.error) {
    configDiagnostics.push(badTsconfig(undefined, tsconfigPath, ts.flattenDiagnosticMessageText(read.error.messageText, "\n")));
  }
  const parsed = ts.parseJsonConfigFileContent(read.config ?? {}, ts.sys, path.dirname(tsconfigPath), DEFAULT_COMPILER_OPTIONS, tsconfigPath);
  const options = enforce({ ...DEFAULT_COMPILER_OPTIONS, ...parsed.options });
  const project = new Project({ compilerOptions: options, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  const files = parsed.fileNames.filter((f) => /\.tsx?$/.test(f));
  for (const f of files) project.addSourceFileAtPath(f);
  for (const f of stubFiles()) project.addSourceFileAtPath(f);
  project.resolveSourceFileDependencies();
  const program = project.getProgram().compilerObject;
  const sourceFiles = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && files.some((f) => path.resolve(f) === path.resolve(sf.fileName)));
  const rootDir = options.rootDir ? path.resolve(path.dirname(tsconfigPath), options.rootDir) : commonDir(sourceFiles.map((s) => s.fileName), path.dirname(tsconfigPath));
  return { project, program, rootDir, sourceFiles, configDiagnostics };
}

/** A project from entry files (and what they import), with tsmpy's strict defaults. */
export function loadFilesProject(entries: string[], options: ts.CompilerOptions = DEFAULT_COMPILER_OPTIONS): LoadedProject {
  const project = new Project({ compilerOptions: enforce(options) });
  for (const f of entries) project.addSourceFileAtPath(f);
  for (const f of stubFiles()) project.addSourceFileAtPath(f);
  project.resolveSourceFileDependencies();
  const program = project.getProgram().compilerObject;
  const sourceFiles = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && !isUnder(sf.fileName, STUBS_DIR) && !/node_modules/.test(sf.fileName));
  const rootDir = commonDir(sourceFiles.map((s) => s.fileName), path.dirname(path.resolve(entries[0])));
  return { project, program, rootDir, sourceFiles, configDiagnostics: [] };
}

/** An in-memory project (tests): `files` maps relative paths to source text. */
export function loadMemoryProject(files: Record<string, string>, options: ts.CompilerOptions = DEFAULT_COMPILER_OPTIONS): LoadedProject {
  const project = new Project({ compilerOptions: enforce(options), useInMemoryFileSystem: true });
  const root = "/project";
  for (const [name, text] of Object.entries(files)) project.createSourceFile(path.posix.join(root, name), text);
  for (const f of stubFiles()) project.createSourceFile(path.posix.join("/stubs", path.basename(f)), fs.readFileSync(f, "utf8"));
  const program = project.getProgram().compilerObject;
  const sourceFiles = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && sf.fileName.startsWith(root + "/"));
  return { project, program, rootDir: root, sourceFiles, configDiagnostics: [] };
}

function isUnder(file: string, dir: string): boolean {
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
