// Type-directed lowering of JavaScript built-ins. Each module owns one built-in type; a member with
// no lowering is a diagnostic (TSMPY1007), never a call that fails on the device.
//   array.ts   Array methods and statics, new Array(n)
//   callbacks.ts  callbacks passed to built-ins: inline comprehensions, arity, JS globals as helpers
//   string.ts  String methods, String.fromCharCode, String(x)
//   number.ts  Number methods and statics, parseInt/parseFloat/isNaN/isFinite, Number(x)
//   math.ts    Math
//   json.ts    JSON.stringify / JSON.parse
//   object.ts  Object.keys / values / entries / assign / fromEntries
//   console.ts console.log and friends
//   mapset.ts  Map and Set (helper classes js_Map / js_Set)
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { isAnyLike, isArray, isFunctionType, isNumber, isString, typeOf } from "../types";
import { isLibSymbol } from "../expressions/identifiers";
import { functionThisCall, regexArgument, unsupportedBuiltin } from "../../diagnostics/catalog";
import { lowerDecoratorContextCall, lowerDecoratorContextProperty, lowerFunctionMethod } from "./function";
import { lowerConsoleCall } from "./console";
import { lowerMathProperty, lowerMathCall } from "./math";
import { lowerArrayCall, lowerArrayConstruct, lowerArrayStatic } from "./array";
import { callbackArity, callbackExpr } from "./callbacks";
import { lowerStringCall, lowerStringConversion, lowerStringStatic } from "./string";
import { lowerGlobalNumberFunction, lowerNumberMethod, lowerNumberProperty, lowerNumberStatic } from "./number";
import { lowerJsonCall } from "./json";
import { lowerObjectCall } from "./object";
import { lowerMapSetCall, lowerMapSetNew, lowerMapSetProperty } from "./mapset";
import { truthTest } from "../truthiness";
import { isGeneratorType, isIteratorResultMember, lowerGeneratorCall } from "../functions/generators";
import { isPromiseType, lowerPromiseMethod, lowerPromiseNew, lowerPromiseStatic, lowerTimerCall } from "../functions/async";

/** Lowers `obj.prop` when obj is a built-in value or namespace; undefined when it is not one. */
export function lowerBuiltinProperty(ctx: Context, node: ts.PropertyAccessExpression): py.Expr | undefined {
  const name = node.name.text;
  const recv = node.expression;
  if (ts.isIdentifier(recv) && isGlobalNamespace(ctx, recv)) {
    if (recv.text === "Math") return lowerMathProperty(ctx, node);
    if (recv.text === "Number") return lowerNumberProperty(ctx, node);
    return ctx.fail(unsupportedBuiltin(node, recv.text, name));
  }
  const t = typeOf(ctx, recv);
  if (name === "length" && (isArray(ctx, t) || isString(t) || isStringOrArrayUnion(ctx, t))) return py.call(py.name("len"), [ctx.expr(recv)]);
  const propSym = ctx.symbolAt(node.name);
  if (propSym && isLibSymbol(propSym)) {
    const ms = lowerMapSetProperty(ctx, node, t);
    if (ms) return ms;
  }
  const className = lowerClassName(ctx, node);
  if (className) return className;
  if (propSym && isLibSymbol(propSym)) {
    if (lowerDecoratorContextProperty(ctx, node, propSym)) return undefined;
    // Error objects are plain objects of the helper classes, with these attributes.
    if ((name === "message" || name === "name" || name === "toString") && isErrorLike(ctx, t)) return undefined;
    if (name === "errors" && isAggregateError(t)) return undefined;
    // Promise.allSettled's result objects (tsmpy.promise builds them as plain objects)
    if (isSettledResultMember(propSym)) return undefined;
    if ((name === "value" || name === "done") && isIteratorResultMember(propSym)) return undefined;
    const owner = ctx.checker.typeToString(ctx.checker.getNonNullableType(t));
    return ctx.fail(unsupportedBuiltin(node, owner, name));
  }
  return undefined;
}

/**
 * `obj.constructor.name` and `SomeClass.name`: every compiled class records its JS name in `_jsn`.
 * Undefined for anything else (plain functions keep TSMPY1007).
 */
function lowerClassName(ctx: Context, node: ts.PropertyAccessExpression): py.Expr | undefined {
  if (node.name.text !== "name") return undefined;
  const recv = node.expression;
  if (ts.isPropertyAccessExpression(recv) && recv.name.text === "constructor" && isCompiledClassInstance(ctx, typeOf(ctx, recv.expression))) {
    return py.attr(py.call(py.name("type"), [ctx.expr(recv.expression)]), "_jsn");
  }
  // The identifier must name the class itself (an instance's type has the class symbol too).
  if (!ts.isIdentifier(recv)) return undefined;
  let sym = ctx.symbolAt(recv);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = ctx.checker.getAliasedSymbol(sym);
  const isClassValue = !!sym && !!(sym.flags & ts.SymbolFlags.Class) && !!sym.declarations?.some((d) => !d.getSourceFile().isDeclarationFile);
  return isClassValue ? py.attr(ctx.expr(recv), "_jsn") : undefined;
}

function isCompiledClassInstance(ctx: Context, t: ts.Type): boolean {
  const sym = ctx.checker.getNonNullableType(t).getSymbol();
  return !!sym && !!(sym.flags & ts.SymbolFlags.Class) && !!sym.declarations?.some((d) => !d.getSourceFile().isDeclarationFile);
}

/** Lowers a call whose callee is a built-in member or global function; undefined when it is not one. */
export function lowerBuiltinCall(ctx: Context, node: ts.CallExpression): py.Expr | undefined {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return lowerGlobalCall(ctx, node, callee);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const recv = callee.expression;
  const name = callee.name.text;
  if (ts.isIdentifier(recv) && recv.text !== "NaN" && recv.text !== "Infinity" && isGlobalNamespace(ctx, recv)) {
    switch (recv.text) {
      case "console":
        return lowerConsoleCall(ctx, node, name);
      case "Math":
        return lowerMathCall(ctx, node, name);
      case "Array":
        return lowerArrayStatic(ctx, node, name);
      case "String":
        return lowerStringStatic(ctx, node, name);
      case "Number":
        return lowerNumberStatic(ctx, node, name);
      case "JSON":
        return lowerJsonCall(ctx, node, name);
      case "Object":
        return lowerObjectCall(ctx, node, name);
      case "Promise":
        return lowerPromiseStatic(ctx, node, name);
    }
    return ctx.fail(unsupportedBuiltin(callee, recv.text, name));
  }
  const recvType = typeOf(ctx, recv);
  if (recv.kind !== ts.SyntaxKind.SuperKeyword && (isAnyLike(recvType) || isPrimitiveOrArrayUnion(ctx, recvType))) return dynamicCall(ctx, node, recv, name);
  const propSym = ctx.symbolAt(callee.name);
  if (!propSym || !isLibSymbol(propSym)) return undefined;
  const t = recvType;
  if (name === "hasOwnProperty" && node.arguments.length === 1 && !ts.isSpreadElement(node.arguments[0])) {
    return ctx.helperCall("js_has_own", ctx.ordered([recv, node.arguments[0]]));
  }
  if (isArray(ctx, t)) return lowerArrayCall(ctx, node, recv, name);
  if (isGeneratorType(ctx, t)) {
    const g = lowerGeneratorCall(ctx, node, recv, name);
    if (g) return g;
  }
  if (isPromiseType(ctx, t)) return lowerPromiseMethod(ctx, node, recv, name);
  if (isString(t)) return lowerStringCall(ctx, node, recv, name);
  if (isNumber(t)) return lowerNumberMethod(ctx, node, recv, name);
  const ms = lowerMapSetCall(ctx, node, recv, name, t);
  if (ms) return ms;
  if (name === "toString" && node.arguments.length === 0 && isErrorLike(ctx, t)) return undefined;
  const decoratorContext = lowerDecoratorContextCall(ctx, node, recv, name, propSym);
  if (decoratorContext) return decoratorContext;
  if (isFunctionType(t)) {
    const f = lowerFunctionMethod(ctx, node, recv, name);
    if (f) return f;
  }
  const owner = ctx.checker.typeToString(ctx.checker.getNonNullableType(t));
  return ctx.fail(unsupportedBuiltin(callee, owner, name));
}

function isStringOrArrayUnion(ctx: Context, t: ts.Type): boolean {
  const u = t.getNonNullableType();
  return u === t && u.isUnion() && u.types.every((m) => isArray(ctx, m) || isString(m));
}

/** A union whose members are arrays, strings and numbers (`string | string[]`): dispatched at run time. */
function isPrimitiveOrArrayUnion(ctx: Context, t: ts.Type): boolean {
  const u = t.getNonNullableType();
  if (!u.isUnion()) return false;
  return u.types.every((m) => isArray(ctx, m) || isString(m) || isNumber(m)) && !u.types.every((m) => isNumber(m));
}

/**
 * `o.name(...)` when the receiver's type does not say what it is (`any`, or a union of an array,
 * a string and a number): tsmpy.dyn.js_invoke picks the list/str/number helper or the object's own
 * method at run time. `n` tells how many arguments the call's callback accepts.
 */
function dynamicCall(ctx: Context, node: ts.CallExpression, recv: ts.Expression, name: string): py.Expr {
  if ((name === "call" || name === "apply" || name === "bind") && isAnyLike(typeOf(ctx, recv))) {
    ctx.fail(functionThisCall(node, `'.${name}' on a value of type 'any'`));
  }
  for (const a of node.arguments) if (ts.isRegularExpressionLiteral(a)) ctx.fail(regexArgument(a, name));
  let n = -1;
  const fnArg = node.arguments.find((a) => {
    let e: ts.Expression = a;
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    return ts.isArrowFunction(e) || ts.isFunctionExpression(e) || (!isAnyLike(typeOf(ctx, e)) && isFunctionType(typeOf(ctx, e).getNonNullableType()));
  });
  if (fnArg) n = callbackArity(ctx, fnArg, 4);
  const [obj, ...args] = ctx.ordered([recv, ...node.arguments], (a) =>
    a === fnArg ? callbackExpr(ctx, a as ts.Expression) : ts.isSpreadElement(a) ? py.starred(ctx.expr(a.expression)) : ctx.expr(a),
  );
  return ctx.helperCall("js_invoke", [obj, py.str(name), py.num(n), ...args]);
}

/** parseInt(...), Number(...), String(...), Array(n), isNaN(...) when they are the JS globals. */
function lowerGlobalCall(ctx: Context, node: ts.CallExpression, callee: ts.Identifier): py.Expr | undefined {
  if (!isGlobalNamespace(ctx, callee)) return undefined;
  const name = callee.text;
  const timer = lowerTimerCall(ctx, node, name);
  if (timer) return timer;
  const num = lowerGlobalNumberFunction(ctx, node, name);
  if (num) return num;
  if (name === "String") return lowerStringConversion(ctx, node);
  if (name === "Array") return lowerArrayConstruct(ctx, node);
  if (name === "Boolean" && node.arguments.length === 1 && !ts.isSpreadElement(node.arguments[0])) {
    const v = ctx.expr(node.arguments[0]);
    return py.call(py.name("bool"), [truthTest(ctx, node.arguments[0], v)]);
  }
  if (name === "Boolean" || name === "Symbol" || name === "BigInt" || name === "Object" || name === "encodeURIComponent" || name === "decodeURIComponent" || name === "encodeURI" || name === "decodeURI") {
    return ctx.fail(unsupportedBuiltin(callee, "globalThis", name));
  }
  return undefined;
}

/** A value whose type is Error or a lib subclass of it (TypeError, RangeError, ...). */
function isErrorLike(ctx: Context, t: ts.Type): boolean {
  const u = t.getNonNullableType();
  if (u.isUnion()) return u.types.every((m) => isErrorLike(ctx, m));
  const sym = u.getSymbol();
  if (!sym) return false;
  if (/^(Error|TypeError|RangeError|SyntaxError|ReferenceError|EvalError|URIError|AggregateError)$/.test(sym.name) && isLibSymbol(sym)) return true;
  return u.getBaseTypes?.()?.some((b) => isErrorLike(ctx, b)) ?? false;
}

function isSettledResultMember(sym: ts.Symbol): boolean {
  const owner = sym.declarations?.[0]?.parent;
  return !!owner && ts.isInterfaceDeclaration(owner) && (owner.name.text === "PromiseFulfilledResult" || owner.name.text === "PromiseRejectedResult");
}

/** An AggregateError (Promise.any's rejection): its `errors` list is an attribute. */
function isAggregateError(t: ts.Type): boolean {
  const sym = t.getNonNullableType().getSymbol();
  return !!sym && sym.name === "AggregateError" && isLibSymbol(sym);
}

/** `Math`, `console`, `JSON`, `Object`, ... when they refer to the JS globals, not a user binding. */
export function isGlobalNamespace(ctx: Context, id: ts.Identifier): boolean {
  const s = ctx.symbolAt(id);
  return !!s && isLibSymbol(s);
}

const ERROR_CLASSES = new Set(["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "AggregateError"]);

/** Lowers `new X(...)` for built-in constructors; undefined for user classes. */
export function lowerBuiltinNew(ctx: Context, node: ts.NewExpression): py.Expr | undefined {
  const callee = node.expression;
  if (!ts.isIdentifier(callee) || !isGlobalNamespace(ctx, callee)) return undefined;
  if (callee.text === "AggregateError") {
    // new AggregateError(iterable, message): the errors as a fresh list
    const args = ctx.ordered(node.arguments ?? []);
    return py.call(ctx.helper("AggregateError"), args.slice(0, 2));
  }
  if (ERROR_CLASSES.has(callee.text)) {
    const args = ctx.ordered(node.arguments ?? []);
    return py.call(ctx.helper(callee.text), args.slice(0, 1));
  }
  if (callee.text === "Array") return lowerArrayConstruct(ctx, node);
  if (callee.text === "Promise") return lowerPromiseNew(ctx, node);
  const ms = lowerMapSetNew(ctx, node, callee.text);
  if (ms) return ms;
  return ctx.fail(unsupportedBuiltin(node, callee.text, "constructor"));
}
