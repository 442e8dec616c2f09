// Loops: while, do-while, for, for-of, for-in; break and continue.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import { truthTest } from "../truthiness";
import { expressionAsStatement, variableDeclarationList } from "./basic";
import { unsupportedFeature } from "../../diagnostics/catalog";

const SK = ts.SyntaxKind;

function whileStatement(node: ts.WhileStatement, ctx: Context): py.Stmt[] {
  const { pre, value } = ctx.capture(() => truthTest(ctx, node.expression, ctx.expr(node.expression)));
  const body = ctx.stmt(node.statement);
  if (pre.length) return [py.whileStmt(py.bool(true), [...pre, py.ifStmt(py.unary("not", value), [py.brk()]), ...body])];
  return [py.whileStmt(value, body)];
}

function forStatement(node: ts.ForStatement, ctx: Context): py.Stmt[] {
  const out: py.Stmt[] = [];
  if (node.initializer) {
    if (ts.isVariableDeclarationList(node.initializer)) out.push(...variableDeclarationList(node.initializer, ctx));
    else out.push(...ctx.capture(() => py.exprStmt(ctx.expr(node.initializer as ts.Expression))).pre);
  }
  const cond = node.condition ? ctx.capture(() => truthTest(ctx, node.condition!, ctx.expr(node.condition!))) : { pre: [], value: py.bool(true) as py.Expr };
  const update = node.incrementor ? captureStatements(ctx, () => expressionAsStatement(node.incrementor!, ctx)) : [];
  const body = ctx.stmt(node.statement);
  if (containsContinue(node.statement)) ctx.fail(unsupportedFeature(node, "'continue' inside a for loop"));
  const loopBody = [...body, ...update];
  if (cond.pre.length) return [...out, py.whileStmt(py.bool(true), [...cond.pre, py.ifStmt(py.unary("not", cond.value), [py.brk()]), ...loopBody])];
  return [...out, py.whileStmt(cond.value, loopBody)];
}

/** Runs a statement-producing translation and returns its prelude followed by its statements. */
export function captureStatements(ctx: Context, fn: () => py.Stmt[]): py.Stmt[] {
  const { pre, value } = ctx.capture(fn);
  return [...pre, ...value];
}

function containsContinue(n: ts.Node): boolean {
  let found = false;
  const visit = (c: ts.Node) => {
    if (found || ts.isFunctionLike(c) || ts.isIterationStatement(c, false)) return;
    if (ts.isContinueStatement(c)) found = true;
    ts.forEachChild(c, visit);
  };
  ts.forEachChild(n, visit);
  return found;
}

export const loopVisitors: VisitorGroup = {
  statements: {
    [SK.WhileStatement]: whileStatement,
    [SK.ForStatement]: forStatement,
    [SK.BreakStatement]: (n: ts.BreakStatement, ctx: Context) => (n.label ? ctx.fail(unsupportedFeature(n, "Labelled break")) : [py.brk()]),
    [SK.ContinueStatement]: (n: ts.ContinueStatement, ctx: Context) => (n.label ? ctx.fail(unsupportedFeature(n, "Labelled continue")) : [py.cont()]),
  },
};
