// JSON.stringify and JSON.parse (helpers in tsmpy.json).
// JSON.parse builds plain objects as js_Obj instances that remember the parse order of their keys,
// or ordered dicts where the program reads the result as a record (Record<string, T>, index
// signatures), following the type it is assigned to or asserted as (see parseSpec).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { builtinArgument, unsupportedBuiltin } from "../../diagnostics/catalog";
import { isArray, isRecord } from "../types";

function isNullishLiteral(n: ts.Expression) {
  return n.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(n) && n.text === "undefined");
}

/** The type the program reads JSON.parse's result as: an `as` type, else the contextual type. */
function readType(ctx: Context, node: ts.Expression): ts.Type | undefined {
  let n: ts.Node = node;
  while (n.parent && (ts.isParenthesizedExpression(n.parent) || ts.isAsExpression(n.parent) || ts.isTypeAssertionExpression(n.parent))) {
    if (!ts.isParenthesizedExpression(n.parent)) return ctx.checker.getTypeAtLocation(n.parent);
    n = n.parent;
  }
  return ctx.checker.getContextualType(node);
}

/**
 * How the parser must build each level so that the program's accesses work: records are ordered
 * dicts (read with .get), objects with named properties js_Obj instances. Returns a Python literal
 * (see tsmpy/json.py), or undefined when every object is a plain js_Obj.
 */
function parseSpec(ctx: Context, at: ts.Node, t: ts.Type | undefined, seen: Set<ts.Type> = new Set()): py.Expr | undefined {
  if (!t || seen.has(t) || seen.size > 20) return undefined;
  const u = t.getNonNullableType();
  if (u.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
  seen.add(t);
  try {
    if (u.isUnion()) {
      // Several object shapes: only when they agree.
      const specs = u.types.filter((m) => m.flags & ts.TypeFlags.Object).map((m) => parseSpec(ctx, at, m, seen));
      if (specs.length === 0) return undefined;
      const first = JSON.stringify(specs[0]);
      if (specs.some((sp) => JSON.stringify(sp) !== first)) {
        if (specs.some((sp) => sp)) ctx.fail(builtinArgument(at, "JSON.parse", "a result type whose object shapes are all records or all objects"));
        return undefined;
      }
      return specs[0];
    }
    if (isArray(ctx, u)) {
      const e = ctx.checker.getIndexTypeOfType(u, ts.IndexKind.Number);
      const inner = parseSpec(ctx, at, e, seen);
      return inner ? py.tuple([py.str("a"), inner]) : undefined;
    }
    if (isRecord(ctx, u)) {
      const v = u.getStringIndexType() ?? u.getNumberIndexType();
      return py.tuple([py.str("r"), parseSpec(ctx, at, v, seen) ?? py.none()]);
    }
    if (u.flags & ts.TypeFlags.Object) {
      const keys: py.Expr[] = [];
      const values: py.Expr[] = [];
      for (const p of u.getProperties()) {
        const decl = p.valueDeclaration ?? p.declarations?.[0];
        const pt = decl ? ctx.checker.getTypeOfSymbolAtLocation(p, decl) : undefined;
        const sp = parseSpec(ctx, at, pt, seen);
        if (sp) {
          keys.push(py.str(p.name));
          values.push(sp);
        }
      }
      return keys.length ? py.tuple([py.str("o"), { kind: "Dict", keys, values }]) : undefined;
    }
    return undefined;
  } finally {
    seen.delete(t);
  }
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
    const spec = parseSpec(ctx, node, readType(ctx, node));
    return ctx.helperCall("js_parse", spec ? [s, spec] : [s]);
  }
  return ctx.fail(unsupportedBuiltin(node.expression, "JSON", name));
}
