// JavaScript truthiness as a Python test, chosen from the static type so that the plain cases
// (booleans, strings, objects) stay plain Python and only the differing ones pay for a check:
// numbers (NaN is falsy), arrays and dicts (always truthy in JS, falsy when empty in Python).
import { ts } from "ts-morph";
import * as py from "../python/ast";
import type { Context } from "./context";
import { isAnyLike, isArray, isClassInstance, isNumber, isNullable, isRecord, mayBeNull, nonNullable, pythonTruthinessAgrees, typeOf } from "./types";
import { isInt } from "./analysis/numeric";

/** A Python expression that is truthy exactly when `value` (the translation of `node`) is truthy in JS. */
export function truthTest(ctx: Context, node: ts.Node, value: py.Expr): py.Expr {
  const t = typeOf(ctx, node);
  if (plainTruthiness(ctx, node)) return value;
  if (isNumber(t)) {
    // A Python int is never NaN: its own truthiness is JavaScript's.
    if (isInt(ctx, node)) return value;
    return nanAwareTest(ctx, value);
  }
  if (numberOrPlain(ctx, t) && !mayHoldCollection(ctx, t)) return nanAwareTest(ctx, value);
  const nn = nonNullable(ctx, t);
  if (isArray(ctx, nn) || isRecord(ctx, nn)) {
    if (!isNullable(t)) return value.kind === "Name" || value.kind === "Const" ? py.bool(true) : py.boolop("or", [py.compare(value, "is not", py.none()), py.bool(true)]);
    const v = reusable(ctx, value);
    const notUndefined = py.compare(v.first, "is not", py.none());
    return mayBeNull(t) ? py.boolop("and", [notUndefined, py.compare(v.again, "is not", ctx.helper("js_null"))]) : notUndefined;
  }
  return ctx.helperCall("js_truthy", [value]);
}

/** True when Python's own truthiness of the value of `node` is JavaScript's. */
export function plainTruthiness(ctx: Context, node: ts.Node): boolean {
  const t = typeOf(ctx, node);
  if (pythonTruthinessAgrees(ctx, t)) return !mayHoldCollection(ctx, t);
  return isNumber(t) && isInt(ctx, node);
}

/**
 * Object types an array or dict can be assigned to (`object`, `{}`, `{ length: number }`,
 * `Iterable<T>`): the value may be an empty list, which Python finds falsy; the same for types a
 * number satisfies (NaN is truthy in Python).
 */
function mayHoldCollection(ctx: Context, t: ts.Type): boolean {
  const F = ts.TypeFlags;
  const members = nonNullable(ctx, t).isUnion() ? (nonNullable(ctx, t) as ts.UnionType).types : [nonNullable(ctx, t)];
  return members.some((u) => {
    if (u.flags & F.NonPrimitive) return true;
    if (!(u.flags & F.Object) || isClassInstance(ctx, u) || isArray(ctx, u) || isRecord(ctx, u)) return false;
    if (u.getProperties().length === 0 && u.getCallSignatures().length === 0 && u.getConstructSignatures().length === 0) return true;
    // A number (NaN) can satisfy interfaces such as `{ toFixed(d: number): string }`.
    if (ctx.checker.isTypeAssignableTo(ctx.checker.getNumberType(), u)) return true;
    const createArrayType = (ctx.checker as unknown as { createArrayType?: (t: ts.Type) => ts.Type }).createArrayType;
    if (!createArrayType) return false;
    return ctx.checker.isTypeAssignableTo(createArrayType.call(ctx.checker, ctx.checker.getAnyType()), u);
  });
}

/** `x and x == x`: falsy for 0, NaN, and everything Python already finds falsy. */
function nanAwareTest(ctx: Context, value: py.Expr): py.Expr {
  const v = reusable(ctx, value);
  return py.boolop("and", [v.first, py.compare(v.again, "==", v.again)]);
}

/**
 * A union of numbers with members whose Python truthiness agrees with JavaScript's (strings,
 * booleans, null, undefined, class instances): only NaN needs the extra `x == x`.
 */
function numberOrPlain(ctx: Context, t: ts.Type): boolean {
  if (isAnyLike(t) || !t.isUnion()) return false;
  return t.types.every((u) => isNumber(u) || pythonTruthinessAgrees(ctx, u));
}

/** The JS `!value`. */
export function notTest(ctx: Context, node: ts.Node, value: py.Expr): py.Expr {
  const test = truthTest(ctx, node, value);
  if (test.kind === "Const" && typeof test.value === "boolean") return py.bool(!test.value);
  return py.unary("not", test);
}

/**
 * Lets an expression be used twice: simple expressions as they are, others through a walrus
 * temporary (`(_t1 := f())` first, `_t1` after).
 */
export function reusable(ctx: Context, value: py.Expr): { first: py.Expr; again: py.Expr } {
  if (py.isSimple(value)) return { first: value, again: value };
  const t = ctx.temp();
  return { first: py.namedExpr(t, value), again: t };
}
