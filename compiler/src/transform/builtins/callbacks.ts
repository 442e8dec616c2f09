// Callbacks passed to built-in methods (map, filter, sort, forEach...): inline arrows become
// comprehension parts, other function values are called with the arguments they accept, and JS
// global functions (`xs.map(Number)`) become their helpers.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { isArray, isNumber, isString, typeOf } from "../types";
import { truthTest } from "../truthiness";
import { isLibSymbol } from "../expressions/identifiers";

/** JS global functions passed as callbacks (`xs.map(Number)`): the helper and how many arguments it takes. */
const GLOBAL_FUNCTIONS: Record<string, [string, number]> = {
  Number: ["js_to_number", 1],
  String: ["js_str", 1],
  Boolean: ["js_truthy", 1],
  parseFloat: ["js_parse_float", 1],
  parseInt: ["js_parse_int", 2], // receives the index as its radix, as in JS
  isNaN: ["js_is_nan", 1],
  isFinite: ["js_is_finite", 1],
};

function globalFunction(ctx: Context, node: ts.Expression): [string, number] | undefined {
  let n = node;
  while (ts.isParenthesizedExpression(n)) n = n.expression;
  if (!ts.isIdentifier(n) || !Object.prototype.hasOwnProperty.call(GLOBAL_FUNCTIONS, n.text)) return undefined;
  const sym = ctx.symbolAt(n);
  if (!sym || !isLibSymbol(sym)) return undefined;
  return GLOBAL_FUNCTIONS[n.text];
}

/** A callback argument as a Python function value (JS global functions become their helpers). */
export function callbackExpr(ctx: Context, node: ts.Expression): py.Expr {
  const g = globalFunction(ctx, node);
  if (g) return ctx.helper(g[0]);
  return ctx.expr(node);
}

/** The receiver, then the arguments in JS order, the callback among them translated by callbackExpr. */
export function orderedWithCallback(ctx: Context, nodes: ts.Expression[], cb: ts.Expression): py.Expr[] {
  return ctx.ordered(nodes, (n) => (n === cb ? callbackExpr(ctx, cb) : ctx.expr(n)));
}

/** How many arguments a function value accepts (capped at `max`), from its declaration or type. */
export function callbackArity(ctx: Context, node: ts.Expression, max: number): number {
  let n = node;
  while (ts.isParenthesizedExpression(n)) n = n.expression;
  const g = globalFunction(ctx, n);
  if (g) return Math.min(max, g[1]);
  // A name bound to a function declaration or a const function value: that function's own
  // parameters (its declared type may list fewer than it really takes).
  for (let hops = 0; hops < 8 && ts.isIdentifier(n); hops++) {
    const decl = ctx.symbolAt(n)?.valueDeclaration;
    if (decl && ts.isFunctionDeclaration(decl) && decl.body) n = decl as unknown as ts.Expression;
    else if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isVariableDeclarationList(decl.parent) && decl.parent.flags & ts.NodeFlags.Const) {
      let init = decl.initializer;
      while (ts.isParenthesizedExpression(init) || ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = init.expression;
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init) || ts.isIdentifier(init)) n = init;
      else break;
    } else break;
  }
  if (ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isFunctionDeclaration(n)) {
    const fn = n as ts.SignatureDeclaration;
    if (fn.parameters.some((p) => !!p.dotDotDotToken)) return max;
    return Math.min(max, fn.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === "this")).length);
  }
  const sigs = typeOf(ctx, node).getNonNullableType().getCallSignatures();
  if (!sigs.length) return max;
  let best = 0;
  for (const sig of sigs) {
    const decl = sig.getDeclaration();
    if (decl?.parameters?.some((p) => !!p.dotDotDotToken)) return max;
    best = Math.max(best, sig.parameters.length);
  }
  return Math.min(max, best);
}

function walk(e: unknown, pred: (e: py.Expr) => boolean): boolean {
  if (!e || typeof e !== "object") return false;
  if (Array.isArray(e)) return e.some((x) => walk(x, pred));
  const o = e as Record<string, unknown>;
  if (typeof o.kind === "string" && pred(o as unknown as py.Expr)) return true;
  for (const [k, v] of Object.entries(o)) if (k !== "line" && typeof v === "object" && walk(v, pred)) return true;
  return false;
}

export function mentionsSymbol(ctx: Context, node: ts.Node, sym: ts.Symbol | undefined): boolean {
  if (!sym) return false;
  let found = false;
  const visit = (c: ts.Node) => {
    if (found) return;
    if (ts.isIdentifier(c) && ctx.symbolAt(c) === sym) found = true;
    ts.forEachChild(c, visit);
  };
  visit(node);
  return found;
}

export interface InlineCallback {
  /** Python names of the declared parameters (value, index). */
  params: py.Name[];
  /** The translated body and the TS node it came from. */
  body: py.Expr;
  bodyNode: ts.Expression;
}

/**
 * An inline arrow whose body can be written straight into a comprehension: expression body,
 * plain parameters (value and optionally index), no nested functions (a comprehension variable
 * is shared by closures), no writes to outer bindings, no preceding statements, and no reference
 * to the array being walked (JS walks the length it had at the start).
 */
export function inlineCallback(ctx: Context, arg: ts.Expression, recv: ts.Expression | undefined, maxParams: number): InlineCallback | undefined {
  let fn = arg;
  while (ts.isParenthesizedExpression(fn)) fn = fn.expression;
  if (!ts.isArrowFunction(fn) || ts.isBlock(fn.body)) return undefined;
  if (fn.modifiers?.length) return undefined;
  if (fn.parameters.length > maxParams) return undefined;
  if (fn.parameters.some((p) => !ts.isIdentifier(p.name) || p.initializer || p.dotDotDotToken || p.questionToken)) return undefined;
  let hasFunction = false;
  const visit = (c: ts.Node) => {
    if (ts.isFunctionLike(c) || ts.isClassLike(c)) hasFunction = true;
    else ts.forEachChild(c, visit);
  };
  visit(fn.body);
  if (hasFunction) return undefined;
  if (ctx.scopeDeclarations(fn).length) return undefined;
  if (recv) {
    let r = recv;
    while (ts.isParenthesizedExpression(r)) r = r.expression;
    if (!ts.isIdentifier(r) && !ts.isPropertyAccessExpression(r) && !ts.isArrayLiteralExpression(r) && !ts.isCallExpression(r)) return undefined;
    if (ts.isIdentifier(r) && mentionsSymbol(ctx, fn.body, ctx.symbolAt(r))) return undefined;
    if (ts.isPropertyAccessExpression(r) && mentionsSymbol(ctx, fn.body, ctx.symbolAt(r.name))) return undefined;
  }
  const arrow = fn;
  const body = arrow.body as ts.Expression;
  const frame = { node: arrow, thisName: ctx.frame.thisName, className: ctx.frame.className };
  const params = arrow.parameters.map((p) => py.name(ctx.declName(p.name as ts.Identifier)));
  const { pre, value } = ctx.withFrame(frame, () => ctx.capture(() => ctx.expr(body)));
  if (pre.length) return undefined;
  if (walk(value, (e) => e.kind === "NamedExpr" || e.kind === "Yield" || e.kind === "Await")) return undefined;
  return { params, body: value, bodyNode: body };
}

/** `for x in xs` / `for i, x in enumerate(xs)` for an inline callback's parameters. */
export function comprehensionFor(ctx: Context, cb: InlineCallback, xs: py.Expr): { gen: py.Comprehension; value: py.Expr } {
  if (cb.params.length === 0) {
    const x = ctx.temp("x");
    return { gen: { target: x, iter: xs, ifs: [] }, value: x };
  }
  if (cb.params.length === 1) return { gen: { target: cb.params[0], iter: xs, ifs: [] }, value: cb.params[0] };
  return { gen: { target: py.tuple([cb.params[1], cb.params[0]]), iter: py.call(py.name("enumerate"), [xs]), ifs: [] }, value: cb.params[0] };
}

/** A JS truth test of an inline callback's body, usable inside a comprehension (no walrus). */
export function comprehensionTest(ctx: Context, cb: InlineCallback): py.Expr {
  const t = truthTest(ctx, cb.bodyNode, cb.body);
  if (walk(t, (e) => e.kind === "NamedExpr")) return ctx.helperCall("js_truthy", [cb.body]);
  return t;
}

/**
 * map/filter with an inline arrow as a list comprehension; find/some/every as next/any/all over
 * a generator expression (lazy: they stop where JS stops). Undefined for other methods or when the
 * callback cannot be inlined (the caller then uses the helper).
 */
export function inlineComprehension(ctx: Context, name: string, recv: ts.Expression, callback: ts.Expression): py.Expr | undefined {
  if (!["map", "filter", "find", "some", "every"].includes(name)) return undefined;
  const inline = ctx.capture(() => {
    const obj = ctx.expr(recv);
    const c = inlineCallback(ctx, callback, recv, 2);
    return c && { obj, c };
  });
  if (!inline.value) return undefined;
  ctx.addPre(...inline.pre);
  const { obj, c } = inline.value;
  const { gen, value } = comprehensionFor(ctx, c, obj);
  if (name === "map") return { kind: "ListComp", elt: c.body, generators: [gen] };
  const test = comprehensionTest(ctx, c);
  if (name === "filter") return { kind: "ListComp", elt: value, generators: [{ ...gen, ifs: [test] }] };
  if (name === "find") return py.call(py.name("next"), [{ kind: "ListComp", generator: true, elt: value, generators: [{ ...gen, ifs: [test] }] }, py.none()]);
  return py.call(py.name(name === "some" ? "any" : "all"), [{ kind: "ListComp", generator: true, elt: test, generators: [gen] }]);
}
