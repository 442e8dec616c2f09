// Destructuring: binding patterns in declarations and parameters, and destructuring assignment.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { unsupportedFeature } from "../../diagnostics/catalog";

/** Statements binding the names of `pattern` from `value`. */
export function bindingPattern(ctx: Context, pattern: ts.BindingName, value: py.Expr): py.Stmt[] {
  if (ts.isIdentifier(pattern)) return [py.assign(py.name(ctx.declName(pattern)), value)];
  return ctx.fail(unsupportedFeature(pattern, "Destructuring"));
}

export function destructuringAssignment(node: ts.BinaryExpression, ctx: Context, mode: "value" | "statement"): any {
  return ctx.fail(unsupportedFeature(node, "Destructuring assignment"));
}
