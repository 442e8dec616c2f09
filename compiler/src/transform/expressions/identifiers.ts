// What a bare identifier means in Python: a local binding, an import, or a JavaScript global.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { unsupportedFeature } from "../../diagnostics/catalog";

/** JavaScript globals usable as plain values. Namespaces (Math, JSON...) are handled by builtins. */
const GLOBAL_VALUES: Record<string, (ctx: Context) => py.Expr> = {
  undefined: () => py.none(),
  NaN: () => py.num(NaN),
  Infinity: () => py.num(Infinity),
};

const ERROR_CLASSES = new Set(["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "AggregateError"]);

export function isLibSymbol(symbol: ts.Symbol | undefined): boolean {
  const decl = symbol?.declarations?.[0];
  if (!decl) return false;
  const file = decl.getSourceFile();
  // TypeScript's default library, or tsmpy's own globals (console, timers).
  return file.isDeclarationFile && (/[\\/]lib\.[^\\/]*\.d\.ts$/.test(file.fileName) || /[\\/]stubs[\\/]globals\.d\.ts$/.test(file.fileName));
}

export function identifierReference(node: ts.Identifier, ctx: Context): py.Expr {
  const symbol = ctx.symbolAt(node);
  if (symbol) {
    const local = ctx.nameOfSymbol(symbol);
    if (local) return py.name(local);
  }
  if (!symbol || !symbol.declarations?.length || isLibSymbol(symbol)) {
    const g = GLOBAL_VALUES[node.text];
    if (g) return g(ctx);
    if (ERROR_CLASSES.has(node.text)) return ctx.helper(node.text);
    // `x instanceof Map` / `x instanceof Set`: the helper classes (tsmpy/mapset.py).
    if ((node.text === "Map" || node.text === "Set") && ts.isBinaryExpression(node.parent) && node.parent.right === node && node.parent.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword) {
      return ctx.helper(node.text === "Map" ? "js_Map" : "js_Set");
    }
  }
  return ctx.fail(unsupportedFeature(node, `The global '${node.text}' used as a value`));
}
