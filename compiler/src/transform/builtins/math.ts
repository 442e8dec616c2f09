// Math: constants and functions. MicroPython's math module where its results agree with
// JavaScript's; helpers (tsmpy.jsmath) where it raises instead (domain errors, Infinity, NaN).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { unsupportedBuiltin } from "../../diagnostics/catalog";
import { neverNegative } from "../analysis/sign";

const CONSTANTS: Record<string, number> = {
  PI: Math.PI,
  E: Math.E,
  LN2: Math.LN2,
  LN10: Math.LN10,
  LOG2E: Math.LOG2E,
  LOG10E: Math.LOG10E,
  SQRT2: Math.SQRT2,
  SQRT1_2: Math.SQRT1_2,
};

export function lowerMathProperty(ctx: Context, node: ts.PropertyAccessExpression): py.Expr {
  const name = node.name.text;
  if (name === "PI") return py.attr(ctx.std("math"), "pi");
  if (name === "E") return py.attr(ctx.std("math"), "e");
  if (Object.prototype.hasOwnProperty.call(CONSTANTS, name)) return { kind: "Const", value: CONSTANTS[name], float: true };
  // A one-argument function used as a value (`xs.map(Math.round)`): js_math_fn gives one function
  // object per name (identity holds, as for JavaScript's Math.round) taking the first argument.
  const unary = (f: py.Expr) => ctx.helperCall("js_math_fn", [py.str(name), f]);
  if (Object.prototype.hasOwnProperty.call(UNARY_HELPERS, name)) return unary(ctx.helper(UNARY_HELPERS[name]));
  if (Object.prototype.hasOwnProperty.call(UNARY_MATH, name)) return unary(py.attr(ctx.std("math"), UNARY_MATH[name]));
  if (name === "abs") return unary(py.name("abs"));
  return ctx.fail(unsupportedBuiltin(node, "Math", name));
}

/** One-argument functions: the helper that gives JavaScript's results. */
const UNARY_HELPERS: Record<string, string> = {
  floor: "js_floor",
  ceil: "js_ceil",
  trunc: "js_trunc",
  round: "js_mround",
  sign: "js_sign",
  sqrt: "js_sqrt",
  cbrt: "js_cbrt",
  log: "js_ln",
  log2: "js_log2",
  log10: "js_log10",
  exp: "js_exp",
  sin: "js_sin",
  cos: "js_cos",
  tan: "js_tan",
  asin: "js_asin",
  acos: "js_acos",
  clz32: "js_clz32",
};

/** One-argument functions MicroPython computes with JavaScript's results for every input. */
const UNARY_MATH: Record<string, string> = { atan: "atan" };

export function lowerMathCall(ctx: Context, node: ts.CallExpression, name: string): py.Expr {
  const spread = node.arguments.some(ts.isSpreadElement);
  const args = ctx.ordered(node.arguments, (a) => (ts.isSpreadElement(a) ? py.starred(ctx.expr(a.expression)) : ctx.expr(a)));
  if (!spread) {
    if (args.length === 1) {
      if (name === "sqrt" && neverNegative(ctx, node.arguments[0])) return py.call(py.attr(ctx.std("math"), "sqrt"), args);
      if (Object.prototype.hasOwnProperty.call(UNARY_HELPERS, name)) return ctx.helperCall(UNARY_HELPERS[name], args);
      if (Object.prototype.hasOwnProperty.call(UNARY_MATH, name)) return py.call(py.attr(ctx.std("math"), UNARY_MATH[name]), args);
      if (name === "abs") return py.call(py.name("abs"), args);
    }
    if (args.length === 2) {
      if (name === "atan2") return py.call(py.attr(ctx.std("math"), "atan2"), args);
      if (name === "pow") return ctx.helperCall("js_pow", args);
      if (name === "imul") return ctx.helperCall("js_imul", args);
    }
    if (name === "random" && args.length === 0) return py.call(py.attr(ctx.std("random"), "random"), []);
  }
  if (name === "max" || name === "min") return ctx.helperCall(name === "max" ? "js_max" : "js_min", args);
  if (name === "hypot") return ctx.helperCall("js_hypot", args);
  return ctx.fail(unsupportedBuiltin(node.expression, "Math", name));
}
