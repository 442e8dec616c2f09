// Optional chaining: `a?.b`, `a?.[k]`, `f?.()`, `a?.b.c`. The whole chain short-circuits to
// undefined when the value before a `?.` is null or undefined (None or js_null).
//
// The chain is lowered from the inside out: the value before each `?.` is evaluated once into a
// temporary and substituted for its node (ctx.substitutions), then the outermost node is
// translated by the ordinary visitors, which see the temporaries. As an expression:
//   a?.b.c      ->  None if (_t1 := a) is None or _t1 is js_null else _t1.b.c
// When a later part of the chain needs preceding statements, the chain becomes `if` statements so
// that those statements only run when the chain has not short-circuited.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";

/** Roots being lowered right now: the visitors translate them as plain accesses. */
const active = new Set<ts.Node>();

function isChainLink(n: ts.Node): n is ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.CallExpression {
  return ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || ts.isCallExpression(n);
}

/** The parent that continues the chain of `node` (looking through `!`), if any. */
function chainParent(node: ts.Node): ts.Node | undefined {
  let n = node;
  let p = n.parent;
  while (p && ts.isNonNullExpression(p) && p.flags & ts.NodeFlags.OptionalChain) {
    n = p;
    p = p.parent;
  }
  return p && p.flags & ts.NodeFlags.OptionalChain && isChainLink(p) && p.expression === n ? p : undefined;
}

/** True for the outermost node of an optional chain (the one whose value the chain produces). */
export function isOptionalChainRoot(node: ts.Node): boolean {
  if (!(node.flags & ts.NodeFlags.OptionalChain)) return false;
  if (active.has(node)) return false;
  return !chainParent(node);
}

function skipNonNull(n: ts.Expression): ts.Expression {
  while (ts.isNonNullExpression(n) && n.flags & ts.NodeFlags.OptionalChain) n = n.expression;
  return n;
}

/** The expressions tested by each `?.` of the chain, innermost first. */
function testedExpressions(root: ts.Expression): ts.Expression[] {
  const out: ts.Expression[] = [];
  let n: ts.Node = root;
  while (isChainLink(n) && n.flags & ts.NodeFlags.OptionalChain) {
    if (n.questionDotToken) out.push(n.expression);
    n = skipNonNull(n.expression);
  }
  return out.reverse();
}

function nullishTest(ctx: Context, first: py.Expr, again: py.Expr): py.Expr {
  return py.boolop("or", [py.compare(first, "is", py.none()), py.compare(again, "is", ctx.helper("js_null"))]);
}

export function optionalChain(node: ts.Expression, ctx: Context): py.Expr {
  const tested = testedExpressions(node);
  const subs: ts.Node[] = [];
  active.add(node);
  try {
    // Each tested value, translated with the earlier ones substituted.
    const steps: { pre: py.Stmt[]; temp: py.Name; value: py.Expr }[] = [];
    for (const e of tested) {
      const { pre, value } = ctx.capture(() => ctx.expr(e));
      const temp = ctx.temp();
      steps.push({ pre, temp, value });
      ctx.substitutions.set(e, temp);
      subs.push(e);
    }
    const last = ctx.capture(() => ctx.expr(node));
    const needsStatements = last.pre.length > 0 || steps.slice(1).some((s) => s.pre.length > 0);
    if (!needsStatements) {
      if (steps[0].pre.length) ctx.addPre(...steps[0].pre);
      const tests = steps.map((s) => nullishTest(ctx, py.namedExpr(s.temp, s.value), s.temp));
      return py.ifExp(tests.length === 1 ? tests[0] : py.boolop("or", tests), py.none(), last.value);
    }
    // Statement form: r = None; t1 = a; if not nullish: ...; r = value
    const result = ctx.temp("r");
    let body: py.Stmt[] = [...last.pre, py.assign(result, last.value)];
    for (let i = steps.length - 1; i >= 0; i--) {
      const s = steps[i];
      body = [...s.pre, py.assign(s.temp, s.value), py.ifStmt(py.unary("not", nullishTest(ctx, s.temp, s.temp)), body)];
    }
    ctx.addPre(py.assign(result, py.none()), ...body);
    return result;
  } finally {
    active.delete(node);
    for (const e of subs) ctx.substitutions.delete(e);
  }
}
