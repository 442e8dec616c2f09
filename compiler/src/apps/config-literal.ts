// Reading app.config.ts without running it: the argument of `export default defineApp({...})` as
// a tree of literals. The app's modules import device modules that do not exist on Node, so the
// description is read from the syntax (with the checker only to follow class references), which
// also lets every problem point at the exact field.
import * as path from "path";
import { ts } from "ts-morph";
import { Diagnostic, appConfigShape } from "../diagnostics/catalog";

export type Literal =
  | { kind: "string"; value: string; node: ts.Expression }
  | { kind: "array"; items: Literal[]; node: ts.ArrayLiteralExpression }
  | { kind: "object"; props: Map<string, { key: ts.Node; value: Literal }>; node: ts.ObjectLiteralExpression }
  | { kind: "class"; decl: ts.Declaration | undefined; node: ts.Expression }
  | { kind: "other"; node: ts.Node };

/** What the expression is, seen through parentheses, `as const` and `satisfies`. */
export function readLiteral(e: ts.Expression, checker: ts.TypeChecker): Literal {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) e = e.expression;
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return { kind: "string", value: e.text, node: e };
  if (ts.isArrayLiteralExpression(e)) {
    if (e.elements.some((x) => ts.isSpreadElement(x) || ts.isOmittedExpression(x))) return { kind: "other", node: e };
    return { kind: "array", items: e.elements.map((x) => readLiteral(x, checker)), node: e };
  }
  if (ts.isObjectLiteralExpression(e)) {
    const props = new Map<string, { key: ts.Node; value: Literal }>();
    for (const p of e.properties) {
      if (!ts.isPropertyAssignment(p)) return { kind: "other", node: p };
      const key = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined;
      if (key === undefined) return { kind: "other", node: p.name };
      props.set(key, { key: p.name, value: readLiteral(p.initializer, checker) });
    }
    return { kind: "object", props, node: e };
  }
  if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) {
    let sym = checker.getSymbolAtLocation(ts.isIdentifier(e) ? e : e.name);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
    const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
    if (sym && sym.flags & ts.SymbolFlags.Class) return { kind: "class", decl, node: e };
  }
  return { kind: "other", node: e };
}

/** True when `sf` is the `tsmpy/app` types module (stubs/tsmpy/app.d.ts). */
export function isAppTypesModule(fileName: string): boolean {
  return /[\\/]tsmpy[\\/]app\.d\.ts$/.test(fileName) && fileName.split(path.sep).includes("stubs");
}

/** The object literal given to `export default defineApp(...)`, or why there is none. */
export function findAppObject(sf: ts.SourceFile, checker: ts.TypeChecker): { literal?: Literal & { kind: "object" }; diagnostics: Diagnostic[] } {
  const fail = (node: ts.Node | undefined, why: string) => ({ diagnostics: [appConfigShape(node ?? sf.statements[0] ?? sf, why)] });
  const exp = sf.statements.find((s): s is ts.ExportAssignment => ts.isExportAssignment(s) && !s.isExportEquals);
  if (!exp) {
    const fallback = sf.statements[sf.statements.length - 1];
    return fallback ? fail(fallback, "the file has no default export") : { diagnostics: [{ ...appConfigShape(undefined, "the file is empty"), file: sf.fileName, line: 1, column: 1 }] };
  }
  let call = exp.expression;
  while (ts.isParenthesizedExpression(call)) call = call.expression;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return fail(exp.expression, "the default export is not a call of defineApp");
  let sym = checker.getSymbolAtLocation(call.expression);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  const declFile = sym?.declarations?.[0]?.getSourceFile().fileName;
  if (!declFile || !isAppTypesModule(declFile) || sym?.name !== "defineApp") {
    return fail(call.expression, `'${call.expression.text}' is not defineApp from "tsmpy/app"`);
  }
  if (call.arguments.length !== 1) return fail(call, "defineApp takes one object literal");
  const literal = readLiteral(call.arguments[0], checker);
  if (literal.kind !== "object") return fail(call.arguments[0], "the argument of defineApp must be an object literal written out in place");
  return { literal, diagnostics: [] };
}
