// `super(...)` in constructors and `super.method(...)` in methods.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { unsupportedFeature } from "../../diagnostics/catalog";

export function superCall(node: ts.CallExpression, ctx: Context): py.Expr {
  return ctx.fail(unsupportedFeature(node, "'super' calls"));
}
