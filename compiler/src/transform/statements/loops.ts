// Loops: while, do-while, for, for-of, for-in; labels, break and continue (see jumps.ts).
//
// - `for (init; cond; update)` is `init; while cond: body; update`; a `continue` runs the update
//   first. When a continue leaves a try block (a finally must run before the update, or a catch
//   must not see the update's errors), the body is wrapped in a one-shot loop instead and
//   `continue` leaves that loop.
// - `for (let i = a; i < b; i++)` is `for i in range(a, b)` when that is provably the same loop
//   (range-loops.ts).
// - do-while is `while True: body; if not cond: break`.
// - for-of iterates arrays, strings and generators (closed when the loop ends) directly; for-in iterates `js_keys(o)` (JS key order).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import { truthTest } from "../truthiness";
import { checkDeclarationKind, expressionAsStatement, variableDeclarationList } from "./basic";
import { labelledStatement, unsupportedFeature } from "../../diagnostics/catalog";
import { JumpFrame, crossesTry, jump, jumpsTo, labelsOf, newFrame, placeJumpChecks, withJumpFrame } from "./jumps";
import { isArray, isRecord, isString, isTuple, typeOf, isAnyLike, isNumber } from "../types";
import { bindingPattern, destructuringTarget } from "../functions/destructuring";
import { assignmentTarget } from "../expressions/access";
import { checkLoopBodyClosures, isWriteTarget } from "../functions/loopcapture";
import { isInt } from "../analysis/numeric";
import { isGeneratorType } from "../functions/generators";
import { isMapSetIterable, mapOrSet } from "../builtins/mapset";
import { cannotResize, rangeLoop, stripParens } from "./range-loops";
import { forAwaitStatement } from "./for-await";

const SK = ts.SyntaxKind;

/** Runs a statement-producing translation and returns its prelude followed by its statements. */
export function captureStatements(ctx: Context, fn: () => py.Stmt[]): py.Stmt[] {
  const { pre, value } = ctx.capture(fn);
  return [...pre, ...value];
}

const clone = <T>(x: T): T => structuredClone(x);

function setLine<T extends py.Stmt>(stmts: T[], line: number): T[] {
  for (const s of stmts) if (s.line === undefined) s.line = line;
  return stmts;
}

/** `if not test: break` with the statements the test needs before it. */
function exitUnless(cond: { pre: py.Stmt[]; value: py.Expr }): py.Stmt[] {
  return [...cond.pre, py.ifStmt(negate(cond.value), [py.brk()])];
}

function negate(e: py.Expr): py.Expr {
  if (e.kind === "UnaryOp" && e.op === "not") return e.operand;
  if (e.kind === "Const" && typeof e.value === "boolean") return py.bool(!e.value);
  return py.unary("not", e);
}

interface LoopShape {
  /** Statements that a `continue` must run before it continues (update, do-while test). */
  continueCode: py.Stmt[];
}

/**
 * Translates a loop body with the loop's jump frame. Returns the Python body, wrapped in a one-shot
 * loop when continues have to leave a try block before the continue code runs.
 */
export function loopBody(ctx: Context, node: ts.IterationStatement, frame: JumpFrame, shape: LoopShape): py.Stmt[] {
  checkLoopBodyClosures(ctx, node);
  const continues = jumpsTo(node.statement, node).filter(ts.isContinueStatement);
  const needsOnce = shape.continueCode.length > 0 && continues.some((c) => crossesTry(c, node));
  frame.continueCode = [...shape.continueCode, py.cont()];
  if (!needsOnce) return withJumpFrame(ctx, frame, () => ctx.stmt(node.statement));
  const once = newFrame(node, "once", true);
  frame.once = once;
  const body = withJumpFrame(ctx, frame, () => withJumpFrame(ctx, once, () => ctx.stmt(node.statement)));
  return placeJumpChecks(once, [py.whileStmt(py.bool(true), [...body, py.brk()])]);
}

function condition(ctx: Context, expr: ts.Expression | undefined) {
  if (!expr) return { pre: [] as py.Stmt[], value: py.bool(true) as py.Expr };
  return ctx.capture(() => truthTest(ctx, expr, ctx.expr(expr)));
}

/** `while cond: body`, or `while True: <pre>; if not cond: break; body` when the test needs statements. */
function whileLoop(cond: { pre: py.Stmt[]; value: py.Expr }, body: py.Stmt[]): py.Stmt {
  if (cond.pre.length) return py.whileStmt(py.bool(true), [...exitUnless(cond), ...body]);
  return py.whileStmt(cond.value, body);
}

function whileStatement(node: ts.WhileStatement, ctx: Context): py.Stmt[] {
  const frame = newFrame(node, "loop", true, labelsOf(node));
  const cond = condition(ctx, node.expression);
  const body = loopBody(ctx, node, frame, { continueCode: [] });
  return placeJumpChecks(frame, [whileLoop(cond, body)]);
}

function doStatement(node: ts.DoStatement, ctx: Context): py.Stmt[] {
  const frame = newFrame(node, "loop", true, labelsOf(node));
  const cond = condition(ctx, node.expression);
  const test = setLine(exitUnless(cond), ctx.lineOf(node.expression));
  const always = cond.pre.length === 0 && cond.value.kind === "Const" && cond.value.value === true;
  const body = loopBody(ctx, node, frame, { continueCode: always ? [] : test });
  return placeJumpChecks(frame, [py.whileStmt(py.bool(true), [...body, ...(always ? [] : clone(test))])]);
}

function forStatement(node: ts.ForStatement, ctx: Context): py.Stmt[] {
  const frame = newFrame(node, "loop", true, labelsOf(node));
  const ranged = rangeLoop(node, ctx, frame);
  if (ranged) return ranged;
  const out: py.Stmt[] = [];
  if (node.initializer) {
    if (ts.isVariableDeclarationList(node.initializer)) out.push(...variableDeclarationList(node.initializer, ctx));
    else out.push(...captureStatements(ctx, () => expressionAsStatement(node.initializer as ts.Expression, ctx)));
  }
  const cond = condition(ctx, node.condition);
  const update = node.incrementor ? setLine(captureStatements(ctx, () => expressionAsStatement(node.incrementor!, ctx)), ctx.lineOf(node.incrementor)) : [];
  const body = loopBody(ctx, node, frame, { continueCode: update });
  return [...out, ...placeJumpChecks(frame, [whileLoop(cond, [...body, ...clone(update)])])];
}

// ---------- for-of and for-in ----------

/** Binds the loop variable(s) of a for-of/for-in head from `value`; returns the for target and statements. */
export function loopTarget(ctx: Context, init: ts.ForInitializer): { target: py.Name; bind: py.Stmt[] } {
  if (ts.isVariableDeclarationList(init)) {
    checkDeclarationKind(init, ctx);
    const d = init.declarations[0];
    if (ts.isIdentifier(d.name)) return { target: py.name(ctx.declName(d.name)), bind: [] };
    const t = ctx.temp("t");
    return { target: t, bind: captureStatements(ctx, () => bindingPattern(ctx, d.name, t)) };
  }
  // An existing variable or property as the target.
  const t = ctx.temp("t");
  return {
    target: t,
    bind: captureStatements(ctx, () => {
      if (ts.isArrayLiteralExpression(init) || ts.isObjectLiteralExpression(init)) return destructuringTarget(ctx, init, t);
      const place = assignmentTarget(ctx, init);
      return [place.write(t)];
    }),
  };
}

function forOfStatement(node: ts.ForOfStatement, ctx: Context): py.Stmt[] {
  if (node.awaitModifier) return forAwaitStatement(node, ctx);
  const t = typeOf(ctx, node.expression);
  if (isGeneratorType(ctx, t)) return generatorForOf(node, ctx);
  const ms = mapSetForOf(node, ctx, t);
  if (ms) return ms;
  const method = arrayIteratorCall(ctx, node.expression);
  if (!method && (!(isArray(ctx, t) || isString(t)) || isAnyLike(t))) {
    ctx.fail(unsupportedFeature(node.expression, `for-of over a value of type '${ctx.checker.typeToString(t)}'`, "iterate an array or a string"));
  }
  const frame = newFrame(node, "loop", true, labelsOf(node));
  let iter: py.Expr;
  let target: py.Expr;
  let bind: py.Stmt[];
  if (method && method.name !== "values") {
    // xs.entries() / xs.keys(): enumerate(xs) is as live as JS's array iterator.
    iter = py.call(py.name("enumerate"), [ctx.expr(method.array)]);
    const i = ctx.temp("t");
    const x = ctx.temp("t");
    target = py.tuple([i, x]);
    const head = loopTarget(ctx, node.initializer);
    bind = [py.assign(head.target, method.name === "keys" ? i : py.list([i, x])), ...head.bind];
  } else {
    iter = ctx.expr(method ? method.array : node.expression);
    ({ target, bind } = loopTarget(ctx, node.initializer));
  }
  const body = loopBody(ctx, node, frame, { continueCode: [] });
  const loop: py.For = { kind: "For", target, iter, body: [...bind, ...body] };
  return placeJumpChecks(frame, [loop]);
}

/**
 * for-of over a generator: a Python for over the generator, closed afterwards. Leaving the loop
 * early (break, return, an exception) closes it so its finally blocks run, as JS calls return();
 * closing a generator that already finished does nothing.
 */
function generatorForOf(node: ts.ForOfStatement, ctx: Context): py.Stmt[] {
  const frame = newFrame(node, "loop", true, labelsOf(node));
  const g = ctx.temp("g");
  const init = py.assign(g, ctx.expr(node.expression));
  const { target, bind } = loopTarget(ctx, node.initializer);
  const body = loopBody(ctx, node, frame, { continueCode: [] });
  const loop: py.For = { kind: "For", target, iter: g, body: [...bind, ...body] };
  const guarded: py.Try = { kind: "Try", body: [loop], handlers: [], finalbody: [py.exprStmt(py.call(py.attr(g, "close")))] };
  return [init, ...placeJumpChecks(frame, [guarded])];
}

/**
 * for-of over a Map or Set, or over the iterator one of their keys()/values()/entries() returns:
 * a plain Python for over the helper object's generator (live, see tsmpy/mapset.py).
 * `for (const [k, v] of m)` unpacks (key, value) tuples; other targets get [key, value] arrays.
 */
function mapSetForOf(node: ts.ForOfStatement, ctx: Context, t: ts.Type): py.Stmt[] | undefined {
  const kind = mapOrSet(ctx, t);
  if (!kind && !isMapSetIteratorCall(ctx, node.expression) && !(isMapSetIterable(ctx, t) && !mayBeNullish(t))) return undefined;
  const frame = newFrame(node, "loop", true, labelsOf(node));
  const init = node.initializer;
  const d = ts.isVariableDeclarationList(init) ? init.declarations[0] : undefined;
  const pair = d && ts.isArrayBindingPattern(d.name) ? d.name.elements : undefined;
  let target: py.Expr;
  let bind: py.Stmt[];
  let iter: py.Expr;
  if (kind === "Map" && pair && pair.length === 2 && pair.every((e) => ts.isBindingElement(e) && ts.isIdentifier(e.name) && !e.initializer && !e.dotDotDotToken)) {
    checkDeclarationKind(init as ts.VariableDeclarationList, ctx);
    iter = py.call(py.attr(ctx.expr(node.expression), "_jsitems"), []);
    target = py.tuple(pair.map((e) => py.name(ctx.declName((e as ts.BindingElement).name as ts.Identifier))));
    bind = [];
  } else {
    iter = ctx.expr(node.expression);
    ({ target, bind } = loopTarget(ctx, init));
  }
  const body = loopBody(ctx, node, frame, { continueCode: [] });
  const loop: py.For = { kind: "For", target, iter, body: [...bind, ...body] };
  return placeJumpChecks(frame, [loop]);
}

/** `m.keys()`, `s.values()`, `m.entries()`, ... on a Map or Set (the lib methods, no arguments). */
function isMapSetIteratorCall(ctx: Context, e: ts.Expression): boolean {
  e = stripParens(e);
  if (!ts.isCallExpression(e) || e.arguments.length !== 0 || !ts.isPropertyAccessExpression(e.expression)) return false;
  const name = e.expression.name.text;
  if (name !== "entries" && name !== "keys" && name !== "values") return false;
  return !!mapOrSet(ctx, typeOf(ctx, e.expression.expression)) && !mayBeNullish(typeOf(ctx, e.expression.expression));
}

/** `xs.entries()`, `xs.keys()`, `xs.values()` on an array (the lib methods, no arguments). */
function arrayIteratorCall(ctx: Context, e: ts.Expression): { array: ts.Expression; name: string } | undefined {
  e = stripParens(e);
  if (!ts.isCallExpression(e) || e.arguments.length !== 0 || !ts.isPropertyAccessExpression(e.expression)) return undefined;
  const name = e.expression.name.text;
  if (name !== "entries" && name !== "keys" && name !== "values") return undefined;
  const recv = e.expression.expression;
  const rt = typeOf(ctx, recv);
  if (!isArray(ctx, rt) || isAnyLike(rt) || mayBeNullish(rt)) return undefined;
  const decl = ctx.symbolAt(e.expression.name)?.declarations?.[0];
  if (!decl || !/[\\/]lib\.[^\\/]*\.d\.ts$/.test(decl.getSourceFile().fileName)) return undefined;
  return { array: recv, name };
}

function mayBeNullish(t: ts.Type): boolean {
  return t.isUnion() && t.types.some((u) => !!(u.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
}

function forInStatement(node: ts.ForInStatement, ctx: Context): py.Stmt[] {
  const t = typeOf(ctx, node.expression);
  const frame = newFrame(node, "loop", true, labelsOf(node));
  const out: py.Stmt[] = [];
  const str = isString(t);
  if (!(isArray(ctx, t) || str) && (isAnyLike(t) || !(t.flags & ts.TypeFlags.Object || isRecord(ctx, t) || t.isIntersection()))) {
    return ctx.fail(unsupportedFeature(node.expression, `for-in over a value of type '${ctx.checker.typeToString(t)}'`));
  }
  let obj = ctx.expr(node.expression);
  // JS skips keys deleted before they are visited: when the body may delete or shrink, each key is
  // checked again before its turn.
  const recheck = !str && !cannotResize(ctx, node.statement);
  if (recheck && obj.kind !== "Name") {
    const tmp = ctx.temp("o");
    out.push(py.assign(tmp, obj));
    obj = tmp;
  }
  let iter: py.Expr;
  let toKey: ((v: py.Expr) => py.Expr) | undefined;
  if (isArray(ctx, t) || str) {
    // Indices as strings, like JS.
    iter = py.call(py.name("range"), [py.call(py.name("len"), [obj])]);
    toKey = (v) => py.call(py.name("str"), [v]);
  } else {
    iter = ctx.helperCall("js_keys", [obj]);
  }
  const head = loopTarget(ctx, node.initializer);
  let target: py.Expr = head.target;
  const bind: py.Stmt[] = [];
  if (recheck || toKey) {
    const raw = ctx.temp("t");
    const key = toKey ? toKey(raw) : raw;
    if (recheck) bind.push(py.ifStmt(py.unary("not", ctx.helperCall("js_in", [key, obj])), [py.cont()]));
    bind.push(py.assign(head.target, key));
    target = raw;
  }
  bind.push(...head.bind);
  const body = loopBody(ctx, node, frame, { continueCode: [] });
  const loop: py.For = { kind: "For", target, iter, body: [...bind, ...body] };
  return [...out, ...placeJumpChecks(frame, [loop])];
}

function labeledStatement(node: ts.LabeledStatement, ctx: Context): py.Stmt[] {
  let s: ts.Statement = node.statement;
  while (ts.isLabeledStatement(s)) s = s.statement;
  if (!ts.isIterationStatement(s, false)) return ctx.fail(labelledStatement(node));
  return ctx.stmt(s);
}

export const loopVisitors: VisitorGroup = {
  statements: {
    [SK.WhileStatement]: whileStatement,
    [SK.DoStatement]: doStatement,
    [SK.ForStatement]: forStatement,
    [SK.ForOfStatement]: forOfStatement,
    [SK.ForInStatement]: forInStatement,
    [SK.LabeledStatement]: labeledStatement,
    [SK.BreakStatement]: (n: ts.BreakStatement, ctx: Context) => jump(ctx, n),
    [SK.ContinueStatement]: (n: ts.ContinueStatement, ctx: Context) => jump(ctx, n),
  },
};
