// Function declarations, function expressions and arrow functions; parameters.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context, FunctionFrame } from "../context";
import type { VisitorGroup } from "../visitors";
import { argumentsObject, asyncGenerator, functionThisCall, unsupportedFeature } from "../../diagnostics/catalog";
import { bindingPattern } from "./destructuring";
import { factoryDef, loopCaptures, loopSelfBinding, wrapLambda } from "./loopcapture";
import type { BindingInfo } from "../scope";
import { checkGeneratorParameters, generatorBody } from "./generators";
import { contextualConvention, declaresThis, takesThisFirst } from "../classes/decorators";

const SK = ts.SyntaxKind;

export interface FunctionParts {
  params: py.Param[];
  /** Statements that must run first: nonlocal/global, defaults, rest-to-list, destructuring. */
  prologue: py.Stmt[];
}

/** Lowers a parameter list. Defaults are applied in the body so that `undefined` triggers them, as in JS. */
export function lowerParameters(ctx: Context, fn: ts.SignatureDeclaration, opts: { pad?: boolean } = {}): FunctionParts {
  const params: py.Param[] = [];
  const prologue: py.Stmt[] = [];
  for (const p of fn.parameters) {
    if (ts.isIdentifier(p.name) && p.name.text === "this") continue;
    if (p.dotDotDotToken) {
      const n = ts.isIdentifier(p.name) ? ctx.declName(p.name) : ctx.temp("r").id;
      params.push({ name: n, star: "star" });
      // JS rest parameters are arrays; Python gives a tuple.
      prologue.push(py.assign(py.name(n), py.call(py.name("list"), [py.name(n)])));
      if (!ts.isIdentifier(p.name)) prologue.push(...bindingPattern(ctx, p.name, py.name(n)));
      continue;
    }
    const n = ts.isIdentifier(p.name) ? ctx.declName(p.name) : ctx.temp("r").id;
    const optional = !!p.questionToken || !!p.initializer || params.some((q) => q.default);
    params.push(optional ? { name: n, default: py.none() } : { name: n });
    if (p.initializer) {
      const { pre, value } = ctx.capture(() => ctx.expr(p.initializer!));
      prologue.push(py.ifStmt(py.compare(py.name(n), "is", py.none()), [...pre, py.assign(py.name(n), value)]));
    }
    if (!ts.isIdentifier(p.name)) {
      const { pre, value } = ctx.capture(() => bindingPattern(ctx, p.name as ts.BindingPattern, py.name(n)));
      prologue.push(...pre, ...value);
    }
  }
  if (opts.pad && !params.some((p) => p.star === "star")) params.push({ name: "_", star: "star" });
  return { params, prologue };
}

/**
 * True when a function value may be called with more arguments than it declares: JS ignores the
 * extra ones, Python raises, so the function gets a `*_` parameter.
 */
export function needsPadding(ctx: Context, fn: ts.ArrowFunction | ts.FunctionExpression): boolean {
  // An optional callback parameter (`compareFn?: ...`) is a union with undefined: look through it.
  const contextual = ctx.checker.getContextualType(fn);
  const callable = contextual && ctx.checker.getNonNullableType(contextual);
  const declared = fn.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === "this")).length;
  if (callable && callable.getCallSignatures().some((sig) => sig.parameters.length > declared || signatureHasRest(sig))) return true;
  // `const f = (a) => ...` then `use(f)`: the variable may be called with more arguments.
  let e: ts.Node = fn;
  while (ts.isParenthesizedExpression(e.parent) || ts.isAsExpression(e.parent) || ts.isSatisfiesExpression(e.parent)) e = e.parent;
  const decl = e.parent;
  if (ts.isVariableDeclaration(decl) && decl.initializer === e && ts.isIdentifier(decl.name)) {
    const sym = ctx.symbolAt(decl.name);
    return !!sym && usedAsValue(ctx).has(sym);
  }
  return false;
}

/**
 * Symbols of function declarations and function-valued variables referenced other than as a
 * callee, anywhere in the program (an import used as a callback counts for the exporter): tsmpy
 * compiles whole programs, so only the functions really passed around pay for `*_`.
 */
const usedAsValueByProgram = new WeakMap<ts.Program, Set<ts.Symbol>>();

function usedAsValue(ctx: Context): Set<ts.Symbol> {
  let found = usedAsValueByProgram.get(ctx.program);
  if (found) return found;
  const used = (found = new Set<ts.Symbol>());
  const checker = ctx.checker;
  const sources = ctx.program.getSourceFiles().filter((sf) => !sf.isDeclarationFile);
  // Only identifiers spelled like a function of the program (or a local import name, which may
  // rename one) can refer to one: resolving every identifier of the program is far slower.
  const names = new Set<string>();
  const collect = (n: ts.Node) => {
    if ((ts.isFunctionDeclaration(n) || ts.isVariableDeclaration(n)) && n.name && ts.isIdentifier(n.name)) {
      if (ts.isFunctionDeclaration(n) || (n.initializer && isFunctionValue(n.initializer))) names.add(n.name.text);
    } else if ((ts.isImportSpecifier(n) || ts.isImportClause(n) || ts.isNamespaceImport(n) || ts.isImportEqualsDeclaration(n)) && n.name) {
      names.add(n.name.text);
    }
    ts.forEachChild(n, collect);
  };
  for (const sf of sources) collect(sf);
  const visit = (n: ts.Node) => {
    if (ts.isIdentifier(n) && names.has(n.text) && !ts.isImportSpecifier(n.parent) && !ts.isExportSpecifier(n.parent) && !ts.isImportClause(n.parent)) {
      let sym = checker.getSymbolAtLocation(n);
      if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
      const decl = sym?.valueDeclaration;
      const fnLike = decl && (ts.isFunctionDeclaration(decl) || (ts.isVariableDeclaration(decl) && !!decl.initializer && isFunctionValue(decl.initializer)));
      if (sym && fnLike && (decl as ts.NamedDeclaration).name !== n) {
        let e: ts.Node = n;
        while (ts.isParenthesizedExpression(e.parent) || ts.isNonNullExpression(e.parent) || ts.isAsExpression(e.parent)) e = e.parent;
        const p = e.parent;
        const isCallee = (ts.isCallExpression(p) || ts.isNewExpression(p)) && p.expression === e;
        if (!isCallee && !ts.isTypeQueryNode(p) && !ts.isExportAssignment(p)) used.add(sym);
      }
    }
    ts.forEachChild(n, visit);
  };
  for (const sf of sources) visit(sf);
  usedAsValueByProgram.set(ctx.program, used);
  return used;
}

function isFunctionValue(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return ts.isArrowFunction(e) || ts.isFunctionExpression(e);
}

/** True when `fn` refers to the binding `b`. */
function usesName(ctx: Context, fn: ts.Node, b: BindingInfo): boolean {
  let found = false;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isIdentifier(n) && ctx.symbolAt(n) === b.symbol) found = true;
    ts.forEachChild(n, visit);
  };
  visit(fn);
  return found;
}

/**
 * True when a function declaration may be called by code that passes extra arguments: it is
 * referenced somewhere in the program other than as the callee of a call (passed as a callback,
 * stored), in its own module or through an import.
 */
function declarationUsedAsValue(ctx: Context, fn: ts.FunctionDeclaration): boolean {
  if (!fn.name) return false;
  const sym = ctx.symbolAt(fn.name);
  return !!sym && usedAsValue(ctx).has(sym);
}

function signatureHasRest(sig: ts.Signature): boolean {
  const decl = sig.getDeclaration();
  return !!decl && decl.parameters?.some((p) => !!p.dotDotDotToken);
}

function checkSupported(ctx: Context, fn: ts.FunctionLikeDeclaration) {
  if (fn.asteriskToken) checkGeneratorParameters(ctx, fn);
  if (fn.asteriskToken && isAsyncFunction(fn)) ctx.fail(asyncGenerator(fn));
  const args = argumentsUse(ctx, fn);
  if (args) ctx.fail(argumentsObject(args));
}

/** A use of the implicit `arguments` object in a function (not a user binding of that name). */
function argumentsUse(ctx: Context, root: ts.Node): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isIdentifier(n) && n.text === "arguments" && !isPropertyName(n)) {
      const s = ctx.symbolAt(n);
      if (!s || !ctx.scopes.binding(s)) found = n;
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(root, visit);
  return found;
}

function isPropertyName(id: ts.Identifier): boolean {
  const p = id.parent;
  return (ts.isPropertyAccessExpression(p) && p.name === id) || (ts.isPropertyAssignment(p) && p.name === id) ||
    (ts.isMethodDeclaration(p) && p.name === id) || (ts.isPropertyDeclaration(p) && p.name === id) || (ts.isPropertySignature(p) && p.name === id);
}

/** The body of a function as Python statements, with its prologue first. */
export function functionBody(ctx: Context, fn: ts.FunctionLikeDeclaration, frame: FunctionFrame, parts: FunctionParts): py.Stmt[] {
  // Every function-like passes here (methods and accessors too): refuse what a def cannot be.
  checkSupported(ctx, fn);
  return ctx.withFrame(frame, () => {
    const decls = ctx.scopeDeclarations(fn);
    const body = fn.body!;
    if (ts.isBlock(body)) {
      const stmts = [...decls, ...parts.prologue, ...ctx.block(body.statements)];
      return fn.asteriskToken ? generatorBody(ctx, fn, stmts) : stmts;
    }
    const { pre, value } = ctx.capture(() => ctx.expr(body));
    return [...decls, ...parts.prologue, ...pre, py.ret(value)];
  });
}

function functionDeclaration(node: ts.FunctionDeclaration, ctx: Context): py.Stmt[] {
  if (!node.body) return []; // overload signature
  checkSupported(ctx, node);
  const name = node.name ? ctx.declName(node.name) : "default";
  // A function declaring `this` takes it first, like a method's function (classes/decorators.ts).
  const ownThis = declaresThis(node);
  const frame: FunctionFrame = { node, thisName: ownThis ? "self" : undefined };
  const parts = ctx.withFrame(frame, () => lowerParameters(ctx, node, { pad: declarationUsedAsValue(ctx, node) }));
  if (ownThis) parts.params.unshift({ name: "self" });
  const caps = loopCaptures(ctx, node);
  const def = py.funcDef(name, parts.params, functionBody(ctx, node, frame, parts));
  markAsync(ctx, node, def);
  if (caps.length === 0) return [def];
  // Created in a loop: bind this iteration's values (see loopcapture.ts).
  const { factory, make } = factoryDef(ctx, caps, def);
  return [factory, py.assign(py.name(name), make)];
}

/** Arrow functions and function expressions: a lambda when the body is one expression, else a def. */
function functionValue(node: ts.ArrowFunction | ts.FunctionExpression, ctx: Context): py.Expr {
  checkSupported(ctx, node);
  const isArrow = ts.isArrowFunction(node);
  // Arrows see the `this` of where they are written; function expressions get no usable `this`
  // unless they declare one (or are written where the type gives one): then it is their first
  // parameter, and an arrow written there takes (and ignores) it too (classes/decorators.ts).
  const thisFirst = takesThisFirst(ctx, node);
  if (declaresThis(node) && contextualConvention(ctx, node) === "plain") {
    ctx.fail(functionThisCall(node, "A function declaring 'this' passed where it would be called without it"));
  }
  const ownThis = thisFirst && !isArrow;
  const frame: FunctionFrame = isArrow
    ? { node, thisName: ctx.frame.thisName, className: ctx.frame.className }
    : { node, thisName: ownThis ? "self" : undefined };
  const parts = ctx.withFrame(frame, () => lowerParameters(ctx, node, { pad: needsPadding(ctx, node) }));
  if (thisFirst) parts.params.unshift({ name: ownThis ? "self" : ctx.temp("t").id });
  const caps = loopCaptures(ctx, node);
  // A closure that refers to the loop binding it initialises keeps that name local to its factory.
  const self = caps.length ? loopSelfBinding(ctx, node) : undefined;
  const writesOuter = ctx.scopeDeclarations(node).length > 0;
  if (!ts.isBlock(node.body) && parts.prologue.length === 0 && !writesOuter && !isAsyncFunction(node)) {
    const body = node.body;
    const { pre, value } = ctx.withFrame(frame, () => ctx.capture(() => ctx.expr(body)));
    if (pre.length === 0) {
      const lam = py.lambda(parts.params, value);
      if (!caps.length) return lam;
      if (!self || !usesName(ctx, node, self)) return wrapLambda(caps, lam);
      const { factory, make } = factoryDef(ctx, caps, lam, self);
      ctx.addPre(factory);
      return make;
    }
  }
  const name = ts.isFunctionExpression(node) && node.name ? ctx.declName(node.name) : ctx.temp("f").id;
  const def = py.funcDef(name, parts.params, functionBody(ctx, node, frame, parts));
  markAsync(ctx, node, def);
  if (caps.length === 0) {
    ctx.addPre(def);
    return py.name(name);
  }
  const { factory, make } = factoryDef(ctx, caps, def, self && usesName(ctx, node, self) ? self : undefined);
  ctx.addPre(factory);
  return make;
}

export const functionVisitors: VisitorGroup = {
  expressions: {
    [SK.ArrowFunction]: functionValue,
    [SK.FunctionExpression]: functionValue,
  },
  statements: {
    [SK.FunctionDeclaration]: functionDeclaration,
  },
};

/** True for `async` functions, arrows and methods. */
export function isAsyncFunction(fn: ts.FunctionLikeDeclaration): boolean {
  return !!fn.modifiers?.some((m) => m.kind === SK.AsyncKeyword);
}

/**
 * An async function is an `async def` wrapped by tsmpy.promise.js_async: a call runs the body up to
 * its first await and returns a Promise, as in JS.
 */
export function markAsync(ctx: Context, fn: ts.FunctionLikeDeclaration, def: py.FunctionDef) {
  if (!isAsyncFunction(fn)) return;
  def.isAsync = true;
  // innermost decorator: staticmethod/classmethod wrap the async function
  def.decorators = [...(def.decorators ?? []), ctx.helper("js_async")];
}
