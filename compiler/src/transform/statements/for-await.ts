// `for await (const x of xs)` over an array, with Node's job count (docs/dialect.md, async).
// JS iterates a sync iterable through an AsyncFromSyncIterator: each step waits for
// `PromiseResolve(value).then(unwrap)` and then awaits that result, two jobs; the final step
// (done) costs two jobs as well; leaving the loop early (break, return, throw from the body)
// awaits the iterator's return(), one job. A rejected element throws at the loop head without
// closing. Lowered to:
//   _s = 0
//   try:
//       for _t in xs:
//           _s = 0
//           x = await js_for_await(_t)     # two jobs; raises a rejection
//           _s = 1
//           <body>
//       else:
//           _s = 0
//           await js_for_await(None)       # the final step
//   finally:
//       if _s:
//           await js_await(None)           # the body left the loop: return() awaited
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { forAwaitIterable } from "../../diagnostics/catalog";
import { isArray, isTuple, typeOf, isAnyLike } from "../types";
import { labelsOf, newFrame, placeJumpChecks } from "./jumps";
import { loopBody, loopTarget } from "./loops";

export function forAwaitStatement(node: ts.ForOfStatement, ctx: Context): py.Stmt[] {
  const t = typeOf(ctx, node.expression);
  if (isAnyLike(t) || !(isArray(ctx, t) || isTuple(ctx, t))) return ctx.fail(forAwaitIterable(node.expression, ctx.checker.typeToString(t)));
  const frame = newFrame(node, "loop", true, labelsOf(node));
  const iter = ctx.expr(node.expression);
  const raw = ctx.temp("t");
  const inBody = ctx.temp("s");
  const { target, bind } = loopTarget(ctx, node.initializer);
  const body = loopBody(ctx, node, frame, { continueCode: [] });
  const step = (v: py.Expr): py.Expr => ({ kind: "Await", value: ctx.helperCall("js_for_await", [v]) });
  const loop: py.For = {
    kind: "For",
    target: raw,
    iter,
    body: [py.assign(inBody, py.num(0)), py.assign(target, step(raw)), py.assign(inBody, py.num(1)), ...bind, ...body],
    orelse: [py.assign(inBody, py.num(0)), py.exprStmt(step(py.none()))],
  };
  const close = py.ifStmt(inBody, [py.exprStmt({ kind: "Await", value: ctx.helperCall("js_await", [py.none()]) })]);
  const guarded: py.Try = { kind: "Try", body: [loop], handlers: [], finalbody: [close] };
  return [py.assign(inBody, py.num(0)), ...placeJumpChecks(frame, [guarded])];
}
