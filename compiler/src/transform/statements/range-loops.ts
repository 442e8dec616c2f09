// `for (let i = a; i < b; i++)` as `for i in range(a, b)`, when that is provably the same loop:
// int bounds, a bound that cannot change during the loop (its array is not resized), a counter
// only the update writes. Bounds that may be floats go through js_upto/js_downto (loops.py).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { JumpFrame, placeJumpChecks, withJumpFrame } from "./jumps";
import { isAnyLike, isArray, isNumber, isString, isTuple, typeOf } from "../types";
import { checkLoopBodyClosures, isWriteTarget } from "../functions/loopcapture";
import { isInt } from "../analysis/numeric";
import { collectWrites, state } from "../analysis/writes";

const SK = ts.SyntaxKind;

export function stripParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

function isIntLiteral(e: ts.Expression): boolean {
  e = stripParens(e);
  if (ts.isPrefixUnaryExpression(e) && e.operator === SK.MinusToken) return isIntLiteral(e.operand);
  return ts.isNumericLiteral(e) && /^\d+$/.test(e.text) && Number(e.text) <= 2 ** 30;
}

/** A binding that is never assigned after its declaration. */
function isStableName(ctx: Context, e: ts.Expression): boolean {
  if (!ts.isIdentifier(e)) return false;
  const s = ctx.symbolAt(e);
  const b = s && ctx.scopes.binding(s);
  return !!b && !b.reassigned && (ts.isVariableDeclaration(b.declaration) || ts.isParameter(b.declaration));
}

/**
 * A local `let` (or parameter) that the loop never writes and that no closure writes anywhere:
 * while the loop runs, only the loop's own code could change it (`for (let i = 0; i < r; i++)`
 * with `r` moved between loops).
 */
function untouchedByLoop(ctx: Context, e: ts.Expression, loop: ts.ForStatement): boolean {
  if (!ts.isIdentifier(e)) return false;
  const sym = ctx.symbolAt(e);
  const decl = sym?.valueDeclaration;
  if (!sym || !decl || !(ts.isVariableDeclaration(decl) || ts.isParameter(decl)) || !ts.isIdentifier(decl.name)) return false;
  if (decl.getSourceFile() !== ctx.sourceFile) return false;
  const s = state(ctx);
  collectWrites(ctx, s);
  if (s.opaque!.has(sym)) return false;
  const home = ts.findAncestor(decl.parent, ts.isFunctionLike);
  return (s.writes!.get(sym) ?? []).every((w) => ts.findAncestor(w, ts.isFunctionLike) === home && !(w.pos >= loop.pos && w.end <= loop.end));
}

/** True when nothing in `root` can change the length of an array (no calls, no `new`, no writes to `length`). */
export function cannotResize(ctx: Context, root: ts.Node): boolean {
  let ok = true;
  const visit = (n: ts.Node) => {
    if (!ok) return;
    if (ts.isCallExpression(n)) {
      // console.log(...) cannot reach user arrays.
      const c = n.expression;
      if (!(ts.isPropertyAccessExpression(c) && ts.isIdentifier(c.expression) && c.expression.text === "console")) ok = false;
    }
    if (ts.isNewExpression(n) || ts.isDeleteExpression(n) || ts.isFunctionLike(n) || ts.isTaggedTemplateExpression(n)) ok = false;
    // A getter could run arbitrary code.
    if (ts.isPropertyAccessExpression(n) && ((ctx.symbolAt(n.name)?.flags ?? 0) & ts.SymbolFlags.GetAccessor)) ok = false;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= SK.FirstAssignment && n.operatorToken.kind <= SK.LastAssignment) {
      // Element writes can grow a JS array; property writes may be setters.
      if (!ts.isIdentifier(stripParens(n.left))) ok = false;
    }
    ts.forEachChild(n, visit);
  };
  visit(root);
  return ok;
}

/** An int expression whose value is the same each time the loop tests it, as Python; or undefined. */
function stableIntBound(ctx: Context, e: ts.Expression, loop: ts.ForStatement): boolean {
  return stableBound(ctx, e, loop) && (isIntLiteral(e) || isInt(ctx, e));
}

/** An expression whose value cannot change while the loop runs. */
function stableBound(ctx: Context, e: ts.Expression, loop: ts.ForStatement): boolean {
  e = stripParens(e);
  if (isIntLiteral(e) || ts.isNumericLiteral(e)) return true;
  if (isStableName(ctx, e) || untouchedByLoop(ctx, e, loop)) return true;
  if (ts.isPropertyAccessExpression(e) && e.name.text === "length" && isStableName(ctx, e.expression)) {
    const t = typeOf(ctx, e.expression);
    if (isString(t)) return true;
    if (isArray(ctx, t) && !isTuple(ctx, t)) return cannotResize(ctx, loop);
    return false;
  }
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === SK.PlusToken || e.operatorToken.kind === SK.MinusToken || e.operatorToken.kind === SK.AsteriskToken)) {
    return stableBound(ctx, e.left, loop) && stableBound(ctx, e.right, loop);
  }
  return false;
}

function intStart(ctx: Context, e: ts.Expression): boolean {
  e = stripParens(e);
  if (isIntLiteral(e) || isInt(ctx, e)) return true;
  if (ts.isPropertyAccessExpression(e) && e.name.text === "length") {
    const t = typeOf(ctx, e.expression);
    return isString(t) || isArray(ctx, t);
  }
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === SK.PlusToken || e.operatorToken.kind === SK.MinusToken)) {
    return intStart(ctx, e.left) && intStart(ctx, e.right);
  }
  return false;
}

/** The step of `i++`, `i--`, `i += k`, `i -= k` on the counter, or undefined. */
function stepOf(inc: ts.Expression, counter: ts.Symbol, ctx: Context): number | undefined {
  inc = stripParens(inc);
  const isCounter = (e: ts.Expression) => ts.isIdentifier(e) && ctx.symbolAt(e) === counter;
  if ((ts.isPrefixUnaryExpression(inc) || ts.isPostfixUnaryExpression(inc)) && isCounter(inc.operand)) {
    if (inc.operator === SK.PlusPlusToken) return 1;
    if (inc.operator === SK.MinusMinusToken) return -1;
  }
  if (ts.isBinaryExpression(inc) && isCounter(inc.left) && isIntLiteral(inc.right) && ts.isNumericLiteral(stripParens(inc.right))) {
    const k = Number((stripParens(inc.right) as ts.NumericLiteral).text);
    if (k <= 0) return undefined;
    if (inc.operatorToken.kind === SK.PlusEqualsToken) return k;
    if (inc.operatorToken.kind === SK.MinusEqualsToken) return -k;
  }
  return undefined;
}

function writesSymbol(root: ts.Node, sym: ts.Symbol, ctx: Context): boolean {
  let found = false;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isIdentifier(n) && ctx.symbolAt(n) === sym && isWriteTarget(n)) found = true;
    ts.forEachChild(n, visit);
  };
  visit(root);
  return found;
}

export function rangeLoop(node: ts.ForStatement, ctx: Context, frame: JumpFrame): py.Stmt[] | undefined {
  const init = node.initializer;
  if (!init || !ts.isVariableDeclarationList(init) || !(init.flags & ts.NodeFlags.Let) || init.declarations.length !== 1) return undefined;
  const decl = init.declarations[0];
  if (!ts.isIdentifier(decl.name) || !decl.initializer || !node.condition || !node.incrementor) return undefined;
  const counter = ctx.symbolAt(decl.name);
  if (!counter || !isNumber(typeOf(ctx, decl.name))) return undefined;
  const step = stepOf(node.incrementor, counter, ctx);
  if (step === undefined) return undefined;
  const cond = stripParens(node.condition);
  if (!ts.isBinaryExpression(cond) || !ts.isIdentifier(stripParens(cond.left)) || ctx.symbolAt(stripParens(cond.left) as ts.Identifier) !== counter) return undefined;
  const op = cond.operatorToken.kind;
  const upward = op === SK.LessThanToken || op === SK.LessThanEqualsToken;
  const downward = op === SK.GreaterThanToken || op === SK.GreaterThanEqualsToken;
  if (!(upward && step > 0) && !(downward && step < 0)) return undefined;
  if (!intStart(ctx, decl.initializer) || !stableBound(ctx, cond.right, node)) return undefined;
  // A bound that may be a float (a parameter, a division) goes through a helper that uses range()
  // for small ints and JS comparisons otherwise.
  const intBound = stableIntBound(ctx, cond.right, node);
  if (!intBound && (!isNumber(typeOf(ctx, cond.right)) || isAnyLike(typeOf(ctx, cond.right)))) return undefined;
  // Only the update may write the counter (closures included: they are inside the body).
  if (writesSymbol(node.statement, counter, ctx) || writesSymbol(node.condition, counter, ctx)) return undefined;
  const start = ctx.capture(() => ctx.expr(decl.initializer!));
  const bound = ctx.capture(() => ctx.expr(cond.right));
  if (start.pre.length || bound.pre.length) return undefined;
  let end = bound.value;
  const inclusive = op === SK.LessThanEqualsToken || op === SK.GreaterThanEqualsToken;
  let iter: py.Expr;
  if (intBound) {
    if (inclusive) {
      const d = upward ? 1 : -1;
      end = end.kind === "Const" && typeof end.value === "number" ? py.num(end.value + d) : py.binop(end, upward ? "+" : "-", py.num(1));
    }
    const args = [start.value, end];
    if (step !== 1) args.push(py.num(step));
    iter = py.call(py.name("range"), args);
  } else {
    const helper = upward ? (inclusive ? "js_upto_incl" : "js_upto") : inclusive ? "js_downto_incl" : "js_downto";
    iter = ctx.helperCall(helper, [start.value, end, py.num(step)]);
  }
  checkLoopBodyClosures(ctx, node);
  const body = withJumpFrame(ctx, frame, () => ctx.stmt(node.statement));
  const loop: py.For = { kind: "For", target: py.name(ctx.declName(decl.name)), iter, body };
  return placeJumpChecks(frame, [loop]);
}
