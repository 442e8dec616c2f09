// Conversions JavaScript performs implicitly: to string (templates, `+` with a string, String(x)).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { isAnyLike, isBoolean, isClassInstance, isFunctionType, isNumber, isString, libTypeName, typeOf, typeToString } from "../types";
import { unsupportedOperatorType } from "../../diagnostics/catalog";
import { isSafeInt } from "../analysis/numeric";

/** Built-in types whose string form js_str reproduces. */
const STRINGABLE_LIB = new Set(["Array", "ReadonlyArray", "Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "AggregateError", "Object", "String", "Number", "Boolean"]);
/** Built-in types that print as `[object Name]`. */
const TAGGED_LIB = new Set(["Map", "Set", "WeakMap", "WeakSet", "Promise"]);

/** The Python expression for `String(value)`, chosen from the static type of `node`. */
export function toJsString(ctx: Context, node: ts.Node, value: py.Expr): py.Expr {
  const t = typeOf(ctx, node);
  if (isString(t)) return value;
  if (value.kind === "Const") {
    if (typeof value.value === "string") return value;
    if (typeof value.value === "boolean") return py.str(String(value.value));
    // String(-0) is "0" too.
    if (typeof value.value === "number") return py.str(String(value.value));
    if (value.value === null) return py.str("undefined");
  }
  if (value.kind === "Name" && value.id === "js_null") return py.str("null");
  if (isNumber(t)) {
    // An int within 2**53 prints the same through str(); others need JS's spelling.
    if (isSafeInt(ctx, node)) return py.call(py.name("str"), [value]);
    return ctx.helperCall("js_num_str", [value]);
  }
  if (isBoolean(t)) return py.ifExp(value, py.str("true"), py.str("false"));
  if (!isAnyLike(t)) {
    // JS prints a function's source text, a Date or RegExp in their own formats: not reproduced.
    const nn = ctx.checker.getNonNullableType(t);
    if (isFunctionType(nn) && !isClassInstance(ctx, nn)) ctx.fail(unsupportedOperatorType(node, "String()", typeToString(ctx, t)));
    const lib = libTypeName(ctx, nn);
    if (lib && !STRINGABLE_LIB.has(lib)) {
      if (TAGGED_LIB.has(lib) && value.kind === "Name") return py.str(`[object ${lib}]`);
      ctx.fail(unsupportedOperatorType(node, "String()", typeToString(ctx, t)));
    }
  }
  return ctx.helperCall("js_str", [value]);
}
