// Assignments and updates (`=`, `+=`, `??=`, `++`), as statements when their value is unused and
// as expressions (walrus on names, temporaries otherwise) when it is.
import { ts } from "ts-morph";
import { COMPOUND_OPS } from "../analysis/literals";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { targetChangedByValue, unsupportedFeature, unsupportedOperatorType } from "../../diagnostics/catalog";
import { isNumber, isString, typeOf, typeToString } from "../types";
import { toJsString } from "./convert";
import { concat, numberOp } from "./arithmetic";
import { negateTest, nullishTest } from "./logical";
import { nullishOperandType } from "../unchecked";
import { isInt } from "../analysis/numeric";
import { truthTest } from "../truthiness";
import { assignmentTarget } from "./access";
import { destructuringAssignment } from "../functions/destructuring";

const SK = ts.SyntaxKind;
export type Mode = "value" | "statement";

export function isAssignmentOperator(k: ts.SyntaxKind): boolean {
  return k >= SK.FirstAssignment && k <= SK.LastAssignment;
}


/**
 * A target that can be read and written: `read` gives its current value, `write` stores one.
 * The object and key of a property target are evaluated once (into temporaries when needed).
 */
export interface Place {
  read(): py.Expr;
  write(value: py.Expr): py.Stmt;
  /** Only names can be walrus targets. */
  name?: py.Name;
  /** For `+=`-style statements: the plain Python target when `target op= value` is valid. */
  target?: py.Expr;
}

/** The new value of `target op value` for a compound operator, with JS semantics. */
function combine(ctx: Context, node: ts.BinaryExpression, op: string, current: py.Expr, rhs: py.Expr): py.Expr {
  const lt = typeOf(ctx, node.left);
  const rt = typeOf(ctx, node.right);
  if (op === "+") {
    if (isString(lt) || isString(rt)) return concat(toJsString(ctx, node.left, current), toJsString(ctx, node.right, rhs));
    if (isNumber(lt) && isNumber(rt)) return py.binop(current, "+", rhs);
    return ctx.helperCall("js_add", [current, rhs]);
  }
  if (!isNumber(lt) || !isNumber(rt)) ctx.fail(unsupportedOperatorType(node.operatorToken, op + "=", typeToString(ctx, lt)));
  return numberOp(ctx, op, node.left, node.right, current, rhs);
}

/** `x op= v` as a Python augmented assignment, when the combined value is `x op v` itself. */
function augmentedForm(combined: py.Expr, current: py.Expr, rhs: py.Expr): py.BinOperator | undefined {
  if (combined.kind === "BinOp" && combined.left === current && combined.right === rhs) return combined.op;
  return undefined;
}

/**
 * `x ||= v`, `x &&= v`, `x ??= v` as an `if` statement: the target is read once, the value only
 * evaluated (with the statements it needs) when it is assigned. In value mode the result is a
 * temporary holding the target's final value.
 */
function logicalAssign(ctx: Context, node: ts.BinaryExpression, place: Place, mode: Mode, right?: { pre: py.Stmt[]; value: py.Expr }): py.Expr | py.Stmt[] {
  const k = node.operatorToken.kind;
  const current = place.read();
  const t = mode === "value" || !py.isSimple(current) ? ctx.toTemp(current) : current;
  let test: py.Expr;
  if (k === SK.QuestionQuestionEqualsToken) {
    test = negateTest(nullishTest(ctx, nullishOperandType(ctx, node.left), t));
  } else {
    const truth = truthTest(ctx, node.left, t);
    test = k === SK.AmpersandAmpersandEqualsToken ? truth : py.unary("not", truth);
  }
  const { pre, value } = right ?? ctx.capture(() => ctx.expr(node.right));
  const body = mode === "value" ? [...pre, py.assign(t, value), place.write(t)] : [...pre, place.write(value)];
  const stmt = py.ifStmt(test, body);
  if (mode === "statement") return [stmt];
  ctx.addPre(stmt);
  return t;
}

/**
 * `xs[i] = f(i++)`: JavaScript reads `xs` and `i` for the target before evaluating the value,
 * Python after. Refused when the value writes a variable the target's object or index reads.
 */
function checkTargetOrder(ctx: Context, node: ts.BinaryExpression) {
  let left: ts.Expression = node.left;
  while (ts.isParenthesizedExpression(left) || ts.isNonNullExpression(left) || ts.isAsExpression(left)) left = left.expression;
  if (ts.isIdentifier(left)) return;
  const used = new Map<ts.Symbol, string>();
  const collect = (n: ts.Node) => {
    if (ts.isIdentifier(n)) {
      if (ts.isPropertyAccessExpression(n.parent) && n.parent.name === n) return;
      const s = ctx.checker.getSymbolAtLocation(n);
      if (s) used.set(s, n.text);
      return;
    }
    ts.forEachChild(n, collect);
  };
  collect(left);
  if (used.size === 0) return;
  const check = (n: ts.Node) => {
    if (ts.isFunctionLike(n)) return;
    let target: ts.Node | undefined;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= SK.FirstAssignment && n.operatorToken.kind <= SK.LastAssignment) target = n.left;
    else if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === SK.PlusPlusToken || n.operator === SK.MinusMinusToken)) target = n.operand;
    if (target) {
      while (ts.isParenthesizedExpression(target)) target = target.expression;
      if (ts.isIdentifier(target)) {
        const s = ctx.checker.getSymbolAtLocation(target);
        if (s && used.has(s)) ctx.fail(targetChangedByValue(n, used.get(s)!));
      }
    }
    ts.forEachChild(n, check);
  };
  check(node.right);
}

export function assignment(node: ts.BinaryExpression, ctx: Context, mode: "value"): py.Expr;
export function assignment(node: ts.BinaryExpression, ctx: Context, mode: "statement"): py.Stmt[];
export function assignment(node: ts.BinaryExpression, ctx: Context, mode: Mode): py.Expr | py.Stmt[] {
  const k = node.operatorToken.kind;
  const left = node.left;
  if (k === SK.EqualsToken && (ts.isArrayLiteralExpression(left) || ts.isObjectLiteralExpression(left))) {
    return destructuringAssignment(node, ctx, mode);
  }
  checkTargetOrder(ctx, node);
  const place = assignmentTarget(ctx, left);

  if (k === SK.EqualsToken) {
    const value = ctx.expr(node.right);
    if (mode === "statement") return [place.write(value)];
    if (place.name) return py.namedExpr(place.name, value);
    const t = ctx.toTemp(value);
    ctx.addPre(place.write(t));
    return t;
  }

  if (k === SK.AmpersandAmpersandEqualsToken || k === SK.BarBarEqualsToken || k === SK.QuestionQuestionEqualsToken) {
    // x ||= v  ->  if not x: x = v  (the target is read once; v only evaluated when assigned)
    if (mode === "value" && place.name) {
      // On a name, a pure expression keeps JS order among its neighbours: `x if x else (x := v)`.
      const x = place.name;
      const { pre, value } = ctx.capture(() => ctx.expr(node.right));
      if (!pre.length) {
        const assigned = py.namedExpr(x, value);
        if (k === SK.QuestionQuestionEqualsToken) return py.ifExp(nullishTest(ctx, nullishOperandType(ctx, node.left), x), x, assigned);
        const truth = truthTest(ctx, node.left, x);
        return k === SK.AmpersandAmpersandEqualsToken ? py.ifExp(truth, assigned, x) : py.ifExp(truth, x, assigned);
      }
      return logicalAssign(ctx, node, place, "value", { pre, value }) as py.Expr;
    }
    return logicalAssign(ctx, node, place, mode);
  }

  const op = COMPOUND_OPS[k];
  if (!op) return ctx.fail(unsupportedFeature(node.operatorToken, `The operator '${node.operatorToken.getText()}'`));
  const current = place.read();
  const rhs = ctx.expr(node.right);
  const combined = combine(ctx, node, op, current, rhs);
  if (mode === "statement") {
    const aug = place.target && augmentedForm(combined, current, rhs);
    if (aug) return [py.augAssign(place.target!, aug, rhs)];
    return [place.write(combined)];
  }
  if (place.name) return py.namedExpr(place.name, combined);
  const t = ctx.toTemp(combined);
  ctx.addPre(place.write(t));
  return t;
}
function update(node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, ctx: Context, mode: Mode, postfix: boolean): py.Expr | py.Stmt[] {
  if (!isNumber(typeOf(ctx, node.operand))) ctx.fail(unsupportedOperatorType(node, "++", typeToString(ctx, typeOf(ctx, node.operand))));
  const op: py.BinOperator = node.operator === SK.PlusPlusToken ? "+" : "-";
  const place = assignmentTarget(ctx, node.operand);
  if (mode === "statement") {
    return [place.target ? py.augAssign(place.target, op, py.num(1)) : place.write(py.binop(place.read(), op, py.num(1)))];
  }
  if (place.name) {
    const bumped = py.namedExpr(place.name, py.binop(place.name, op, py.num(1)));
    if (!postfix) return bumped;
    // `(x := x + 1) - 1` gives back the old value exactly for ints only (0.1 + 1 - 1 != 0.1).
    if (isInt(ctx, node.operand)) return py.binop(bumped, op === "+" ? "-" : "+", py.num(1));
    const old = ctx.temp();
    return py.subscript(py.tuple([py.namedExpr(old, place.name), py.namedExpr(place.name, py.binop(old, op, py.num(1)))]), py.num(0));
  }
  const old = ctx.toTemp(place.read());
  const updated = py.binop(old, op, py.num(1));
  if (postfix) {
    ctx.addPre(place.write(updated));
    return old;
  }
  const t = ctx.toTemp(updated);
  ctx.addPre(place.write(t));
  return t;
}

export function prefixUpdate(node: ts.PrefixUnaryExpression, ctx: Context, mode: "value"): py.Expr;
export function prefixUpdate(node: ts.PrefixUnaryExpression, ctx: Context, mode: "statement"): py.Stmt[];
export function prefixUpdate(node: ts.PrefixUnaryExpression, ctx: Context, mode: Mode): py.Expr | py.Stmt[] {
  return update(node, ctx, mode, false);
}

export function postfixUpdate(node: ts.PostfixUnaryExpression, ctx: Context, mode: "value"): py.Expr;
export function postfixUpdate(node: ts.PostfixUnaryExpression, ctx: Context, mode: "statement"): py.Stmt[];
export function postfixUpdate(node: ts.PostfixUnaryExpression, ctx: Context, mode: Mode): py.Expr | py.Stmt[] {
  return update(node, ctx, mode, true);
}
