// Where each TypeScript file lives as a Python module, and what an import specifier refers to.
import * as path from "path";
import { ts } from "ts-morph";

export type ResolvedImport =
  | { kind: "project"; module: string; file: ts.SourceFile }
  | { kind: "stub"; module: string }
  | { kind: "none" };

export class ModuleResolver {
  constructor(
    readonly rootDir: string,
    private readonly program: ts.Program,
  ) {}

  /** `src/app/util.ts` under rootDir `src` -> `app.util`. */
  moduleName(file: ts.SourceFile | string): string {
    const fileName = typeof file === "string" ? file : file.fileName;
    const rel = path.relative(this.rootDir, fileName).replace(/\\/g, "/").replace(/\.(d\.)?tsx?$/, "");
    return rel.split("/").join(".");
  }

  /** Output path of a module relative to the output root: `app/util.py`. */
  outputPath(file: ts.SourceFile): string {
    return path.relative(this.rootDir, file.fileName).replace(/\\/g, "/").replace(/\.tsx?$/, ".py");
  }

  resolve(specifier: string, from: ts.SourceFile): ResolvedImport {
    const resolved = ts.resolveModuleName(specifier, from.fileName, this.program.getCompilerOptions(), ts.sys);
    const fileName = resolved.resolvedModule?.resolvedFileName;
    if (fileName) {
      const sf = this.program.getSourceFile(fileName);
      if (sf && !sf.isDeclarationFile) return { kind: "project", module: this.moduleName(sf), file: sf };
      if (sf && sf.isDeclarationFile && !specifier.startsWith(".")) return { kind: "stub", module: specifier };
    }
    // Ambient `declare module "lvgl"` in a stub file.
    if (!specifier.startsWith(".") && this.program.getTypeChecker().getAmbientModules().some((m) => m.name === `"${specifier}"`)) {
      return { kind: "stub", module: specifier };
    }
    return { kind: "none" };
  }
}
