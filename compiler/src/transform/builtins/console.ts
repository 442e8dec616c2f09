// console.log / console.error: Node's formatting of each argument, joined by spaces.
//
// Strings print as they are, numbers and booleans the way String() spells them (-0 aside), and
// everything else through js_inspect (helpers/tsmpy/console.py), which reproduces util.inspect.
// Values whose printed form the device cannot know are refused at compile time: functions (Node
// prints the name JS infers: `const f = () => 1` is `[Function: f]`), objects holding functions,
// Errors (stack traces), and built-in types the formatter does not cover (Date, WeakMap...).
// A function or class named by its declaration prints as a constant.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { consoleFormat, printError, printFunctionValue, printUnsupportedValue, unsupportedBuiltin } from "../../diagnostics/catalog";
import { isBoolean, isNumber, isString, typeOf } from "../types";

const F = ts.TypeFlags;

function isErrorType(ctx: Context, t: ts.Type): boolean {
  const errorSym = ctx.checker.resolveName("Error", undefined, ts.SymbolFlags.Type, false);
  if (!errorSym) return false;
  const errorType = ctx.checker.getDeclaredTypeOfSymbol(errorSym);
  return !(t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) && !!(t.flags & ts.TypeFlags.Object) && ctx.checker.isTypeAssignableTo(t, errorType);
}

function isLibDeclaration(d: ts.Declaration): boolean {
  const file = d.getSourceFile().fileName;
  return /[\\/]lib\.[^\\/]*\.d\.ts$/.test(file) || /typescript[\\/]lib[\\/]/.test(file);
}

// Built-in types whose Node formatting (dates, typed arrays, weak collections...) the console
// formatter does not reproduce. Map and Set print through js_Map/js_Set's own formatter.
const LIB_UNPRINTABLE = /^(WeakMap|WeakSet|WeakRef|Date|RegExp|Promise|PromiseLike|Symbol|ArrayBuffer|SharedArrayBuffer|DataView|\w+Array|Iterator|IterableIterator|Generator|AsyncGenerator|\w+Iterator|Error|\w+Error|Proxy|Function|CallableFunction|NewableFunction|Boolean|Number|String|BigInt)$/;

/** A declaration that lives on a class prototype (methods, accessors): Node does not print it. */
function onPrototype(d: ts.Declaration): boolean {
  return (ts.isMethodDeclaration(d) || ts.isGetAccessorDeclaration(d) || ts.isSetAccessorDeclaration(d)) && ts.isClassLike(d.parent);
}

/**
 * Why a value of type `t` cannot be printed faithfully, or undefined when it can. Walks the
 * properties Node would print, as deep as Node prints (depth 2, plus the level that shows
 * `[Object]`).
 */
function unprintable(ctx: Context, t: ts.Type, depth: number, seen: Set<ts.Type>): { fn: true } | { type: string } | undefined {
  if (t.flags & F.TypeParameter) {
    // `this` in a method, or a constrained generic: what it must be is what may be printed.
    const c = ctx.checker.getBaseConstraintOfType(t);
    return c && c !== t && !(c.flags & F.Unknown) ? unprintable(ctx, c, depth, seen) : undefined;
  }
  if (t.flags & (F.Any | F.Unknown)) return undefined;
  if (t.isUnion() || t.isIntersection()) {
    for (const u of t.types) {
      const r = unprintable(ctx, u, depth, seen);
      if (r) return r;
    }
    return undefined;
  }
  if (t.flags & (F.StringLike | F.NumberLike | F.BooleanLike | F.Null | F.Undefined | F.Void | F.Never)) return undefined;
  if (t.flags & (F.ESSymbolLike | F.BigIntLike)) return { type: ctx.checker.typeToString(t) };
  if (!(t.flags & F.Object)) return undefined;
  if (seen.has(t) || depth > 3) return undefined;
  seen.add(t);
  try {
    if (ctx.checker.isArrayType(t) || ctx.checker.isTupleType(t)) {
      for (const a of ctx.checker.getTypeArguments(t as ts.TypeReference)) {
        const r = unprintable(ctx, a, depth + 1, seen);
        if (r) return r;
      }
      return undefined;
    }
    if (t.getCallSignatures().length > 0 || t.getConstructSignatures().length > 0) return { fn: true };
    const sym = t.getSymbol();
    const decl = sym?.declarations?.[0];
    // RegExp objects and match arrays format themselves (tsmpy/regex.py).
    if (decl && isLibDeclaration(decl) && /^(RegExp|RegExpMatchArray|RegExpExecArray)$/.test(sym!.name)) return undefined;
    if (decl && isLibDeclaration(decl) && LIB_UNPRINTABLE.test(sym!.name)) return { type: ctx.checker.typeToString(t) };
    if (decl && isLibDeclaration(decl) && /^(Readonly)?(Map|Set)$/.test(sym!.name)) {
      // Keys and values are printed like array elements.
      const args = (t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference ? ctx.checker.getTypeArguments(t as ts.TypeReference) : [];
      for (const a of args) {
        const r = unprintable(ctx, a, depth + 1, seen);
        if (r) return r;
      }
      return undefined;
    }
    if (isErrorType(ctx, t)) return { type: ctx.checker.typeToString(t) };
    for (const p of t.getProperties()) {
      const decls = p.declarations ?? [];
      if (decls.length && decls.every(onPrototype)) continue;
      if (decls.some((d) => ts.isMethodDeclaration(d) || ts.isMethodSignature(d))) return { fn: true };
      // Accessors of object literals print as [Getter]/[Setter]/[Getter/Setter] (console.py).
      if (decls.some((d) => ts.isGetAccessorDeclaration(d) || ts.isSetAccessorDeclaration(d))) {
        if (decls.every((d) => ts.isObjectLiteralExpression(d.parent))) continue;
        return { type: "object with accessors" };
      }
      const pt = ctx.checker.getTypeOfSymbol(p);
      const r = unprintable(ctx, pt, depth + 1, seen);
      if (r) return r;
    }
    return undefined;
  } finally {
    seen.delete(t);
  }
}

/** `[Function: f]` / `[class A extends B]` for an identifier naming a declaration, else undefined. */
function declaredFunctionText(ctx: Context, e: ts.Expression): string | undefined {
  if (!ts.isIdentifier(e)) return undefined;
  let sym = ctx.symbolAt(e);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = ctx.checker.getAliasedSymbol(sym);
  const d = sym?.valueDeclaration;
  if (!d) return undefined;
  if (ts.isFunctionDeclaration(d) && d.name) {
    if (d.asteriskToken || d.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) return undefined;
    return `[Function: ${d.name.text}]`;
  }
  if (ts.isClassDeclaration(d) && d.name) {
    // Static fields are printed after the class: `[class A] { n: 1 }`.
    if (d.members.some((m) => ts.isPropertyDeclaration(m) && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword))) return undefined;
    const ext = d.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (ext && !ts.isIdentifier(ext.expression)) return undefined;
    return `[class ${d.name.text}${ext ? ` extends ${(ext.expression as ts.Identifier).text}` : ""}]`;
  }
  return undefined;
}

function strip(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  return e;
}

/** Expressions whose value is a string whatever happens at run time. */
function alwaysString(e: ts.Expression): boolean {
  e = strip(e);
  return ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e) ||
    (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) || ts.isTypeOfExpression(e);
}

/** Expressions whose value is a boolean whatever happens at run time. */
function alwaysBoolean(e: ts.Expression): boolean {
  e = strip(e);
  if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return true;
  if (ts.isBinaryExpression(e)) {
    const k = e.operatorToken.kind;
    return k >= ts.SyntaxKind.LessThanToken && k <= ts.SyntaxKind.ExclamationEqualsEqualsToken || k === ts.SyntaxKind.InstanceOfKeyword || k === ts.SyntaxKind.InKeyword;
  }
  return false;
}

/** A value whose printed form can change after it is evaluated (an object, array or unknown). */
function mayChange(ctx: Context, t: ts.Type): boolean {
  if (t.isUnion()) return t.types.some((u) => mayChange(ctx, u));
  const primitive = ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void | ts.TypeFlags.EnumLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.Never;
  return !(t.flags & primitive);
}

/** An argument whose evaluation cannot change another value (no calls, assignments or getters). */
function sideEffectFree(ctx: Context, e: ts.Expression): boolean {
  e = strip(e);
  if (ts.isIdentifier(e) || ts.isLiteralExpression(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return true;
  switch (e.kind) {
    case ts.SyntaxKind.TrueKeyword: case ts.SyntaxKind.FalseKeyword: case ts.SyntaxKind.NullKeyword: case ts.SyntaxKind.ThisKeyword: return true;
  }
  if (ts.isPropertyAccessExpression(e)) {
    const decls = ctx.checker.getSymbolAtLocation(e.name)?.declarations ?? [];
    return !decls.some((d) => ts.isGetAccessorDeclaration(d)) && sideEffectFree(ctx, e.expression);
  }
  if (ts.isElementAccessExpression(e)) return sideEffectFree(ctx, e.expression) && sideEffectFree(ctx, e.argumentExpression);
  if (ts.isTemplateExpression(e)) return e.templateSpans.every((sp) => sideEffectFree(ctx, sp.expression) && !mayChange(ctx, typeOf(ctx, sp.expression)));
  if (ts.isPrefixUnaryExpression(e)) return e.operator !== ts.SyntaxKind.PlusPlusToken && e.operator !== ts.SyntaxKind.MinusMinusToken && sideEffectFree(ctx, e.operand);
  if (ts.isTypeOfExpression(e)) return sideEffectFree(ctx, e.expression);
  if (ts.isBinaryExpression(e)) {
    const k = e.operatorToken.kind;
    if (k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment) return false;
    // `+` of an object calls its toString(), which may have effects.
    if (k === ts.SyntaxKind.PlusToken && (mayChange(ctx, typeOf(ctx, e.left)) || mayChange(ctx, typeOf(ctx, e.right)))) return false;
    return sideEffectFree(ctx, e.left) && sideEffectFree(ctx, e.right);
  }
  if (ts.isConditionalExpression(e)) return sideEffectFree(ctx, e.condition) && sideEffectFree(ctx, e.whenTrue) && sideEffectFree(ctx, e.whenFalse);
  if (ts.isArrayLiteralExpression(e)) return e.elements.every((x) => !ts.isSpreadElement(x) && sideEffectFree(ctx, x));
  if (ts.isObjectLiteralExpression(e)) return e.properties.every((p) => (ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name) && sideEffectFree(ctx, p.initializer)) || ts.isShorthandPropertyAssignment(p));
  return false;
}

export function lowerConsoleCall(ctx: Context, node: ts.CallExpression, method: string): py.Expr {
  if (method !== "log" && method !== "error" && method !== "info" && method !== "warn" && method !== "debug") {
    return ctx.fail(unsupportedBuiltin(node.expression, "console", method));
  }
  const first = node.arguments[0];
  const literalFirst = !!first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first));
  // %o (inspect with hidden details) is not reproduced.
  if (literalFirst && node.arguments.length > 1 && /%o/.test((first as ts.StringLiteral).text.replace(/%%/g, ""))) {
    ctx.fail(consoleFormat(first));
  }
  for (const a of node.arguments) {
    const e = ts.isSpreadElement(a) ? a.expression : a;
    const t = typeOf(ctx, e);
    if (isErrorType(ctx, t) || (ts.isSpreadElement(a) && ctx.checker.isArrayType(t) && isErrorType(ctx, ctx.checker.getTypeArguments(t as ts.TypeReference)[0]))) ctx.fail(printError(a));
    if (!ts.isSpreadElement(a) && declaredFunctionText(ctx, a)) continue;
    const why = unprintable(ctx, ts.isSpreadElement(a) ? t : t, ts.isSpreadElement(a) ? -1 : 0, new Set());
    if (why) ctx.fail("fn" in why ? printFunctionValue(a) : printUnsupportedValue(a, why.type));
  }
  // A first argument that is a string, followed by more: Node applies %-directives to it
  // (js_logf); a literal without any `%` needs none of that.
  const formatted = !!first && node.arguments.length > 1 && !ts.isSpreadElement(first) && isString(typeOf(ctx, first)) &&
    !(literalFirst && !(first as ts.StringLiteral).text.includes("%"));
  if (formatted) {
    const raw = ctx.ordered(node.arguments, (n) => {
      const a = n as ts.Expression;
      if (ts.isSpreadElement(a)) return py.starred(ctx.expr(a.expression));
      // `%s` of a function prints its source text: refused, whatever the directive.
      if (declaredFunctionText(ctx, a)) ctx.fail(printFunctionValue(a));
      return ctx.expr(a);
    });
    const line = ctx.helperCall("js_logf", raw);
    return method === "error" || method === "warn" ? ctx.helperCall("js_error", [line]) : py.call(py.name("print"), [line]);
  }
  // Node formats the arguments after evaluating all of them: `console.log(xs, xs.reverse())` prints
  // the reversed array twice. Formatting each argument where it stands would print an object
  // before a later argument mutates it, so when an object-like argument is followed by one that
  // may have side effects, the values go to js_log, which formats them once it has them all.
  const hoist = node.arguments.some((a, i) => i > 0 && !sideEffectFree(ctx, a) &&
    node.arguments.slice(0, i).some((b) => !ts.isSpreadElement(b) ? mayChange(ctx, typeOf(ctx, b)) && !declaredFunctionText(ctx, b) : true));
  if (hoist) {
    const raw = ctx.ordered(node.arguments, (n) => {
      const a = n as ts.Expression;
      // A spread is copied into a list (a later argument may change the array) and unpacked
      // below: ctx.ordered may move a value into a temporary, which a Starred cannot be.
      if (ts.isSpreadElement(a)) return py.call(py.name("list"), [ctx.expr(a.expression)]);
      const constant = declaredFunctionText(ctx, a);
      return constant ? py.str(constant) : ctx.expr(a);
    }).map((v, i) => (ts.isSpreadElement(node.arguments[i]) ? py.starred(v) : v));
    if (method !== "error" && method !== "warn") return ctx.helperCall("js_log", raw);
    return ctx.helperCall("js_log_err", raw);
  }
  const args = ctx.ordered(node.arguments, (n) => {
    const a = n as ts.Expression;
    if (ts.isSpreadElement(a)) {
      const item = ctx.temp("e");
      // Unpacked below (a Starred cannot be moved into a temporary by ctx.ordered).
      return { kind: "ListComp", elt: ctx.helperCall("js_fmt", [item]), generators: [{ target: item, iter: ctx.expr(a.expression), ifs: [] }] };
    }
    const constant = declaredFunctionText(ctx, a);
    if (constant) return py.str(constant);
    const v = ctx.expr(a);
    const t = typeOf(ctx, a);
    // Strings print as they are; numbers and booleans the way Node prints them.
    // A value typed string or boolean may still be undefined at run time (an unchecked index
    // read such as `words[10]`), so only expressions that always produce one print directly.
    if (isString(t)) {
      return alwaysString(a) ? v : ctx.helperCall("js_fmt", [v]);
    }
    void isNumber;
    if (isBoolean(t) && alwaysBoolean(a)) return py.ifExp(v, py.str("true"), py.str("false"));
    return ctx.helperCall("js_fmt", [v]);
  }).map((v, i) => (ts.isSpreadElement(node.arguments[i]) ? py.starred(v) : v));
  const toStderr = method === "error" || method === "warn";
  if (toStderr) return ctx.helperCall("js_error", args);
  return py.call(py.name("print"), args);
}
