// Logical operators `&&`, `||`, `??` with JS's "returns an operand" semantics and short-circuiting,
// and the tests they share: nullishTest, negateTest.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { mayBeNull, typeOf, isNullable } from "../types";
import { nullishOperandType } from "../unchecked";
import { plainTruthiness, reusable, truthTest } from "../truthiness";

/** `a && b`, `a || b`, `a ?? b`, keeping JS's "returns an operand" semantics and short-circuiting. */
export function logical(ctx: Context, node: ts.BinaryExpression, kind: "&&" | "||" | "??"): py.Expr {
  const left = ctx.expr(node.left);
  const { pre, value: right } = ctx.capture(() => ctx.expr(node.right));
  const lt = kind === "??" ? nullishOperandType(ctx, node.left) : typeOf(ctx, node.left);
  if (pre.length) {
    // The right operand needs statements: only run them when JS would evaluate it.
    const t = ctx.toTemp(left);
    const test = kind === "??" ? nullishTest(ctx, lt, t) : truthTest(ctx, node.left, t);
    // `&&` runs the right operand when the left is truthy, `||` when falsy, `??` when nullish.
    const runRight = kind === "&&" ? test : negateTest(test);
    ctx.addPre(py.ifStmt(runRight, [...pre, py.assign(t, right)]));
    return t;
  }
  if (kind !== "??" && plainTruthiness(ctx, node.left)) {
    return py.boolop(kind === "&&" ? "and" : "or", [left, right]);
  }
  // A left operand whose test is settled by its type (a non-null array is always truthy, a
  // non-nullable value never nullish): decide on a probe name, so that no walrus is spent.
  const probe = py.name("_probe");
  const settled = kind === "??" ? nullishTest(ctx, lt, probe) : truthTest(ctx, node.left, probe);
  if (settled.kind === "Const" && typeof settled.value === "boolean") {
    const rightWins = (kind === "&&") === settled.value;
    if (!rightWins) return left;
    // The left operand is still evaluated, first, for its effects.
    return py.isSimple(left) ? right : py.subscript(py.tuple([left, right]), py.num(1));
  }
  const r = reusable(ctx, left);
  const test = kind === "??" ? nullishTest(ctx, lt, r.first) : truthTest(ctx, node.left, r.first);
  if (kind === "??") return py.ifExp(test, r.again, right);
  return kind === "&&" ? py.ifExp(test, right, r.again) : py.ifExp(test, r.again, right);
}

/** True when a value of type `t` held in `v` is neither null nor undefined. */
export function nullishTest(ctx: Context, t: ts.Type, v: py.Expr): py.Expr {
  if (!isNullable(t)) return py.bool(true);
  if (!mayBeNull(t)) return py.compare(v, "is not", py.none());
  const r = reusable(ctx, v);
  return py.boolop("and", [py.compare(r.first, "is not", py.none()), py.compare(r.again, "is not", ctx.helper("js_null"))]);
}

export function negateTest(e: py.Expr): py.Expr {
  if (e.kind === "Compare" && e.ops.length === 1) {
    const inv: Partial<Record<py.CmpOperator, py.CmpOperator>> = { is: "is not", "is not": "is", in: "not in", "not in": "in", "==": "!=", "!=": "==" };
    const op = inv[e.ops[0]];
    if (op) return { ...e, ops: [op] };
  }
  return py.unary("not", e);
}
