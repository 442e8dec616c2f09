// JSON.stringify and JSON.parse (helpers in tsmpy.json).
// JSON.parse builds plain objects as js_Obj instances that remember the parse order of their keys,
// or ordered dicts when the result is read as a record (Record<string, T>, index signatures).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { builtinArgument, unsupportedBuiltin } from "../../diagnostics/catalog";
import { isArray, isRecord } from "../types";

function isNullishLiteral(n: ts.Expression) {
  return n.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(n) && n.text === "undefined");
}

/** True when the program reads the parsed value as a record (so objects must be dicts). */
function wantsRecord(ctx: Context, node: ts.Expression): boolean {
  let n: ts.Node = node;
  while (n.parent && (ts.isParenthesizedExpression(n.parent) || ts.isAsExpression(n.parent) || ts.isTypeAssertionExpression(n.parent))) {
    if (!ts.isParenthesizedExpression(n.parent)) {
      const t = ctx.checker.getTypeAtLocation(n.parent);
      return isRecord(ctx, t) || (isArray(ctx, t) && elementIsRecord(ctx, t));
    }
    n = n.parent;
  }
  const t = ctx.checker.getContextualType(node);
  if (!t) return false;
  return isRecord(ctx, t) || (isArray(ctx, t) && elementIsRecord(ctx, t));
}

function elementIsRecord(ctx: Context, t: ts.Type) {
  const e = ctx.checker.getIndexTypeOfType(t.getNonNullableType(), ts.IndexKind.Number);
  return !!e && isRecord(ctx, e);
}

export function lowerJsonCall(ctx: Context, node: ts.CallExpression, name: string): py.Expr {
  const args = node.arguments;
  if (args.some(ts.isSpreadElement)) return ctx.fail(unsupportedBuiltin(node.expression, "JSON", name));
  if (name === "stringify") {
    if (args.length < 1 || args.length > 3) return ctx.fail(unsupportedBuiltin(node.expression, "JSON", name));
    if (args.length >= 2 && !isNullishLiteral(args[1])) return ctx.fail(builtinArgument(args[1], "JSON.stringify", "null or undefined as the replacer"));
    const vs = ctx.ordered(args);
    if (vs.length === 3) return ctx.helperCall("js_stringify", [vs[0], py.none(), vs[2]]);
    return ctx.helperCall("js_stringify", [vs[0]]);
  }
  if (name === "parse") {
    if (args.length !== 1) return ctx.fail(builtinArgument(node, "JSON.parse", "one argument (no reviver)"));
    const [s] = ctx.ordered(args);
    if (wantsRecord(ctx, node)) return ctx.helperCall("js_parse", [s, py.bool(true)]);
    return ctx.helperCall("js_parse", [s]);
  }
  return ctx.fail(unsupportedBuiltin(node.expression, "JSON", name));
}
