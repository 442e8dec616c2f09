// throw and try/catch/finally.
//
// JS errors are plain objects (tsmpy.errors.Error and subclasses), not Python exceptions, so any
// value is thrown the same way: `throw v` -> `raise js_throw(v)`. A catch clause catches every
// Exception (not BaseException: SystemExit, KeyboardInterrupt and asyncio's CancelledError pass)
// and binds the JS value with js_caught, which also turns native Python errors into JS errors:
//
//     try:                           try {
//         ...                          ...
//     except Exception as _e1:       } catch (e) {
//         e = js_caught(_e1)           ...
//         ...                        }
//
// Python runs `finally` on return/break/continue and lets a return in finally win, as JS does.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import { bindingPattern } from "../functions/destructuring";
import { captureStatements } from "./loops";

const SK = ts.SyntaxKind;

function throwStatement(node: ts.ThrowStatement, ctx: Context): py.Stmt[] {
  return [py.raise(ctx.helperCall("js_throw", [ctx.expr(node.expression)]))];
}

function tryStatement(node: ts.TryStatement, ctx: Context): py.Stmt[] {
  const body = ctx.stmt(node.tryBlock);
  const handlers: py.ExceptHandler[] = [];
  if (node.catchClause) {
    const c = node.catchClause;
    const decl = c.variableDeclaration;
    const stmts: py.Stmt[] = [];
    let excName: string | undefined;
    if (decl) {
      const e = ctx.temp("e");
      excName = e.id;
      const value = ctx.helperCall("js_caught", [e]);
      if (ts.isIdentifier(decl.name)) stmts.push(py.assign(py.name(ctx.declName(decl.name)), value));
      else stmts.push(...captureStatements(ctx, () => bindingPattern(ctx, decl.name, value)));
    }
    stmts.push(...ctx.stmt(c.block));
    handlers.push({ type: py.name("Exception"), name: excName, body: stmts, line: ctx.lineOf(c) });
  }
  const finalbody = node.finallyBlock ? ctx.stmt(node.finallyBlock) : undefined;
  const t: py.Try = { kind: "Try", body, handlers, finalbody: finalbody && finalbody.length ? finalbody : finalbody ? [py.pass()] : undefined };
  return [t];
}

export const tryVisitors: VisitorGroup = {
  statements: {
    [SK.ThrowStatement]: throwStatement,
    [SK.TryStatement]: tryStatement,
  },
};
