// Closures created in loops.
//
// JavaScript gives each loop iteration fresh `let`/`const` bindings (the for-let counter, for-of and
// for-in variables, declarations in the body), so a closure created in an iteration keeps that
// iteration's values. Python closures share one variable per function: every closure would see the
// last value. A closure that captures such per-iteration bindings is therefore created through a
// factory that binds their current values:
//
//     fs.append((lambda i: lambda: i)(i))
//
//     def _m1(i):
//         def _f2(): ...
//         return _f2
//     fs.append(_m1(i))
//
// This is faithful only when the binding does not change after the closure is made: a write inside
// the closure, a later write in the iteration, or a write that a loop brings back round is refused
// (TSMPY1009). Writes by the for-loop update go to the next iteration's copy in JS and are fine.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { BindingInfo } from "../scope";
import { capturedLoopVariableMutated, loopCaptureUnsupported } from "../../diagnostics/catalog";

const SK = ts.SyntaxKind;

function isWithin(inner: ts.Node, outer: ts.Node): boolean {
  for (let p: ts.Node | undefined = inner; p; p = p.parent) if (p === outer) return true;
  return false;
}

function isFunctionBoundary(n: ts.Node): boolean {
  return ts.isFunctionLike(n) || ts.isClassStaticBlockDeclaration(n) || ts.isSourceFile(n);
}

/** The nearest function-like (or the source file) strictly containing `n`. */
function outerFunction(n: ts.Node): ts.Node {
  let p = n.parent;
  while (p && !isFunctionBoundary(p)) p = p.parent;
  return p ?? n.getSourceFile();
}

/** The innermost loop containing `decl` in the same function, and whether decl is in its head. */
function owningLoop(decl: ts.Node): { loop: ts.IterationStatement; inHead: boolean } | undefined {
  let prev: ts.Node = decl;
  for (let p = decl.parent; p && !isFunctionBoundary(p); prev = p, p = p.parent) {
    if (ts.isIterationStatement(p, false)) return { loop: p, inHead: prev !== p.statement };
  }
  return undefined;
}

export function isWriteTarget(id: ts.Identifier): boolean {
  let n: ts.Node = id;
  while (ts.isParenthesizedExpression(n.parent) || ts.isNonNullExpression(n.parent) || ts.isAsExpression(n.parent)) n = n.parent;
  const p = n.parent;
  if (ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind >= SK.FirstAssignment && p.operatorToken.kind <= SK.LastAssignment) return true;
  if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === SK.PlusPlusToken || p.operator === SK.MinusMinusToken)) return true;
  // destructuring assignment targets and for-of/for-in heads
  if (ts.isArrayLiteralExpression(p) || ts.isShorthandPropertyAssignment(p) || ts.isSpreadElement(p)) return isInAssignmentPattern(p);
  if (ts.isPropertyAssignment(p) && p.initializer === n) return isInAssignmentPattern(p);
  if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === n) return true;
  return false;
}

function isInAssignmentPattern(n: ts.Node): boolean {
  let c: ts.Node = n;
  while (ts.isArrayLiteralExpression(c) || ts.isObjectLiteralExpression(c) || ts.isPropertyAssignment(c) || ts.isShorthandPropertyAssignment(c) || ts.isSpreadElement(c)) {
    const p = c.parent;
    if (ts.isBinaryExpression(p) && p.left === c && p.operatorToken.kind === SK.EqualsToken) return true;
    if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === c) return true;
    c = p;
  }
  return false;
}

/** Identifiers under `root` (nested functions included). */
function identifiers(root: ts.Node, out: ts.Identifier[] = []): ts.Identifier[] {
  if (ts.isIdentifier(root)) out.push(root);
  ts.forEachChild(root, (c) => void identifiers(c, out));
  return out;
}

/**
 * The per-iteration bindings of enclosing loops that the function-like `fn` captures, in a stable
 * order. Refuses (TSMPY1009 and friends) the cases a factory cannot reproduce.
 */
export function loopCaptures(ctx: Context, fn: ts.Node): BindingInfo[] {
  const key = "loopcapture:" ;
  let memo = ctx.memo.get(key) as Map<ts.Node, BindingInfo[]> | undefined;
  if (!memo) ctx.memo.set(key, (memo = new Map()));
  const known = memo.get(fn);
  if (known) return known;
  const home = outerFunction(fn);
  const found: BindingInfo[] = [];
  if (isSynchronousCallback(ctx, fn)) {
    memo.set(fn, found);
    return found;
  }
  // Only loops between fn and the function it is created in matter.
  let inLoop = false;
  for (let p = fn.parent; p && p !== home; p = p.parent) if (ts.isIterationStatement(p, false)) inLoop = true;
  if (inLoop) {
    const seen = new Set<BindingInfo>();
    for (const id of identifiers(fn)) {
      const s = ctx.symbolAt(id);
      const b = s && ctx.scopes.binding(s);
      if (!b || seen.has(b) || isWithin(b.declaration, fn)) continue;
      if (outerFunction(b.declaration) !== home && !(ts.isParameter(b.declaration) && b.declaration.parent === home)) continue;
      const owner = owningLoop(b.declaration);
      if (!owner || !isWithin(fn, owner.loop)) continue;
      seen.add(b);
      if (isWithin(fn, b.declaration)) {
        // `const f = () => ... f(...)`: the closure refers to the binding it initialises. The
        // factory makes that binding its own local (see loopSelfBinding); any other shape would
        // read the binding before it has a value.
        if (loopSelfBinding(ctx, fn) === b) continue;
        ctx.fail(loopCaptureUnsupported(fn, b.jsName, "the closure is part of that binding's own initialiser"));
      }
      checkCapture(ctx, fn, b, owner.loop, owner.inHead);
      found.push(b);
    }
  }
  found.sort((a, b) => a.declaration.pos - b.declaration.pos);
  memo.set(fn, found);
  return found;
}

function checkCapture(ctx: Context, fn: ts.Node, b: BindingInfo, loop: ts.IterationStatement, declInHead: boolean) {
  if (!isWithin(fn, loop.statement)) {
    // A closure in the for-loop head: JS gives it the head's own copies of the bindings.
    ctx.fail(loopCaptureUnsupported(fn, b.jsName, "it is created in the loop's head"));
  }
  if (ts.isFunctionDeclaration(fn)) {
    // A function declaration is made at the top of its block (hoisting): bindings declared in that
    // block have no value yet there.
    if (!ts.isFunctionDeclaration(b.declaration) && b.declaration.pos >= fn.parent.pos && b.declaration.end <= fn.parent.end) {
      ctx.fail(loopCaptureUnsupported(fn, b.jsName, "the function declaration is hoisted above it (use a function expression or an arrow function)"));
    }
  } else if (!declInHead && b.declaration.pos > fn.pos && !isWithin(fn, b.declaration) && !ts.isFunctionDeclaration(b.declaration)) {
    // A closure that uses a binding declared after it.
    ctx.fail(loopCaptureUnsupported(fn, b.jsName, "it is declared after the function that captures it"));
  }
  const home = outerFunction(fn);
  for (const id of identifiers(loop)) {
    if (ctx.symbolAt(id) !== b.symbol || !isWriteTarget(id) || id === (b.declaration as ts.NamedDeclaration).name) continue;
    // Writes by a for loop's update or test go to the next iteration's copy.
    if (ts.isForStatement(loop) && declInHead && ((loop.incrementor && isWithin(id, loop.incrementor)) || (loop.condition && isWithin(id, loop.condition)))) continue;
    if (ts.isForStatement(loop) && loop.initializer && isWithin(id, loop.initializer)) continue;
    const inOtherFunction = outerFunction(id) !== home;
    const after = id.pos > fn.pos;
    let loopsBack = false;
    for (let p = id.parent; p && p !== loop; p = p.parent) if (ts.isIterationStatement(p, false) && isWithin(fn, p)) loopsBack = true;
    if (isWithin(id, fn) || inOtherFunction || after || loopsBack) ctx.fail(capturedLoopVariableMutated(id, b.jsName));
  }
}

const SYNC_CALLBACK_METHODS = new Set([
  "forEach", "map", "filter", "reduce", "reduceRight", "some", "every", "find", "findIndex", "findLast",
  "findLastIndex", "sort", "flatMap", "toSorted",
]);

/**
 * A closure passed straight to an array method that calls it before returning and keeps no
 * reference to it (`xs.forEach((x) => { acc += x; })`), or called on the spot (`(() => ...)()`),
 * with no closures inside it: it runs within
 * the iteration, so it may share (and even write) the iteration's bindings as they are.
 */
function isSynchronousCallback(ctx: Context, fn: ts.Node): boolean {
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return false;
  let n: ts.Node = fn;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  const call = n.parent;
  if (!ts.isCallExpression(call)) return false;
  if (call.expression !== n) {
    // An argument of a synchronous array method.
    if (!call.arguments.includes(n as ts.Expression)) return false;
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee) || !SYNC_CALLBACK_METHODS.has(callee.name.text)) return false;
    const sym = ctx.symbolAt(callee.name);
    const decl = sym?.declarations?.[0];
    if (!decl || !/[\\/]lib\.[^\\/]*\.d\.ts$/.test(decl.getSourceFile().fileName)) return false;
    const owner = decl.parent;
    if (!ts.isInterfaceDeclaration(owner) || !/^(ReadonlyArray|Array)$/.test(owner.name.text)) return false;
  }
  // else: an immediately invoked function expression.
  let nested = false;
  const visit = (c: ts.Node) => {
    if (nested) return;
    if (ts.isFunctionLike(c) || ts.isClassLike(c)) nested = true;
    else ts.forEachChild(c, visit);
  };
  ts.forEachChild(fn, visit);
  return !nested;
}

/**
 * Function-likes in a loop body that capture per-iteration bindings but cannot be wrapped in a
 * factory (object-literal methods and accessors, class members): refused.
 */
export function checkLoopBodyClosures(ctx: Context, loop: ts.IterationStatement) {
  const visit = (n: ts.Node) => {
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isFunctionDeclaration(n)) return;
    // Object-literal methods and accessors are made through loopClosure (objects.ts).
    if ((ts.isMethodDeclaration(n) || ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n)) && ts.isObjectLiteralExpression(n.parent)) return;
    if (ts.isFunctionLike(n) || ts.isClassStaticBlockDeclaration(n) || ts.isPropertyDeclaration(n)) {
      const caps = loopCaptures(ctx, n);
      if (caps.length) ctx.fail(loopCaptureUnsupported(n, caps[0].jsName, "class members cannot be given it"));
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(loop.statement);
}

/** The per-iteration binding a closure initialises directly (`const f = () => ... f()` in a loop). */
export function loopSelfBinding(ctx: Context, fn: ts.Node): BindingInfo | undefined {
  let e: ts.Node = fn;
  while (ts.isParenthesizedExpression(e.parent) || ts.isAsExpression(e.parent) || ts.isSatisfiesExpression(e.parent)) e = e.parent;
  const decl = e.parent;
  if (!ts.isVariableDeclaration(decl) || decl.initializer !== e || !ts.isIdentifier(decl.name)) return undefined;
  const s = ctx.symbolAt(decl.name);
  const b = s && ctx.scopes.binding(s);
  if (!b || !owningLoop(b.declaration)) return undefined;
  return b;
}

/** Wraps a closure expression in a factory binding the captured per-iteration values. */
export function wrapLambda(caps: BindingInfo[], fn: py.Lambda): py.Expr {
  const names = caps.map((b) => b.pyName);
  return py.call(py.lambda(names.map((n) => ({ name: n })), fn), names.map((n) => py.name(n)));
}

/**
 * `def _mN(<captured>): <def>; return <name>` and the call that makes the closure. With `self`
 * (the binding the closure initialises), the closure is stored in a local of that name first, so
 * that its references to itself reach this iteration's closure.
 */
export function factoryDef(ctx: Context, caps: BindingInfo[], made: py.FunctionDef | py.Expr, self?: BindingInfo): { factory: py.FunctionDef; make: py.Expr } {
  const names = caps.map((b) => b.pyName);
  const m = ctx.temp("m").id;
  const body: py.Stmt[] = [];
  let value: py.Expr;
  if (made.kind === "FunctionDef") {
    body.push(made);
    value = py.name(made.name);
  } else {
    value = made;
  }
  if (self && !(value.kind === "Name" && value.id === self.pyName)) {
    body.push(py.assign(py.name(self.pyName), value));
    value = py.name(self.pyName);
  }
  body.push(py.ret(value));
  const factory = py.funcDef(m, names.map((n) => ({ name: n })), body);
  return { factory, make: py.call(py.name(m), names.map((n) => py.name(n))) };
}

/**
 * For other visitors that make closures (object-literal methods): returns the expression giving
 * the closure `made` (a def, added to the prelude, or an expression) for the function-like `fn`,
 * through a factory when `fn` is created in a loop and captures per-iteration bindings. Visitors
 * that use it can be let through checkLoopBodyClosures.
 */
export function loopClosure(ctx: Context, fn: ts.Node, made: py.FunctionDef | py.Expr): py.Expr {
  const caps = loopCaptures(ctx, fn);
  if (caps.length === 0) {
    if (made.kind !== "FunctionDef") return made;
    ctx.addPre(made);
    return py.name(made.name);
  }
  const { factory, make } = factoryDef(ctx, caps, made);
  ctx.addPre(factory);
  return make;
}
