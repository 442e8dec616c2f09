// Object literals.
//
// - A literal whose contextual type is a record (index signature only: Record<string, T>,
//   { [k: string]: T }) becomes an OrderedDict, keys in JS order.
// - Any other literal becomes an instance of a small per-shape class derived from js_Obj, emitted
//   once per file at module level: `__init__` takes the values positionally and `_jsk` lists the
//   keys in creation order (MicroPython's instance dicts are unordered; js_keys reads `_jsk`).
// - Spread (`{...a, b: 1}`) and computed keys that are not compile-time constants build the object
//   with `js_spread`, which keeps a per-instance key order.
// - Methods (`m() {}`) are function values stored as properties; `this` inside them is refused
//   (TSMPY1010). Getters and setters are refused (TSMPY1401).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import { objectAccessor, objectReservedKey } from "../../diagnostics/catalog";
import { plainAttr } from "../../python/names";
import { isRecord } from "../types";
import { functionBody, lowerParameters } from "../functions/functions";

const SK = ts.SyntaxKind;

/** A compile-time key of a property name, as the JS string it is; undefined when dynamic. */
export function staticKey(ctx: Context, name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text.replace(/_/g, "")));
  if (ts.isComputedPropertyName(name)) {
    const e = name.expression;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isNumericLiteral(e)) return String(Number(e.text.replace(/_/g, "")));
    if (ts.isPrefixUnaryExpression(e) && e.operator === SK.MinusToken && ts.isNumericLiteral(e.operand)) {
      return String(-Number(e.operand.text.replace(/_/g, "")));
    }
    // Enum members and consts of a literal type.
    const t = ctx.checker.getTypeAtLocation(e);
    if (t.isStringLiteral()) return t.value;
    if (t.isNumberLiteral()) return String(t.value);
  }
  return undefined;
}

/** True for a key that would collide with Python or helper internals. */
function reservedKey(key: string): boolean {
  return /^__\w*__$/.test(key) || key.startsWith("_js") || key === "__proto__";
}

/** The contextual type of a literal says record: build an OrderedDict. */
function wantsRecord(ctx: Context, node: ts.ObjectLiteralExpression): boolean {
  const ct = ctx.checker.getContextualType(node);
  if (!ct) return false;
  const nn = ctx.checker.getNonNullableType(ct);
  if (nn.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
  return isRecord(ctx, nn);
}

/** The value of one property (or method) of a literal. */
function propertyValue(ctx: Context, p: ts.ObjectLiteralElementLike): py.Expr {
  if (ts.isPropertyAssignment(p)) return ctx.expr(p.initializer);
  if (ts.isShorthandPropertyAssignment(p)) {
    if (p.objectAssignmentInitializer) return ctx.fail(objectReservedKey(p, p.name.text, "a default value outside a destructuring pattern"));
    return ctx.expr(p.name);
  }
  if (ts.isMethodDeclaration(p)) return methodValue(ctx, p);
  return ctx.fail(objectAccessor(p));
}

/** `m(a) { ... }` in a literal: a def emitted before the statement, its name the value. */
function methodValue(ctx: Context, m: ts.MethodDeclaration): py.Expr {
  if (m.asteriskToken || m.modifiers?.some((x) => x.kind === SK.AsyncKeyword)) {
    return ctx.fail(objectAccessor(m, "Async and generator methods in object literals"));
  }
  const frame = { node: m as ts.Node };
  // Padded with `*_`: JS ignores extra arguments (`xs.forEach(o.m)`), Python would raise.
  const parts = ctx.withFrame(frame, () => lowerParameters(ctx, m, { pad: true }));
  const name = ctx.temp("f").id;
  ctx.addPre(py.funcDef(name, parts.params, functionBody(ctx, m, frame, parts)));
  return py.name(name);
}

/** The shape class for a key tuple, emitted once per file. */
function shapeClass(ctx: Context, keys: string[]): py.Name {
  let shapes = ctx.memo.get("objects.shapes") as Map<string, string> | undefined;
  if (!shapes) ctx.memo.set("objects.shapes", (shapes = new Map()));
  const id = JSON.stringify(keys);
  const known = shapes.get(id);
  if (known) return py.name(known);
  const cls = ctx.temp("o").id;
  shapes.set(id, cls);
  const params: py.Param[] = [{ name: "self" }, ...keys.map((_, i) => ({ name: `v${i}` }))];
  const body: py.Stmt[] = keys.map((k, i) => {
    const a = plainAttr(k);
    return a
      ? py.assign(py.attr(py.name("self"), a), py.name(`v${i}`))
      : py.exprStmt(py.call(py.name("setattr"), [py.name("self"), py.str(k), py.name(`v${i}`)]));
  });
  ctx.moduleHoisted.push({
    kind: "ClassDef",
    name: cls,
    bases: [ctx.helper("js_Obj")],
    body: [
      py.assign(py.name("_jsk"), py.tuple(keys.map((k) => py.str(k)))),
      py.funcDef("__init__", params, body.length ? body : [py.pass()]),
    ],
  });
  return py.name(cls);
}

function objectLiteral(node: ts.ObjectLiteralExpression, ctx: Context): py.Expr {
  const record = wantsRecord(ctx, node);
  // Keys known at compile time, in order; null marks a spread or dynamic key.
  const keys: (string | null)[] = node.properties.map((p) => {
    if (ts.isSpreadAssignment(p)) return null;
    if (ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) ctx.fail(objectAccessor(p));
    const k = staticKey(ctx, p.name!);
    if (k !== undefined && reservedKey(k)) ctx.fail(objectReservedKey(p.name!, k, "a name Python or tsmpy reserves"));
    return k ?? null;
  });
  const simple = keys.every((k) => k !== null) && new Set(keys).size === keys.length;
  if (simple) {
    const values = ctx.ordered(node.properties, (p) => propertyValue(ctx, p as ts.ObjectLiteralElementLike));
    const ks = keys as string[];
    if (record) {
      return py.call(py.attr(ctx.std("collections"), "OrderedDict"), ks.length ? [py.list(ks.map((k, i) => py.tuple([py.str(k), values[i]])))] : []);
    }
    if (ks.length === 0) return py.call(ctx.helper("js_Obj"), []);
    return py.call(shapeClass(ctx, ks), values);
  }
  return objectLiteralGeneral(node, ctx, record);
}

/** Spread, dynamic keys: `js_spread(target, (src,), (key, value), ...)` in source order. */
function objectLiteralGeneral(node: ts.ObjectLiteralExpression, ctx: Context, record: boolean): py.Expr {
  const parts = ctx.ordered(node.properties, (n) => {
    const p = n as ts.ObjectLiteralElementLike;
    if (ts.isSpreadAssignment(p)) return py.tuple([ctx.expr(p.expression)]);
    const k = staticKey(ctx, p.name!);
    if (k !== undefined) return py.tuple([py.str(k), propertyValue(ctx, p)]);
    const [key, value] = ctx.ordered([(p.name as ts.ComputedPropertyName).expression, p], (n) =>
      n === p ? propertyValue(ctx, p) : ctx.expr(n),
    );
    return py.tuple([key, value]);
  });
  const target = record ? py.call(py.attr(ctx.std("collections"), "OrderedDict"), []) : py.call(ctx.helper("js_Obj"), []);
  return ctx.helperCall("js_spread", [target, ...parts]);
}

export const objectVisitors: VisitorGroup = {
  expressions: {
    [SK.ObjectLiteralExpression]: objectLiteral,
  },
};
