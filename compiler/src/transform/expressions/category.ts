// How the operators see an operand: its category from the static type (number, string, boolean,
// object, nullish, unknown), and the expression under parentheses and casts.
import { ts } from "ts-morph";
import type { Context } from "../context";
import { isAnyLike, isBoolean, isNumber, isString, typeOf, isClassInstance, isArray } from "../types";

export type Category = "number" | "string" | "boolean" | "object" | "nullish" | "unknown";

export function category(ctx: Context, node: ts.Node): Category {
  const t = typeOf(ctx, node);
  if (isAnyLike(t)) return "unknown";
  if (isNumber(t)) return "number";
  if (isString(t)) return "string";
  if (isBoolean(t)) return "boolean";
  if (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) return "nullish";
  const nn = ctx.checker.getNonNullableType(t);
  if (isClassInstance(ctx, nn) || isArray(ctx, nn)) return "object";
  if (nn.flags & (ts.TypeFlags.Object | ts.TypeFlags.NonPrimitive) && !nn.isUnion()) {
    // `{}` or `{ length: number }` also accept strings and numbers, which compare by value.
    const c = ctx.checker;
    if (c.isTypeAssignableTo(c.getStringType(), nn) || c.isTypeAssignableTo(c.getNumberType(), nn) || c.isTypeAssignableTo(c.getBooleanType(), nn)) return "unknown";
    return "object";
  }
  return "unknown";
}

export function strip(n: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n)) n = n.expression;
  return n;
}
