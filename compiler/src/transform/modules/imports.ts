// Imports and exports. Project files become Python modules named by their path under the root
// directory; device stubs (lvgl, network, ...) are imported by their own name.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import { moduleNotFound, unsupportedFeature } from "../../diagnostics/catalog";

const SK = ts.SyntaxKind;

function importDeclaration(node: ts.ImportDeclaration, ctx: Context): py.Stmt[] {
  const clause = node.importClause;
  if (clause?.isTypeOnly) return [];
  const spec = (node.moduleSpecifier as ts.StringLiteral).text;
  const target = ctx.modules.resolve(spec, ctx.sourceFile);
  if (target.kind === "none") return ctx.fail(moduleNotFound(node.moduleSpecifier, spec));
  const mod = target.module;
  if (!clause) return [{ kind: "Import", names: [{ name: mod }] }];
  const names: py.Alias[] = [];
  if (clause.name) names.push({ name: "default", asname: ctx.declName(clause.name) });
  const out: py.Stmt[] = [];
  if (clause.namedBindings) {
    if (ts.isNamespaceImport(clause.namedBindings)) {
      out.push({ kind: "Import", names: [{ name: mod, asname: ctx.declName(clause.namedBindings.name) }] });
    } else {
      for (const el of clause.namedBindings.elements) {
        if (el.isTypeOnly) continue;
        // Imports used only as types vanish, like tsc's elision.
        const sym = ctx.symbolAt(el.name);
        const aliased = sym && ctx.checker.getAliasedSymbol(sym);
        if (aliased && !(aliased.flags & ts.SymbolFlags.Value)) continue;
        const exported = (el.propertyName ?? el.name).text;
        names.push({ name: exportedPythonName(exported), asname: ctx.declName(el.name) });
      }
    }
  }
  if (names.length) out.unshift({ kind: "ImportFrom", module: mod, names });
  return out;
}

/** The Python name an export is reachable by in its module. */
export function exportedPythonName(jsName: string): string {
  return jsName === "default" ? "default" : require("../../python/names").pythonName(jsName);
}

export const moduleVisitors: VisitorGroup = {
  statements: {
    [SK.ImportDeclaration]: importDeclaration,
    [SK.ExportDeclaration]: (n: ts.ExportDeclaration, ctx: Context) => (n.isTypeOnly ? [] : ctx.fail(unsupportedFeature(n, "Export declarations"))),
    [SK.ExportAssignment]: (n: ts.ExportAssignment, ctx: Context) => ctx.fail(unsupportedFeature(n, "'export default'")),
    [SK.ImportEqualsDeclaration]: (n: ts.Node, ctx: Context) => ctx.fail(unsupportedFeature(n, "'import =' declarations")),
    [SK.ModuleDeclaration]: (n: ts.Node, ctx: Context) => ctx.fail(unsupportedFeature(n, "Namespaces")),
  },
};
