// Statements that map one to one: expression statements, variable declarations, blocks, if,
// return, and declarations that vanish (interfaces, type aliases).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import { unsupportedFeature, varDeclaration, withStatement } from "../../diagnostics/catalog";
import { truthTest } from "../truthiness";
import { assignment, isAssignmentOperator, postfixUpdate, prefixUpdate } from "../expressions/assignment";
import { bindingPattern } from "../functions/destructuring";

const SK = ts.SyntaxKind;

function expressionStatement(node: ts.ExpressionStatement, ctx: Context): py.Stmt[] {
  return expressionAsStatement(node.expression, ctx);
}

/** An expression evaluated for its effects only (expression statements, for-loop updates). */
export function expressionAsStatement(e: ts.Expression, ctx: Context): py.Stmt[] {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  // `a, b` for effects: each operand as its own statement, in order.
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === SK.CommaToken) {
    const left = e.left;
    const right = e.right;
    const first = ctx.capture(() => expressionAsStatement(left, ctx));
    const second = ctx.capture(() => expressionAsStatement(right, ctx));
    return [...first.pre, ...first.value, ...second.pre, ...second.value];
  }
  // Forms whose value is unused become plain statements.
  if (ts.isBinaryExpression(e) && isAssignmentOperator(e.operatorToken.kind)) return assignment(e, ctx, "statement");
  if (ts.isPrefixUnaryExpression(e) && (e.operator === SK.PlusPlusToken || e.operator === SK.MinusMinusToken)) return prefixUpdate(e, ctx, "statement");
  if (ts.isPostfixUnaryExpression(e)) return postfixUpdate(e, ctx, "statement");
  const v = ctx.expr(e);
  // A name or constant on its own line has no effect; Python would keep it as a no-op.
  if (v.kind === "Const" || v.kind === "Name") return [];
  return [py.exprStmt(v)];
}

/** Refuses `var` (TSMPY1002) and `using` declarations. */
export function checkDeclarationKind(list: ts.VariableDeclarationList, ctx: Context) {
  if ((list.flags & ts.NodeFlags.BlockScoped) === ts.NodeFlags.Using || (list.flags & ts.NodeFlags.BlockScoped) === ts.NodeFlags.AwaitUsing) {
    ctx.fail(unsupportedFeature(list, "'using' declarations", "their disposal at the end of the block is not reproduced"));
  }
  if (!(list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) ctx.fail(varDeclaration(list));
}

export function variableDeclarationList(list: ts.VariableDeclarationList, ctx: Context): py.Stmt[] {
  checkDeclarationKind(list, ctx);
  const out: py.Stmt[] = [];
  for (const d of list.declarations) {
    const stmts = ctx.capture(() => {
      if (ts.isIdentifier(d.name)) {
        const target = py.name(ctx.declName(d.name));
        return [py.assign(target, d.initializer ? ctx.expr(d.initializer) : py.none())];
      }
      return bindingPattern(ctx, d.name, ctx.expr(d.initializer!));
    });
    out.push(...stmts.pre, ...stmts.value);
  }
  return out;
}

function variableStatement(node: ts.VariableStatement, ctx: Context): py.Stmt[] {
  if (node.modifiers?.some((m) => m.kind === SK.DeclareKeyword)) return [];
  return variableDeclarationList(node.declarationList, ctx);
}

function ifStatement(node: ts.IfStatement, ctx: Context): py.Stmt[] {
  const test = truthTest(ctx, node.expression, ctx.expr(node.expression));
  const body = ctx.stmt(node.thenStatement);
  const orelse = node.elseStatement ? ctx.stmt(node.elseStatement) : [];
  return [py.ifStmt(test, body, orelse)];
}

function returnStatement(node: ts.ReturnStatement, ctx: Context): py.Stmt[] {
  if (!node.expression) return [py.ret()];
  return [py.ret(ctx.expr(node.expression))];
}

const nothing = () => [];

export const basicStatementVisitors: VisitorGroup = {
  statements: {
    [SK.ExpressionStatement]: expressionStatement,
    [SK.VariableStatement]: variableStatement,
    [SK.Block]: (n: ts.Block, ctx: Context) => ctx.block(n.statements),
    [SK.IfStatement]: ifStatement,
    [SK.ReturnStatement]: returnStatement,
    [SK.EmptyStatement]: nothing,
    [SK.InterfaceDeclaration]: nothing,
    [SK.TypeAliasDeclaration]: nothing,
    [SK.WithStatement]: (n: ts.Node, ctx: Context) => ctx.fail(withStatement(n)),
    [SK.DebuggerStatement]: nothing,
  },
};
