// Type-directed lowering of JavaScript built-ins. Each table owns one built-in type; a member with
// no entry is a diagnostic (TSMPY1007), never a call that fails on the device.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { isArray, isString, typeOf } from "../types";
import { isLibSymbol } from "../expressions/identifiers";
import { unsupportedBuiltin } from "../../diagnostics/catalog";
import { lowerConsoleCall } from "./console";
import { lowerMathProperty, lowerMathCall } from "./math";

/** Lowers `obj.prop` when obj is a built-in value or namespace; undefined when it is not one. */
export function lowerBuiltinProperty(ctx: Context, node: ts.PropertyAccessExpression): py.Expr | undefined {
  const name = node.name.text;
  const recv = node.expression;
  if (ts.isIdentifier(recv) && isGlobalNamespace(ctx, recv)) {
    if (recv.text === "Math") return lowerMathProperty(ctx, node);
    return ctx.fail(unsupportedBuiltin(node, recv.text, name));
  }
  const t = typeOf(ctx, recv);
  if ((isArray(ctx, t) || isString(t)) && name === "length") return py.call(py.name("len"), [ctx.expr(recv)]);
  const propSym = ctx.symbolAt(node.name);
  if (propSym && isLibSymbol(propSym)) {
    const owner = ctx.checker.typeToString(ctx.checker.getNonNullableType(t));
    return ctx.fail(unsupportedBuiltin(node, owner, name));
  }
  return undefined;
}

/** Lowers a call whose callee is a built-in member; undefined when it is not one. */
export function lowerBuiltinCall(ctx: Context, node: ts.CallExpression): py.Expr | undefined {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const recv = callee.expression;
  const name = callee.name.text;
  if (ts.isIdentifier(recv) && isGlobalNamespace(ctx, recv)) {
    if (recv.text === "console") return lowerConsoleCall(ctx, node, name);
    if (recv.text === "Math") return lowerMathCall(ctx, node, name);
    return ctx.fail(unsupportedBuiltin(callee, recv.text, name));
  }
  const propSym = ctx.symbolAt(callee.name);
  if (!propSym || !isLibSymbol(propSym)) return undefined;
  const t = typeOf(ctx, recv);
  if (isArray(ctx, t) && name === "push" && node.arguments.length === 1 && !ts.isSpreadElement(node.arguments[0])) {
    const [obj, v] = ctx.ordered([recv, node.arguments[0]]);
    // The value of push() is the new length; only used as a statement it is plain append.
    if (ts.isExpressionStatement(node.parent)) return py.call(py.attr(obj, "append"), [v]);
  }
  const owner = ctx.checker.typeToString(ctx.checker.getNonNullableType(t));
  return ctx.fail(unsupportedBuiltin(callee, owner, name));
}

/** `Math`, `console`, `JSON`, `Object`, ... when they refer to the JS globals, not a user binding. */
export function isGlobalNamespace(ctx: Context, id: ts.Identifier): boolean {
  const s = ctx.symbolAt(id);
  return !!s && isLibSymbol(s);
}

const ERROR_CLASSES = new Set(["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError"]);

/** Lowers `new X(...)` for built-in constructors; undefined for user classes. */
export function lowerBuiltinNew(ctx: Context, node: ts.NewExpression): py.Expr | undefined {
  const callee = node.expression;
  if (!ts.isIdentifier(callee) || !isGlobalNamespace(ctx, callee)) return undefined;
  if (ERROR_CLASSES.has(callee.text)) {
    const args = ctx.ordered(node.arguments ?? []);
    return py.call(ctx.helper(callee.text), args.slice(0, 1));
  }
  return ctx.fail(unsupportedBuiltin(node, callee.text, "constructor"));
}
