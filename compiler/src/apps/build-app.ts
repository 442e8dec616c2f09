// Compiling one app (apps/<fullname>/): type-check its modules and app.config.ts against the
// stubs, check the description, compile the modules as the package `<fullname with _>` and lay out
// its device folder: MANIFEST.JSON, icon_64x64.png, __init__.py in every folder, the modules.
import * as fs from "fs";
import * as path from "path";
import { ts } from "ts-morph";
import { Diagnostic, appConfigImported, appIcon, appModuleOutside } from "../diagnostics/catalog";
import { DEFAULT_COMPILER_OPTIONS, STUBS_DIR, loadFilesProject } from "../project";
import { compileLoaded, typeCheck } from "../compile";
import { ModuleResolver } from "../transform/modules/resolve";
import { AppDescription, readAppConfig } from "./config";
import { isAppTypesModule } from "./config-literal";
import { devicePackageName } from "./fullname";
import { ICON_FILE, iconProblem } from "./icon";
import { ManifestEntry, manifestText } from "./manifest";
import { appPackageInit } from "./helpers-abi";

export const APP_CONFIG_FILE = "app.config.ts";

export interface BuiltApp {
  /** The fullname of app.config.ts (`com.example.weather`). */
  fullname: string;
  /** The device folder and package name (`com_example_weather`). */
  packageName: string;
  /** The app folder's files, relative to it (apps/<packageName>/ on the device). */
  files: Map<string, string | Buffer>;
  /** Modules of the helper package its code imports (`tsmpy.num`). */
  helperModules: Set<string>;
  /** Top-level device modules its code imports (`mpos`, `lvgl`, `servicekit`). */
  deviceModules: Set<string>;
  diagnostics: Diagnostic[];
}

/** The app's TypeScript sources (every .ts under the folder but app.config.ts and declarations). */
export function appSourceFiles(appDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !/\.d\.tsx?$/.test(e.name) && p !== path.join(appDir, APP_CONFIG_FILE)) out.push(p);
    }
  };
  walk(appDir);
  return out;
}

export function buildApp(appDir: string, helperAbi: string): BuiltApp {
  appDir = path.resolve(appDir);
  const folder = path.basename(appDir);
  const configPath = path.join(appDir, APP_CONFIG_FILE);
  const failed = (diagnostics: Diagnostic[]): BuiltApp => ({ fullname: folder, packageName: devicePackageName(folder), files: new Map(), helperModules: new Set(), deviceModules: new Set(), diagnostics });
  const loaded = loadFilesProject([configPath, ...appSourceFiles(appDir)], DEFAULT_COMPILER_OPTIONS);
  const { program } = loaded;
  const checker = program.getTypeChecker();
  const configSf = program.getSourceFile(configPath)!;
  const inApp = (sf: ts.SourceFile) => sf !== configSf && !sf.isDeclarationFile && isInside(sf.fileName, appDir);
  const modules = program.getSourceFiles().filter(inApp);

  const diagnostics = [...loaded.configDiagnostics, ...typeCheck(program, [configSf, ...modules])];
  if (diagnostics.some((d) => d.category === "error")) return failed(diagnostics);
  const deviceModules = new Set<string>();
  diagnostics.push(...importProblems(modules, checker, inApp, deviceModules));
  const { app, diagnostics: configProblems } = readAppConfig(configSf, checker, folder, inApp);
  diagnostics.push(...configProblems);
  if (!app || diagnostics.some((d) => d.category === "error")) return failed(diagnostics);

  // Compiled with the apps folder as the root: `apps/com.example.weather/main.ts` is the module
  // `com_example_weather.main`, so imports between the app's modules name its package.
  const rootDir = path.dirname(appDir);
  const result = compileLoaded({ ...loaded, sourceFiles: modules, rootDir }, { skipTypeCheck: true });
  diagnostics.push(...result.diagnostics);
  const icon = readIcon(app, appDir, diagnostics);
  if (diagnostics.some((d) => d.category === "error") || !icon) return failed(diagnostics);

  const packageName = devicePackageName(app.fullname);
  const files = new Map<string, string | Buffer>();
  const resolver = new ModuleResolver(rootDir, program, modules, loaded.stubDirs);
  const inPackage = (outPath: string) => outPath.slice(packageName.length + 1);
  const entries = (kind: "activity" | "service"): ManifestEntry[] =>
    app.components.filter((c) => c.kind === kind).map((c) => ({
      entrypoint: inPackage(resolver.outputPath(c.classDecl.getSourceFile())),
      classname: resolver.origin(checker.getSymbolAtLocation(c.classDecl.name!)!)?.pyName ?? c.classDecl.name!.text,
      intent_filters: c.intentFilters,
    }));
  files.set("MANIFEST.JSON", manifestText(app, entries("activity"), entries("service")));
  files.set(ICON_FILE, icon);
  const helperModules = new Set<string>();
  for (const [rel] of result.helperFiles) if (rel !== "tsmpy/__init__.py") helperModules.add(rel.replace(/\.py$/, "").split("/").join("."));
  // Package mode needs an __init__.py in the app folder and in every folder on the way to a module.
  for (const m of result.modules) {
    const rel = inPackage(m.outPath);
    files.set(rel, m.text.endsWith("\n") || m.text === "" ? m.text : m.text + "\n");
    for (let d = path.posix.dirname(rel); d !== "."; d = path.posix.dirname(d)) files.set(`${d}/__init__.py`, "");
  }
  files.set("__init__.py", appPackageInit(app.fullname, packageName, helperModules.size ? helperAbi : undefined));
  return { fullname: app.fullname, packageName, files: sortedMap(files), helperModules, deviceModules, diagnostics };
}

/**
 * Imports that leave the app folder, and imports of the compile-time-only `tsmpy/app`; adds the
 * device modules imported to `deviceModules`.
 */
function importProblems(modules: ts.SourceFile[], checker: ts.TypeChecker, inApp: (sf: ts.SourceFile) => boolean, deviceModules: Set<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const sf of modules) {
    for (const s of sf.statements) {
      const spec = (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) ? s.moduleSpecifier : undefined;
      if (!spec || !ts.isStringLiteral(spec)) continue;
      const target = checker.getSymbolAtLocation(spec)?.declarations?.find(ts.isSourceFile);
      if (!target) continue;
      if (isAppTypesModule(target.fileName)) out.push(appConfigImported(spec));
      else if (!target.isDeclarationFile && !inApp(target) && !isInside(target.fileName, STUBS_DIR)) out.push(appModuleOutside(spec, path.relative(process.cwd(), target.fileName)));
      else if (target.isDeclarationFile && !spec.text.startsWith(".")) deviceModules.add(spec.text.split("/")[0]);
    }
  }
  return out;
}

/** The icon's bytes (checked to be a 64x64 PNG inside the app folder), or undefined with a diagnostic. */
function readIcon(app: AppDescription, appDir: string, ds: Diagnostic[]): Buffer | undefined {
  const rel = app.icon?.path ?? ICON_FILE;
  const node = app.icon?.node ?? app.node;
  const file = path.resolve(appDir, rel);
  if (!isInside(file, appDir)) return void ds.push(appIcon(node, "icon", `${rel} is outside the app folder`));
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return void ds.push(appIcon(node, "icon", `${path.relative(process.cwd(), file)} does not exist${app.icon ? "" : " (add a 64x64 PNG there, or name one with the 'icon' field)"}`));
  }
  const data = fs.readFileSync(file);
  const problem = iconProblem(data);
  if (problem) return void ds.push(appIcon(node, "icon", `${path.relative(process.cwd(), file)}: ${problem}`));
  return data;
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, path.resolve(file));
  return !!rel && !rel.startsWith("..") && !path.isAbsolute(rel);
}

function sortedMap<V>(m: Map<string, V>): Map<string, V> {
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
