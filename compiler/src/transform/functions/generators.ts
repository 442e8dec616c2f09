// Generator functions: `function*` is a Python generator function. `yield v` is `yield v` (an
// expression too: next(v)'s argument is what send(v) delivers), `yield* xs` is `yield from xs`
// over arrays, strings and generators (its value is the inner generator's return value, as in
// JS), `return v` ends the generator with StopIteration(v). Consumers: for-of (statements/loops.ts,
// closing the generator when the loop is left early), spread, Array.from, array destructuring
// (js_take) and explicit next()/return()/throw() calls (tsmpy.iter's { value, done } objects).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import { unsupportedFeature } from "../../diagnostics/catalog";
import { isAnyLike, isArray, isString, typeOf } from "../types";
import { isLibSymbol } from "../expressions/identifiers";
import { isProtocolIterable } from "./iteration";

const SK = ts.SyntaxKind;

/** True for the lib's `Generator<T, R, N>` (what a `function*` returns). */
export function isGeneratorType(ctx: Context, t: ts.Type): boolean {
  if (isAnyLike(t)) return false;
  const u = ctx.checker.getNonNullableType(t);
  if (u !== t) return false;
  const sym = u.getSymbol() ?? u.aliasSymbol;
  return !!sym && sym.name === "Generator" && isLibSymbol(sym);
}

/**
 * Refuses what a Python generator function cannot do like a JS one: JS evaluates parameter
 * defaults and destructures parameters when the generator function is called, Python only at the
 * first next(). Constant defaults are the same either way.
 */
export function checkGeneratorParameters(ctx: Context, fn: ts.FunctionLikeDeclaration) {
  for (const p of fn.parameters) {
    if (!ts.isIdentifier(p.name)) ctx.fail(unsupportedFeature(p, "Destructured parameters of generator functions", "destructure in the body: JS would do it at the call, Python at the first next()"));
    const d = p.initializer;
    if (d && !isConstant(d)) ctx.fail(unsupportedFeature(d, "Non-constant parameter defaults of generator functions", "apply the default in the body: JS evaluates it at the call, Python at the first next()"));
  }
}

function isConstant(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isPrefixUnaryExpression(e) && (e.operator === SK.MinusToken || e.operator === SK.PlusToken)) return ts.isNumericLiteral(e.operand);
  return ts.isNumericLiteral(e) || ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) ||
    e.kind === SK.TrueKeyword || e.kind === SK.FalseKeyword || e.kind === SK.NullKeyword || (ts.isIdentifier(e) && e.text === "undefined");
}

/**
 * The body of a generator function. Without a yield it still makes a generator: a leading
 * `yield from ()` (yields nothing) keeps the def one. Every JS yield must land exactly once in the
 * def's own scope: one the lowering moved into a lambda or comprehension would make that a
 * generator instead (a silent miscompile), so that is refused.
 */
export function generatorBody(ctx: Context, fn: ts.FunctionLikeDeclaration, body: py.Stmt[]): py.Stmt[] {
  const expected = yieldCount(fn);
  if (expected === 0) return [py.exprStmt({ kind: "Yield", value: py.tuple([]), from: true }), ...body];
  if (ownYields(body) !== expected) ctx.fail(unsupportedFeature(fn, "A yield in this position of a generator (its lowering needs a lambda or a comprehension)", "assign the yield's value to a variable first"));
  return body;
}

function yieldCount(fn: ts.Node): number {
  let n = 0;
  const visit = (x: ts.Node) => {
    if (ts.isYieldExpression(x)) n++;
    if (!ts.isFunctionLike(x) && !ts.isClassLike(x)) ts.forEachChild(x, visit);
  };
  ts.forEachChild(fn, visit);
  return n;
}

/** Yield nodes in the def's own scope (not in nested defs, classes, lambdas or comprehensions). */
function ownYields(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((n: number, x) => n + ownYields(x), 0);
  if (!node || typeof node !== "object") return 0;
  const k = (node as { kind?: string }).kind;
  if (k === "FunctionDef" || k === "ClassDef" || k === "Lambda" || k === "ListComp") return 0;
  let n = k === "Yield" ? 1 : 0;
  for (const v of Object.values(node)) if (v && typeof v === "object") n += ownYields(v);
  return n;
}

/** `r.value` / `r.done` of what a generator's next()/return()/throw() gave (attributes of tsmpy.iter's objects). */
export function isIteratorResultMember(sym: ts.Symbol): boolean {
  const decls = sym.declarations ?? [];
  return decls.length > 0 && decls.every((d) => ts.isInterfaceDeclaration(d.parent) && /^Iterator(Yield|Return)Result$/.test(d.parent.name.text));
}

function yieldExpression(node: ts.YieldExpression, ctx: Context): py.Expr {
  if (!node.asteriskToken) return { kind: "Yield", value: node.expression ? ctx.expr(node.expression) : undefined };
  const inner = node.expression!;
  const t = typeOf(ctx, inner);
  if (!(isArray(ctx, t) || isString(t) || isGeneratorType(ctx, t) || isProtocolIterable(ctx, t)) || isAnyLike(t)) {
    return ctx.fail(unsupportedFeature(inner, `yield* over a value of type '${ctx.checker.typeToString(t)}'`, "delegate to an array, a string or a generator"));
  }
  return { kind: "Yield", value: ctx.expr(inner), from: true };
}

/** `g.next(v)`, `g.return(v)`, `g.throw(e)` on a generator; undefined for other members. */
export function lowerGeneratorCall(ctx: Context, node: ts.CallExpression, recv: ts.Expression, name: string): py.Expr | undefined {
  const helper = name === "next" ? "js_gen_next" : name === "return" ? "js_gen_return" : name === "throw" ? "js_gen_throw" : undefined;
  if (!helper || node.arguments.some(ts.isSpreadElement) || node.arguments.length > 1) return undefined;
  return ctx.helperCall(helper, ctx.ordered([recv, ...node.arguments]));
}

export const generatorVisitors: VisitorGroup = {
  expressions: {
    [SK.YieldExpression]: yieldExpression,
  },
};
