// Entry of the transform: one source file -> one Python module.
// Visitor tables are assembled from the visitor groups; each group exports the syntax kinds it
// handles. A kind with no visitor is a diagnostic (TSMPY1001), never a crash or dropped output.
import { ts } from "ts-morph";
import * as py from "../python/ast";
import { Context, ExprVisitor, StmtVisitor, VisitorTables } from "./context";
import type { ModuleResolver } from "./modules/resolve";
import type { Diagnostic } from "../diagnostics/catalog";
import { visitorGroups } from "./visitors";
import { guardsToTry } from "./expressions/index-guard";

let tables: VisitorTables | undefined;

export function visitorTables(): VisitorTables {
  if (tables) return tables;
  const expressions = new Map<ts.SyntaxKind, ExprVisitor>();
  const statements = new Map<ts.SyntaxKind, StmtVisitor>();
  for (const group of visitorGroups) {
    for (const [k, v] of Object.entries(group.expressions ?? {})) {
      if (expressions.has(Number(k))) throw new Error(`two expression visitors for ${ts.SyntaxKind[Number(k)]}`);
      expressions.set(Number(k), v as ExprVisitor);
    }
    for (const [k, v] of Object.entries(group.statements ?? {})) {
      if (statements.has(Number(k))) throw new Error(`two statement visitors for ${ts.SyntaxKind[Number(k)]}`);
      statements.set(Number(k), v as StmtVisitor);
    }
  }
  return (tables = { expressions, statements });
}

export interface TransformResult {
  module: py.Module;
  diagnostics: Diagnostic[];
  /** Helper modules of the tsmpy package this module imports. */
  helperModules: string[];
}

export function transformSourceFile(program: ts.Program, sourceFile: ts.SourceFile, modules: ModuleResolver): TransformResult {
  const ctx = new Context(program, program.getTypeChecker(), sourceFile, visitorTables(), modules);
  const body = ctx.block(sourceFile.statements);
  if (["tsmpy.promise", "tsmpy.combinators", "tsmpy.aio"].some((m) => ctx.helperImports.has(m))) {
    // Run as a device's main.py, the module runs the event loop after its own code; imported (as
    // by `tsmpy run`'s boot code, which then runs the loop itself) it does not.
    const main = py.compare(py.name("__name__"), "==", py.str("__main__"));
    body.push(py.ifStmt(main, [py.exprStmt(ctx.helperCall("js_run", []))]));
  }
  const header: py.Stmt[] = [];
  for (const m of [...ctx.stdImports].sort()) header.push({ kind: "Import", names: [{ name: m }] });
  for (const [mod, names] of [...ctx.helperImports.entries()].sort()) {
    header.push({ kind: "ImportFrom", module: mod, names: [...names].sort().map((n) => ({ name: n })) });
  }
  return {
    module: { body: guardsToTry([...header, ...ctx.moduleHoisted, ...body]) },
    diagnostics: ctx.diagnostics,
    helperModules: [...ctx.helperImports.keys()],
  };
}
