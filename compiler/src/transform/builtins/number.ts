// Number methods (toFixed, toString(radix)), the Number namespace and the global number
// functions (parseInt, parseFloat, isNaN, isFinite, Number(x)).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { unsupportedBuiltin } from "../../diagnostics/catalog";
import { isNumber, typeOf } from "../types";

const spreadFree = (args: readonly ts.Expression[]) => !args.some(ts.isSpreadElement);

const CONSTANTS: Record<string, number> = {
  MAX_SAFE_INTEGER: Number.MAX_SAFE_INTEGER,
  MIN_SAFE_INTEGER: Number.MIN_SAFE_INTEGER,
  EPSILON: Number.EPSILON,
  MAX_VALUE: Number.MAX_VALUE,
  MIN_VALUE: Number.MIN_VALUE,
  POSITIVE_INFINITY: Infinity,
  NEGATIVE_INFINITY: -Infinity,
  NaN: NaN,
};

export function lowerNumberProperty(ctx: Context, node: ts.PropertyAccessExpression): py.Expr {
  const name = node.name.text;
  if (Object.prototype.hasOwnProperty.call(CONSTANTS, name)) {
    const v = CONSTANTS[name];
    return { kind: "Const", value: v, float: !Number.isInteger(v) || !Number.isSafeInteger(v) ? true : undefined };
  }
  return ctx.fail(unsupportedBuiltin(node, "Number", name));
}

export function lowerNumberMethod(ctx: Context, node: ts.CallExpression, recv: ts.Expression, name: string): py.Expr {
  const args = node.arguments;
  const callee = node.expression as ts.PropertyAccessExpression;
  if (!spreadFree(args)) return ctx.fail(unsupportedBuiltin(callee, "Number", name));
  switch (name) {
    case "toFixed":
      if (args.length <= 1) return ctx.helperCall("js_to_fixed", ctx.ordered([recv, ...args]));
      break;
    case "toString":
      if (args.length === 0) return ctx.helperCall("js_num_str", [ctx.expr(recv)]);
      if (args.length === 1) return ctx.helperCall("js_num_to_string", ctx.ordered([recv, ...args]));
      break;
    case "toPrecision":
      if (args.length <= 1) return ctx.helperCall("js_to_precision", ctx.ordered([recv, ...args]));
      break;
    case "toExponential":
      if (args.length <= 1) return ctx.helperCall("js_to_exponential", ctx.ordered([recv, ...args]));
      break;
    case "valueOf":
      if (args.length === 0) return ctx.expr(recv);
      break;
  }
  return ctx.fail(unsupportedBuiltin(callee, "Number", name));
}

/** Number.isInteger / isNaN / isFinite / isSafeInteger / parseInt / parseFloat. */
export function lowerNumberStatic(ctx: Context, node: ts.CallExpression, name: string): py.Expr {
  const args = node.arguments;
  const refuse = () => ctx.fail(unsupportedBuiltin(node.expression, "Number", name));
  if (!spreadFree(args)) return refuse();
  switch (name) {
    case "isInteger":
      if (args.length === 1) return ctx.helperCall("js_is_integer", ctx.ordered(args));
      break;
    case "isSafeInteger":
      if (args.length === 1) {
        const t = ctx.toTemp(ctx.expr(args[0]), "n");
        return py.boolop("and", [ctx.helperCall("js_is_integer", [t]), py.compare(py.call(py.name("abs"), [t]), "<=", py.num(Number.MAX_SAFE_INTEGER))]);
      }
      break;
    case "isNaN":
      if (args.length === 1) {
        const v = ctx.expr(args[0]);
        if (isNumber(typeOf(ctx, args[0])) && py.isSimple(v)) return py.compare(v, "!=", v);
        return ctx.helperCall("js_is_nan_num", [v]);
      }
      break;
    case "isFinite":
      if (args.length === 1) return ctx.helperCall("js_is_finite_num", ctx.ordered(args));
      break;
    case "parseInt":
    case "parseFloat":
      return lowerGlobalNumberFunction(ctx, node, name)!;
  }
  return refuse();
}

/** parseInt, parseFloat, isNaN, isFinite and Number(x) called as globals; undefined for other names. */
export function lowerGlobalNumberFunction(ctx: Context, node: ts.CallExpression, name: string): py.Expr | undefined {
  const args = node.arguments;
  const refuse = () => ctx.fail(unsupportedBuiltin(node.expression, "globalThis", name));
  switch (name) {
    case "parseInt":
      if (args.length < 1 || args.length > 2 || !spreadFree(args)) return refuse();
      return ctx.helperCall("js_parse_int", ctx.ordered(args));
    case "parseFloat":
      if (args.length !== 1 || !spreadFree(args)) return refuse();
      return ctx.helperCall("js_parse_float", ctx.ordered(args));
    case "isNaN":
      if (args.length !== 1 || !spreadFree(args)) return refuse();
      if (isNumber(typeOf(ctx, args[0]))) {
        const v = ctx.expr(args[0]);
        if (py.isSimple(v)) return py.compare(v, "!=", v);
        return ctx.helperCall("js_is_nan_num", [v]);
      }
      return ctx.helperCall("js_is_nan", ctx.ordered(args));
    case "isFinite":
      if (args.length !== 1 || !spreadFree(args)) return refuse();
      if (isNumber(typeOf(ctx, args[0]))) return ctx.helperCall("js_is_finite_num", ctx.ordered(args));
      return ctx.helperCall("js_is_finite", ctx.ordered(args));
    case "Number": {
      if (args.length === 0) return py.num(0);
      if (!spreadFree(args)) return refuse();
      const [v] = ctx.ordered(args);
      if (isNumber(typeOf(ctx, args[0]))) return v;
      return ctx.helperCall("js_to_number", [v]);
    }
  }
  return undefined;
}
