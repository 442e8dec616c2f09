// Async functions, await, Promises and timers on tsmpy.promise's event loop (Node's ordering:
// microtasks before the next timer, timers by due time then creation order). An async function is
// an `async def` wrapped by js_async (functions.ts markAsync); `await p` on a Promise is Python's
// `await p` (the Promise's __await__ hands it to the stepper), on any other value `await
// js_await(v)`. The boot code runs the loop after the main module (engine bootCode).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import { unsupportedBuiltin, unsupportedFeature } from "../../diagnostics/catalog";
import { isAnyLike, typeOf } from "../types";
import { isLibSymbol } from "../expressions/identifiers";
import { isForeignAwaitable } from "./async-boundary";
import { stubSignature } from "../modules/stubs";

/** A direct call of a stub function (its Promise-typed result is a Python awaitable). */
function isStubCallResult(ctx: Context, e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  return ts.isCallExpression(e) && !!stubSignature(ctx, e);
}

const SK = ts.SyntaxKind;

/** True for the lib's Promise<T> (not a union with other types). */
export function isPromiseType(ctx: Context, t: ts.Type): boolean {
  if (isAnyLike(t)) return false;
  const u = ctx.checker.getNonNullableType(t);
  if (u !== t) return false;
  const sym = u.getSymbol() ?? u.aliasSymbol;
  return !!sym && sym.name === "Promise" && isLibSymbol(sym);
}

function enclosingFunction(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isFunctionLike(n)) return n as ts.FunctionLikeDeclaration;
    if (ts.isSourceFile(n)) return undefined;
  }
  return undefined;
}

function awaitExpression(node: ts.AwaitExpression, ctx: Context): py.Expr {
  const fn = enclosingFunction(node);
  if (!fn) return ctx.fail(unsupportedFeature(node, "Top-level await", "a module's top level is not a coroutine in Python; wrap the code in an async function and call it"));
  const t = typeOf(ctx, node.expression);
  // an asyncio awaitable from a device stub: a Promise settled by a task awaiting it
  if (isForeignAwaitable(ctx, t) || isStubCallResult(ctx, node.expression)) return { kind: "Await", value: ctx.helperCall("js_foreign", [ctx.expr(node.expression)]) };
  if (!isPromiseType(ctx, t) && !isAnyLike(t) && ctx.checker.getNonNullableType(t).getProperty("then")) {
    // a thenable other than a Promise: JS calls its then(); js_await would take it as a plain value
    return ctx.fail(unsupportedFeature(node, "Awaiting a thenable that is not a Promise", "await a Promise (an async function's result, new Promise, Promise.resolve)"));
  }
  const v = ctx.expr(node.expression);
  return { kind: "Await", value: isPromiseType(ctx, t) ? v : ctx.helperCall("js_await", [v]) };
}

/** setTimeout / setInterval / clearTimeout / clearInterval. */
export function lowerTimerCall(ctx: Context, node: ts.CallExpression, name: string): py.Expr | undefined {
  const args = () => ctx.ordered(node.arguments, (a) => (ts.isSpreadElement(a) ? py.starred(ctx.expr(a.expression)) : ctx.expr(a)));
  switch (name) {
    case "setTimeout":
      return ctx.helperCall("js_set_timeout", args());
    case "setInterval":
      return ctx.helperCall("js_set_interval", args());
    case "clearTimeout":
    case "clearInterval":
      return ctx.helperCall("js_clear_timer", args());
  }
  return undefined;
}

/** Promise.resolve / reject / all. */
export function lowerPromiseStatic(ctx: Context, node: ts.CallExpression, name: string): py.Expr {
  const args = ctx.ordered(node.arguments);
  if (name === "resolve") return ctx.helperCall("js_promise_resolve", args);
  if (name === "reject") return ctx.helperCall("js_promise_reject", args);
  const combinators: Record<string, string> = { all: "js_promise_all", race: "js_promise_race", any: "js_promise_any", allSettled: "js_promise_all_settled" };
  if (combinators[name] && args.length === 1) return ctx.helperCall(combinators[name], args);
  return ctx.fail(unsupportedBuiltin(node.expression, "Promise", name));
}

/** p.then / p.catch / p.finally. */
export function lowerPromiseMethod(ctx: Context, node: ts.CallExpression, recv: ts.Expression, name: string): py.Expr {
  if (name !== "then" && name !== "catch" && name !== "finally") return ctx.fail(unsupportedBuiltin(node.expression, "Promise", name));
  const [obj, ...args] = ctx.ordered([recv, ...node.arguments]);
  return py.call(py.attr(obj, name === "finally" ? "js_finally" : name), args);
}

/** new Promise((resolve, reject) => ...). */
export function lowerPromiseNew(ctx: Context, node: ts.NewExpression): py.Expr {
  const args = ctx.ordered(node.arguments ?? []);
  if (args.length !== 1) return ctx.fail(unsupportedBuiltin(node, "Promise", "constructor"));
  return ctx.helperCall("js_new_promise", args);
}

export const asyncVisitors: VisitorGroup = {
  expressions: {
    [SK.AwaitExpression]: awaitExpression,
  },
};
