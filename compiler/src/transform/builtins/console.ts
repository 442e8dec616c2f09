// console.log / console.error: Node's formatting of each argument, joined by spaces.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { consoleFormat, printError, unsupportedBuiltin } from "../../diagnostics/catalog";
import { isBoolean, isNumber, isString, typeOf } from "../types";

function isErrorType(ctx: Context, t: ts.Type): boolean {
  const errorSym = ctx.checker.resolveName("Error", undefined, ts.SymbolFlags.Type, false);
  if (!errorSym) return false;
  const errorType = ctx.checker.getDeclaredTypeOfSymbol(errorSym);
  return !(t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) && !!(t.flags & ts.TypeFlags.Object) && ctx.checker.isTypeAssignableTo(t, errorType);
}

export function lowerConsoleCall(ctx: Context, node: ts.CallExpression, method: string): py.Expr {
  if (method !== "log" && method !== "error" && method !== "info" && method !== "warn" && method !== "debug") {
    return ctx.fail(unsupportedBuiltin(node.expression, "console", method));
  }
  const first = node.arguments[0];
  if (first && node.arguments.length > 1 && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) && /%[sdifjoOc%]/.test(first.text)) {
    ctx.fail(consoleFormat(first));
  }
  for (const a of node.arguments) if (isErrorType(ctx, typeOf(ctx, a))) ctx.fail(printError(a));
  const args = ctx.ordered(node.arguments, (a) => {
    if (ts.isSpreadElement(a)) {
      const item = ctx.temp("e");
      return py.starred({ kind: "ListComp", elt: ctx.helperCall("js_inspect", [item]), generators: [{ target: item, iter: ctx.expr(a.expression), ifs: [] }] });
    }
    const v = ctx.expr(a);
    const t = typeOf(ctx, a);
    // Strings print as they are; numbers and booleans the way Node prints them.
    if (isString(t)) return v;
    if (isNumber(t)) return ctx.helperCall("js_inspect", [v]);
    if (isBoolean(t)) return py.ifExp(v, py.str("true"), py.str("false"));
    return ctx.helperCall("js_inspect", [v]);
  });
  const toStderr = method === "error" || method === "warn";
  if (toStderr) return ctx.helperCall("js_error", args);
  return py.call(py.name("print"), args);
}
