// Math: constants and functions, lowered to MicroPython's math module where results agree.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { unsupportedBuiltin } from "../../diagnostics/catalog";

const CONSTANTS: Record<string, string> = { PI: "pi", E: "e" };

export function lowerMathProperty(ctx: Context, node: ts.PropertyAccessExpression): py.Expr {
  const c = CONSTANTS[node.name.text];
  if (c) return py.attr(ctx.std("math"), c);
  return ctx.fail(unsupportedBuiltin(node, "Math", node.name.text));
}

export function lowerMathCall(ctx: Context, node: ts.CallExpression, name: string): py.Expr {
  const args = ctx.ordered(node.arguments);
  switch (name) {
    case "floor":
    case "ceil":
    case "sqrt":
      if (args.length === 1) return py.call(py.attr(ctx.std("math"), name), args);
      break;
    case "abs":
      if (args.length === 1) return py.call(py.name("abs"), args);
      break;
    case "round":
      if (args.length === 1) return ctx.helperCall("js_round", args);
      break;
  }
  return ctx.fail(unsupportedBuiltin(node.expression, "Math", name));
}
