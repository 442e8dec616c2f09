// Destructuring: binding patterns in declarations, parameters and for-of heads, and destructuring
// assignment (`[a, b] = [b, a]`, `({ x, y } = p)`).
//
// The source is evaluated once (into a temporary unless it is a plain name), then each element is
// read and bound in source order, as JavaScript does:
// - object patterns read properties the way property access does (attributes for objects and
//   class instances, `.get` for records, js_getprop for `any`); `{ a, ...rest }` copies the other
//   own keys with js_rest;
// - array patterns read lists by index (`js_get`, undefined past the end, unless a tuple type
//   guarantees the element); strings and `any` values are listed first (js_aslist); `[a, ...rest]`
//   slices;
// - defaults apply when the value read is undefined (None) only, and are evaluated only then.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { unsupportedDestructuring, unsupportedFeature } from "../../diagnostics/catalog";
import { isAnyLike, isArray, isRecord, isString, pythonTuple, typeOf } from "../types";
import { getAttr } from "../expressions/access";
import { assignmentTarget } from "../expressions/access";
import { staticKey } from "../expressions/objects";
import { isGeneratorType } from "./generators";
import { isMapSetIterable } from "../builtins/mapset";

const F = ts.TypeFlags;

type SourceKind = "record" | "array" | "string" | "any" | "object";

function kindOf(ctx: Context, t: ts.Type | undefined): SourceKind {
  if (!t || isAnyLike(t) || t.flags & F.TypeParameter) return "any";
  if (isArray(ctx, t)) return "array";
  if (isString(t)) return "string";
  if (isRecord(ctx, t)) return "record";
  return "object";
}

/**
 * The values array destructuring takes from a generator: all of them with a rest element, else
 * only as many as the pattern has places (then the generator is closed, as JS calls return()).
 */
function generatorElements(ctx: Context, pattern: ts.ArrayBindingPattern | ts.ArrayLiteralExpression, value: py.Expr): py.Expr {
  const rest = pattern.elements.some((e) => ts.isSpreadElement(e) || (ts.isBindingElement(e) && !!e.dotDotDotToken));
  if (rest) return py.call(py.name("list"), [value]);
  return ctx.helperCall("js_take", [value, py.num(pattern.elements.length)]);
}

/** The type of property `key` of `t` (undefined when unknown). */
function propertyType(ctx: Context, t: ts.Type | undefined, key: string | undefined): ts.Type | undefined {
  if (!t) return undefined;
  const nn = ctx.checker.getNonNullableType(t);
  if (key !== undefined) {
    const p = nn.getProperty(key);
    if (p) return ctx.checker.getNonNullableType(ctx.checker.getTypeOfSymbol(p));
  }
  const idx = nn.getStringIndexType() ?? nn.getNumberIndexType();
  return idx ? ctx.checker.getNonNullableType(idx) : undefined;
}

/** The type of element `i` of an array or tuple type; `rest` for `[...rest]`. */
function elementType(ctx: Context, t: ts.Type | undefined, i: number): ts.Type | undefined {
  if (!t) return undefined;
  const nn = ctx.checker.getNonNullableType(t);
  if (ctx.checker.isTupleType(nn)) {
    const args = ctx.checker.getTypeArguments(nn as ts.TypeReference);
    const a = args[Math.min(i, args.length - 1)];
    return a ? ctx.checker.getNonNullableType(a) : undefined;
  }
  if (ctx.checker.isArrayType(nn)) {
    const a = ctx.checker.getTypeArguments(nn as ts.TypeReference)[0];
    return a ? ctx.checker.getNonNullableType(a) : undefined;
  }
  if (isString(nn)) return ctx.checker.getStringType();
  return undefined;
}

/** True when a tuple type guarantees an element at index i (fixed, not optional, not rest). */
function tupleHas(ctx: Context, t: ts.Type | undefined, i: number): boolean {
  if (!t) return false;
  const nn = ctx.checker.getNonNullableType(t);
  if (!ctx.checker.isTupleType(nn)) return false;
  const target = (nn as ts.TypeReference).target as ts.TupleType;
  const flags = target.elementFlags ?? [];
  return i < flags.length && !!(flags[i] & ts.ElementFlags.Required) && !flags.slice(0, i + 1).some((f) => f & (ts.ElementFlags.Rest | ts.ElementFlags.Variadic));
}

/** A source held in a name, so that it can be read many times. */
function hold(ctx: Context, value: py.Expr, out: py.Stmt[]): py.Expr {
  if (value.kind === "Name") return value;
  const t = ctx.temp();
  out.push(py.assign(t, value));
  return t;
}

/** Reads property `key` of a source of the given kind. */
function readProperty(ctx: Context, kind: SourceKind, src: py.Expr, key: string | py.Expr, node: ts.Node): py.Expr {
  const k = typeof key === "string" ? py.str(key) : key;
  switch (kind) {
    case "record":
      return py.call(py.attr(src, "get"), [k]);
    case "any":
      return ctx.helperCall("js_getprop", [src, k]);
    case "array":
    case "string":
      if (key === "length") return py.call(py.name("len"), [src]);
      if (typeof key === "string" && /^(0|[1-9]\d*)$/.test(key)) return ctx.helperCall("js_get", [src, py.num(Number(key))]);
      return ctx.fail(unsupportedDestructuring(node, "Destructuring this property of an array or string"));
    default:
      if (typeof key === "string") return getAttr(src, key);
      return ctx.helperCall("js_getprop", [src, k]);
  }
}

/** `if v is None: v = default` — JS applies defaults for undefined only. */
function applyDefault(ctx: Context, v: py.Expr, init: ts.Expression | undefined, out: py.Stmt[]): py.Expr {
  if (!init) return v;
  const held = hold(ctx, v, out);
  const { pre, value } = ctx.capture(() => ctx.expr(init));
  out.push(py.ifStmt(py.compare(held, "is", py.none()), [...pre, py.assign(held, value)]));
  return held;
}

/** The type of the value a declaration's pattern destructures. */
function sourceTypeOf(ctx: Context, pattern: ts.BindingPattern): ts.Type | undefined {
  const p = pattern.parent;
  if (ts.isVariableDeclaration(p)) {
    if (p.initializer) return typeOf(ctx, p.initializer);
    if (ts.isForOfStatement(p.parent.parent)) {
      // for await: the element is the awaited value, which the checker gives the declaration
      if (p.parent.parent.awaitModifier) return ctx.checker.getTypeAtLocation(p);
      const iter = typeOf(ctx, p.parent.parent.expression);
      return elementType(ctx, iter, 0) ?? ctx.checker.getTypeAtLocation(p);
    }
    return ctx.checker.getTypeAtLocation(p);
  }
  if (ts.isParameter(p)) return ctx.checker.getTypeAtLocation(p);
  return ctx.checker.getTypeAtLocation(pattern);
}

/** Statements binding the names of `pattern` from `value`. */
export function bindingPattern(ctx: Context, pattern: ts.BindingName, value: py.Expr): py.Stmt[] {
  if (ts.isIdentifier(pattern)) return [py.assign(py.name(ctx.declName(pattern)), value)];
  const out: py.Stmt[] = [];
  bindPattern(ctx, pattern, value, sourceTypeOf(ctx, pattern), out);
  return out;
}

function bindName(ctx: Context, name: ts.BindingName, value: py.Expr, t: ts.Type | undefined, out: py.Stmt[]) {
  if (ts.isIdentifier(name)) out.push(py.assign(py.name(ctx.declName(name)), value));
  else bindPattern(ctx, name, value, t, out);
}

function bindPattern(ctx: Context, pattern: ts.BindingPattern, value: py.Expr, t: ts.Type | undefined, out: py.Stmt[]) {
  // A device API's Python tuple destructures as the TS tuple it stands for.
  if (ts.isArrayBindingPattern(pattern)) t = pythonTuple(ctx, t) ?? t;
  if (ts.isObjectBindingPattern(pattern)) {
    const kind = kindOf(ctx, t);
    const src = hold(ctx, value, out);
    const used: py.Expr[] = [];
    for (const el of pattern.elements) {
      if (el.dotDotDotToken) {
        if (kind === "array" || kind === "string") ctx.fail(unsupportedDestructuring(el, "A rest element in an object pattern over an array or string"));
        bindName(ctx, el.name, ctx.helperCall("js_rest", [src, py.tuple(used)]), undefined, out);
        continue;
      }
      const propName = el.propertyName ?? (el.name as ts.Identifier);
      const key = staticKey(ctx, propName as ts.PropertyName);
      let keyExpr: py.Expr;
      if (key !== undefined) keyExpr = py.str(key);
      else {
        const { pre, value: k } = ctx.capture(() => ctx.expr((propName as ts.ComputedPropertyName).expression));
        out.push(...pre);
        keyExpr = hold(ctx, k, out);
      }
      used.push(keyExpr);
      const read = readProperty(ctx, kind, src, key ?? keyExpr, el);
      const v = applyDefault(ctx, read, el.initializer, out);
      bindName(ctx, el.name, v, propertyType(ctx, t, key), out);
    }
    return;
  }
  const kind = kindOf(ctx, t);
  const gen = !!t && isGeneratorType(ctx, t);
  if (!gen && !isMapSetIterable(ctx, t) && (kind === "object" || kind === "record")) ctx.fail(unsupportedDestructuring(pattern, "Array destructuring of a value that is not an array or string"));
  const src = hold(ctx, kind === "array" ? value : gen ? generatorElements(ctx, pattern, value) : ctx.helperCall("js_aslist", [value]), out);
  pattern.elements.forEach((el, i) => {
    if (ts.isOmittedExpression(el)) return;
    if (el.dotDotDotToken) {
      bindName(ctx, el.name, py.subscript(src, { kind: "Slice", lower: py.num(i) }), t, out);
      return;
    }
    const read = tupleHas(ctx, t, i) ? py.subscript(src, py.num(i)) : ctx.helperCall("js_get", [src, py.num(i)]);
    const v = applyDefault(ctx, read, el.initializer, out);
    bindName(ctx, el.name, v, elementType(ctx, t, i), out);
  });
}

// ---------- destructuring assignment ----------

export function destructuringAssignment(node: ts.BinaryExpression, ctx: Context, mode: "value" | "statement"): any {
  const out: py.Stmt[] = [];
  const rhs = ctx.expr(node.right);
  const src = hold(ctx, rhs, out);
  assignPattern(ctx, node.left as ts.ArrayLiteralExpression | ts.ObjectLiteralExpression, src, typeOf(ctx, node.right), out);
  if (mode === "statement") return out;
  ctx.addPre(...out);
  return src;
}

/**
 * Statements assigning the targets of a destructuring pattern written as an expression (the head
 * of `for ([a, b] of pairs)`, or any other place that has the value in hand) from `value`.
 */
export function destructuringTarget(ctx: Context, pattern: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression, value: py.Expr): py.Stmt[] {
  const out: py.Stmt[] = [];
  const p = pattern.parent;
  let t: ts.Type | undefined;
  if (ts.isForOfStatement(p) && p.initializer === pattern) t = elementType(ctx, typeOf(ctx, p.expression), 0);
  else if (ts.isForInStatement(p) && p.initializer === pattern) t = ctx.checker.getStringType();
  t ??= ctx.checker.getTypeAtLocation(pattern);
  assignPattern(ctx, pattern, hold(ctx, value, out), t, out);
  return out;
}

function assignTarget(ctx: Context, target: ts.Expression, value: py.Expr, t: ts.Type | undefined, out: py.Stmt[]) {
  while (ts.isParenthesizedExpression(target)) target = target.expression;
  if (ts.isBinaryExpression(target) && target.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    // `[a = 1] = xs`: a default.
    const v = applyDefault(ctx, value, target.right, out);
    assignTarget(ctx, target.left, v, t, out);
    return;
  }
  if (ts.isArrayLiteralExpression(target) || ts.isObjectLiteralExpression(target)) {
    assignPattern(ctx, target, value, t, out);
    return;
  }
  const { pre, value: place } = ctx.capture(() => assignmentTarget(ctx, target));
  out.push(...pre, place.write(value));
}

function assignPattern(ctx: Context, pattern: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression, value: py.Expr, t: ts.Type | undefined, out: py.Stmt[]) {
  if (ts.isArrayLiteralExpression(pattern)) t = pythonTuple(ctx, t) ?? t;
  const kind = kindOf(ctx, t);
  if (ts.isObjectLiteralExpression(pattern)) {
    const src = hold(ctx, value, out);
    const used: py.Expr[] = [];
    for (const p of pattern.properties) {
      if (ts.isSpreadAssignment(p)) {
        assignTarget(ctx, p.expression, ctx.helperCall("js_rest", [src, py.tuple(used)]), undefined, out);
        continue;
      }
      if (ts.isShorthandPropertyAssignment(p)) {
        const key = p.name.text;
        used.push(py.str(key));
        let v = readProperty(ctx, kind, src, key, p);
        if (p.objectAssignmentInitializer) v = applyDefault(ctx, v, p.objectAssignmentInitializer, out);
        assignTarget(ctx, p.name, v, propertyType(ctx, t, key), out);
        continue;
      }
      if (ts.isPropertyAssignment(p)) {
        const key = staticKey(ctx, p.name);
        let keyExpr: py.Expr;
        if (key !== undefined) keyExpr = py.str(key);
        else {
          const { pre, value: k } = ctx.capture(() => ctx.expr((p.name as ts.ComputedPropertyName).expression));
          out.push(...pre);
          keyExpr = hold(ctx, k, out);
        }
        used.push(keyExpr);
        const v = readProperty(ctx, kind, src, key ?? keyExpr, p);
        assignTarget(ctx, p.initializer, v, propertyType(ctx, t, key), out);
        continue;
      }
      ctx.fail(unsupportedFeature(p, "This destructuring target"));
    }
    return;
  }
  const gen = !!t && isGeneratorType(ctx, t);
  if (!gen && !isMapSetIterable(ctx, t) && (kind === "object" || kind === "record")) ctx.fail(unsupportedDestructuring(pattern, "Array destructuring of a value that is not an array or string"));
  const src = hold(ctx, kind === "array" ? value : gen ? generatorElements(ctx, pattern, value) : ctx.helperCall("js_aslist", [value]), out);
  pattern.elements.forEach((el, i) => {
    if (ts.isOmittedExpression(el)) return;
    if (ts.isSpreadElement(el)) {
      assignTarget(ctx, el.expression, py.subscript(src, { kind: "Slice", lower: py.num(i) }), t, out);
      return;
    }
    const read = tupleHas(ctx, t, i) ? py.subscript(src, py.num(i)) : ctx.helperCall("js_get", [src, py.num(i)]);
    assignTarget(ctx, el, read, elementType(ctx, t, i), out);
  });
}
