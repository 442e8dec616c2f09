// Calls into device stubs (stubs/*.d.ts and any other declaration file outside TypeScript's own
// lib): the callee is a Python function, class or bound method of a firmware module, so its
// arguments are Python values rather than tsmpy's JS model (docs/stubs.md, "What the compiler does
// for these stubs"):
// - `null`/`undefined` arguments are `None` (the binding does not know tsmpy's `js_null` singleton;
//   `lv.timer_create(cb, 1000, null)` must pass NULL user data);
// - a trailing argument whose parameter type is `Kwargs<...>` (marker property `__kwargs__`,
//   stubs/_python.d.ts) is written as Python keyword arguments;
// - `new` of a stub class is a plain call (Python creates instances by calling the class), which
//   calls.ts does for every `new` already.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { kwargsArgument } from "../../diagnostics/catalog";
import { PYTHON_KEYWORDS } from "../../python/names";
import { mayBeNull, typeOf } from "../types";
import { boundaryArgument } from "../functions/async-boundary";

const SK = ts.SyntaxKind;

/** True for a declaration written in a device stub: a module .d.ts (or `declare module "x"`) outside TypeScript's lib. */
export function isStubDeclaration(ctx: Context, decl: ts.Node | undefined): boolean {
  if (!decl) return false;
  const sf = decl.getSourceFile();
  if (!sf.isDeclarationFile) return false;
  if (ctx.program.isSourceFileDefaultLibrary(sf) || /[\\/]typescript[\\/]lib[\\/]lib\.[^\\/]*\.d\.ts$/.test(sf.fileName)) return false;
  // A device module: a module declaration file (stubs/lvgl.d.ts) or an ambient `declare module
  // "x"`. Global declaration files (stubs/globals.d.ts: console, timers) describe what tsmpy
  // itself implements, with JS values.
  if (ts.isExternalModule(sf)) return true;
  for (let n: ts.Node | undefined = decl; n; n = n.parent) if (ts.isModuleDeclaration(n) && ts.isStringLiteral(n.name)) return true;
  return false;
}

/** The resolved signature of a call or `new` whose declaration is in a device stub. */
export function stubSignature(ctx: Context, node: ts.CallExpression | ts.NewExpression): ts.Signature | undefined {
  const sig = ctx.checker.getResolvedSignature(node);
  if (!sig) return undefined;
  if (isStubDeclaration(ctx, sig.declaration)) return sig;
  // `new RTC()` of a `declare class` without a declared constructor: the signature has no
  // declaration; the class itself tells where it comes from.
  if (!sig.declaration && ts.isNewExpression(node)) {
    let sym = ctx.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = ctx.checker.getAliasedSymbol(sym);
    if (isStubDeclaration(ctx, sym?.valueDeclaration ?? sym?.declarations?.[0])) return sig;
  }
  return undefined;
}

function stripped(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return e;
}

/** `null` or `undefined` written as an argument: Python's None for a stub callee. */
function isNullish(ctx: Context, e: ts.Expression): boolean {
  e = stripped(e);
  if (e.kind === SK.NullKeyword) return true;
  if (!ts.isIdentifier(e) || e.text !== "undefined") return false;
  const sym = ctx.checker.getSymbolAtLocation(e);
  return !!sym && ctx.checker.isUndefinedSymbol(sym);
}

/** `None if x is js_null else x`, evaluating `x` once. */
function nullToNone(ctx: Context, value: py.Expr): py.Expr {
  if (value.kind === "Const") return value;
  const held = value.kind === "Name" ? value : ctx.temp();
  const test = py.compare(held === value ? value : py.namedExpr(held as py.Name, value), "is", ctx.helper("js_null"));
  return py.ifExp(test, py.none(), held);
}

/** True when the parameter at `index` is typed `Kwargs<...>` (or `Kwargs<...> | undefined`). */
function isKwargsParameter(ctx: Context, sig: ts.Signature, index: number, at: ts.Node, arg?: ts.Expression): boolean {
  // arguments past the declared parameters all belong to the trailing rest parameter
  const param = sig.parameters[Math.min(index, sig.parameters.length - 1)];
  if (!param) return false;
  const decl = param.valueDeclaration;
  if (index >= sig.parameters.length && !(decl && ts.isParameter(decl) && decl.dotDotDotToken)) return false;
  if (decl && ts.isParameter(decl) && decl.dotDotDotToken) {
    // a rest parameter typed as a tuple ending in Kwargs (`...aws: [...T, Kwargs<{...}>]`): the
    // type the checker gives the argument in that place
    if (!arg) return false;
    const ctype = ctx.checker.getContextualType(arg);
    return !!ctype && !!ctx.checker.getNonNullableType(ctype).getProperty("__kwargs__");
  }
  const type = ctx.checker.getNonNullableType(ctx.checker.getTypeOfSymbolAtLocation(param, at));
  return !!type.getProperty("__kwargs__");
}

/** The keyword name of a Kwargs property, or undefined when it cannot be one. */
function keywordName(p: ts.ObjectLiteralElementLike): string | undefined {
  if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) return undefined;
  const n = p.name;
  const text = ts.isIdentifier(n) || ts.isStringLiteral(n) ? n.text : undefined;
  if (text === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(text) || PYTHON_KEYWORDS.has(text)) return undefined;
  return text;
}

/**
 * The Python arguments of a call to a stub: positional arguments in order (spreads as `*xs`,
 * null/undefined as None), then the keyword arguments of a trailing `Kwargs` object literal.
 * Evaluation order is JS's: Python evaluates positional arguments, then keyword values, left to right.
 */
export function stubCallArguments(
  ctx: Context,
  node: ts.CallExpression | ts.NewExpression,
  sig: ts.Signature,
  callee: ts.Expression,
): { func: py.Expr; args: py.Expr[]; keywords: py.Keyword[] | undefined } {
  const args = [...(node.arguments ?? [])];
  let kwNames: string[] | undefined;
  let kwValues: ts.Expression[] = [];
  const last = args.length - 1;
  if (last >= 0 && !args.some(ts.isSpreadElement) && isKwargsParameter(ctx, sig, last, node, args[last])) {
    const obj = stripped(args[last]);
    if (!ts.isObjectLiteralExpression(obj)) ctx.fail(kwargsArgument(args[last], "a value that is not an object literal"));
    kwNames = [];
    for (const p of obj.properties) {
      const name = keywordName(p);
      if (name === undefined) {
        const what = ts.isSpreadAssignment(p) ? "a spread" : p.name && ts.isComputedPropertyName(p.name) ? "a computed key"
          : ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? `the key '${p.name.getText()}' (not a Python identifier)`
          : "a method or accessor";
        ctx.fail(kwargsArgument(p, what));
      }
      if (kwNames.includes(name)) ctx.fail(kwargsArgument(p, `the repeated key '${name}'`));
      kwNames.push(name);
      kwValues.push(ts.isShorthandPropertyAssignment(p) ? p.name : (p as ts.PropertyAssignment).initializer);
    }
    args.pop();
  }
  const visit = (n: ts.Node): py.Expr => {
    if (n === callee) return ctx.expr(n);
    if (ts.isSpreadElement(n)) return py.starred(ctx.expr(n.expression));
    if (isNullish(ctx, n as ts.Expression)) return py.none();
    // Promises and async functions reach asyncio as coroutines (functions/async-boundary.ts).
    const value = boundaryArgument(ctx, n as ts.Expression, ctx.expr(n));
    // A value that may be JS null (`parent: lv.obj | null`) reaches the binding as None.
    return mayBeNull(typeOf(ctx, n)) ? nullToNone(ctx, value) : value;
  };
  const [func, ...values] = ctx.ordered([callee, ...args, ...kwValues], visit);
  const positional = values.slice(0, args.length);
  const keywords = kwNames?.map((name, i) => ({ name, value: values[args.length + i] }));
  return { func, args: positional, keywords };
}

/**
 * True for a value written as an argument of a stub call, directly or nested in the array and
 * object literals of one (`json.dumps([1, { a: null }])`): only Python code sees it, so `null` is
 * None and an object literal where the stub expects `unknown` is a dict, what Python APIs read.
 */
export function isStubArgumentValue(ctx: Context, node: ts.Expression): boolean {
  let n: ts.Node = node;
  for (let depth = 0; depth < 50; depth++) {
    const p: ts.Node = n.parent;
    if (ts.isParenthesizedExpression(p) || ts.isArrayLiteralExpression(p) || ts.isAsExpression(p) || ts.isSatisfiesExpression(p)) n = p;
    else if (ts.isPropertyAssignment(p) && p.initializer === n) n = p.parent;
    else if (ts.isCallExpression(p) || ts.isNewExpression(p)) return !!p.arguments?.includes(n as ts.Expression) && !!stubSignature(ctx, p);
    else return false;
  }
  return false;
}
