// Regular expressions: literals (and `new RegExp` of constant strings) are translated once for
// MicroPython's re (regex-syntax.ts) into a module-level constant `_reN = js_RegExp(pattern,
// groups, source, flags)`; evaluating the literal as a value makes a fresh object sharing the
// compiled pattern (`_reN._fresh()`), since each evaluation of a JS literal is a new RegExp with
// its own lastIndex. Direct uses that never read or write lastIndex (`s.replace(/x/g, ...)`,
// `/x/.test(s)`) take the constant itself. The methods are helpers of tsmpy.regex:
//   re.test/exec, s.match/matchAll/replace/replaceAll/search/split with a RegExp,
//   re.source/flags/global/lastIndex, match arrays' index/input/groups.
// A regex literal whose source is plain text keeps the string fast paths of string.ts.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { regexArgument, regexDynamic, regexNotGlobal, regexSyntax, unsupportedBuiltin } from "../../diagnostics/catalog";
import { libTypeName, typeOf, isString } from "../types";
import { RegexRefusal, translateRegex } from "./regex-syntax";
import { callbackArity, orderedWithCallback } from "./callbacks";
import type { VisitorGroup } from "../visitors";

const SK = ts.SyntaxKind;

interface RegexConstant {
  name: py.Name;
  global: boolean;
}

/** The module-level constant for a source and flags (translated and emitted once per file). */
function constantFor(ctx: Context, node: ts.Node, source: string, flags: string): RegexConstant {
  let table = ctx.memo.get("regex.constants") as Map<string, string> | undefined;
  if (!table) ctx.memo.set("regex.constants", (table = new Map()));
  const key = `/${source}/${flags}`;
  const global = flags.includes("g");
  const known = table.get(key);
  if (known) return { name: py.name(known), global };
  let t;
  try {
    t = translateRegex(source, flags);
  } catch (e) {
    if (e instanceof RegexRefusal) return ctx.fail(regexSyntax(node, e.feature));
    throw e;
  }
  const id = ctx.temp("re").id;
  table.set(key, id);
  const args = [py.str(t.pattern), py.num(t.groups), py.str(source), py.str(canonicalFlags(flags))];
  ctx.moduleHoisted.push(py.assign(py.name(id), py.call(ctx.helper("js_RegExp"), args)));
  return { name: py.name(id), global };
}

/** JS lists flags in the order "dgimsuvy" whatever the literal's order. */
function canonicalFlags(flags: string): string {
  return [..."dgimsuvy"].filter((f) => flags.includes(f)).join("");
}

function literalParts(node: ts.RegularExpressionLiteral): { source: string; flags: string } {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(node.text)!;
  return { source: m[1], flags: m[2] };
}

/** `new RegExp("...", "...")` with constant strings: its source and flags. */
function constructedParts(ctx: Context, node: ts.NewExpression | ts.CallExpression): { source: string; flags: string } {
  const args = node.arguments ?? [];
  const constant = (e: ts.Expression | undefined): string | undefined => {
    if (!e) return "";
    const t = ctx.checker.getTypeAtLocation(e);
    return t.isStringLiteral() && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isIdentifier(e)) ? t.value : undefined;
  };
  const pattern = constant(args[0]);
  const flags = constant(args[1]);
  if (args.length > 2 || pattern === undefined || flags === undefined) return ctx.fail(regexDynamic(node, "A RegExp built from a value known only at run time"));
  if (/[\n\r\u2028\u2029]/.test(pattern)) return ctx.fail(regexSyntax(node, "a line terminator in its pattern string"));
  // The source JS reports escapes the slashes (EscapeRegExpPattern); "" is "(?:)".
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      source += c + (pattern[i + 1] ?? "");
      i++;
    } else source += c === "/" ? "\\/" : c;
  }
  return { source: source || "(?:)", flags };
}

/** The RegExp an expression stands for: a literal's constant (no copy), or the value. */
function regexOperand(ctx: Context, e: ts.Expression, needsOwnObject: boolean): { expr: py.Expr; global?: boolean } {
  let n = e;
  while (ts.isParenthesizedExpression(n)) n = n.expression;
  if (ts.isRegularExpressionLiteral(n)) {
    const { source, flags } = literalParts(n);
    const c = constantFor(ctx, n, source, flags);
    return { expr: needsOwnObject && c.global ? py.call(py.attr(c.name, "_fresh"), []) : c.name, global: c.global };
  }
  return { expr: ctx.expr(e) };
}

export function isRegExpType(ctx: Context, t: ts.Type): boolean {
  return libTypeName(ctx, t) === "RegExp";
}

function isRegexNode(ctx: Context, e: ts.Expression): boolean {
  let n = e;
  while (ts.isParenthesizedExpression(n)) n = n.expression;
  return ts.isRegularExpressionLiteral(n) || isRegExpType(ctx, typeOf(ctx, e));
}

const STRING_METHODS = new Set(["match", "matchAll", "replace", "replaceAll", "search", "split"]);

/**
 * `s.replace(re, ...)` and the other string methods given a RegExp; undefined when the call has
 * no RegExp argument or string.ts's plain-text fast path applies (`plain`).
 */
export function lowerStringRegexCall(ctx: Context, node: ts.CallExpression, recv: ts.Expression, name: string, plain: boolean): py.Expr | undefined {
  const args = node.arguments;
  if (!STRING_METHODS.has(name) || args.length === 0 || !isRegexNode(ctx, args[0]) || args.some(ts.isSpreadElement)) return undefined;
  if (plain && (name === "replace" || name === "replaceAll" || name === "split")) return undefined;
  const callee = node.expression as ts.PropertyAccessExpression;
  const re = regexOperand(ctx, args[0], false);
  if ((name === "matchAll" || name === "replaceAll") && re.global === false) return ctx.fail(regexNotGlobal(args[0], `String.${name}`));
  switch (name) {
    case "match":
    case "matchAll":
    case "search": {
      if (args.length !== 1) return ctx.fail(unsupportedBuiltin(callee, "String", `${name} with more than one argument`));
      const [s, r] = ctx.ordered([recv, args[0]], (n) => (n === args[0] ? re.expr : ctx.expr(n)));
      const helper = name === "match" ? "js_str_match" : name === "matchAll" ? "js_str_match_all" : "js_str_search";
      return ctx.helperCall(helper, [s, r]);
    }
    case "split": {
      if (args.length > 2) return ctx.fail(unsupportedBuiltin(callee, "String", "split with more than two arguments"));
      const vs = ctx.ordered([recv, ...args], (n) => (n === args[0] ? re.expr : ctx.expr(n)));
      return ctx.helperCall("js_str_split", vs);
    }
    default: {
      if (args.length !== 2) return ctx.fail(unsupportedBuiltin(callee, "String", `${name} with ${args.length} arguments`));
      const repType = typeOf(ctx, args[1]);
      const fn = !isString(repType);
      if (fn && repType.getNonNullableType().getCallSignatures().length === 0) return ctx.fail(unsupportedBuiltin(callee, "String", `${name} with a non-string replacement`));
      const [s, r, rep] = fn
        ? orderedWithCallback(ctx, [recv, args[0], args[1]], args[1]).map((v, i) => (i === 1 ? re.expr : v))
        : ctx.ordered([recv, args[0], args[1]], (n) => (n === args[0] ? re.expr : ctx.expr(n)));
      const extra = fn ? [py.num(callbackArity(ctx, args[1], 64))] : [];
      return ctx.helperCall("js_str_replace", [s, r, rep, ...extra]);
    }
  }
}

/** `re.test(s)`, `re.exec(s)`, `re.toString()`; undefined when the receiver is no RegExp. */
export function lowerRegExpCall(ctx: Context, node: ts.CallExpression, recv: ts.Expression, name: string): py.Expr | undefined {
  if (!isRegexNode(ctx, recv)) return undefined;
  const callee = node.expression as ts.PropertyAccessExpression;
  const args = node.arguments;
  if (args.some(ts.isSpreadElement)) return ctx.fail(unsupportedBuiltin(callee, "RegExp", name));
  if ((name === "test" || name === "exec") && args.length === 1) {
    const re = regexOperand(ctx, recv, true);
    const [r, s] = ctx.ordered([recv, args[0]], (n) => (n === recv ? re.expr : ctx.expr(n)));
    const str = isString(typeOf(ctx, args[0])) ? s : ctx.helperCall("js_str", [s]);
    return ctx.helperCall(name === "test" ? "js_re_test" : "js_re_exec", [r, str]);
  }
  if (name === "toString" && args.length === 0) return py.call(py.name("str"), [regexOperand(ctx, recv, false).expr]);
  return ctx.fail(unsupportedBuiltin(callee, "RegExp", name));
}

const PROPERTIES: Record<string, (r: py.Expr) => py.Expr> = {
  source: (r) => py.attr(r, "source"),
  flags: (r) => py.attr(r, "flags"),
  lastIndex: (r) => py.attr(r, "lastIndex"),
  global: (r) => py.attr(r, "_jsg"),
  ignoreCase: (r) => py.compare(py.str("i"), "in", py.attr(r, "flags")),
  multiline: (r) => py.compare(py.str("m"), "in", py.attr(r, "flags")),
  dotAll: (r) => py.compare(py.str("s"), "in", py.attr(r, "flags")),
  sticky: () => py.bool(false),
  unicode: () => py.bool(false),
  hasIndices: () => py.bool(false),
};

/** `re.source` and the other RegExp properties; `m.index`/`m.input`/`m.groups` of a match array. */
export function lowerRegexProperty(ctx: Context, node: ts.PropertyAccessExpression, t: ts.Type): py.Expr | undefined {
  const name = node.name.text;
  if (isRegexNode(ctx, node.expression)) {
    const p = PROPERTIES[name];
    if (!p) return ctx.fail(unsupportedBuiltin(node, "RegExp", name));
    return p(regexOperand(ctx, node.expression, false).expr);
  }
  const lib = libTypeName(ctx, t);
  if ((lib === "RegExpMatchArray" || lib === "RegExpExecArray") && (name === "index" || name === "input" || name === "groups")) {
    // exec() and non-global match() arrays have them; a global match() gives a plain array.
    if (lib === "RegExpExecArray") return py.attr(ctx.expr(node.expression), name);
    return ctx.helperCall("js_match_attr", [ctx.expr(node.expression), py.str(name)]);
  }
  return undefined;
}

/** `new RegExp("...", "...")` with constant strings. */
export function lowerRegExpNew(ctx: Context, node: ts.NewExpression | ts.CallExpression): py.Expr {
  const { source, flags } = constructedParts(ctx, node);
  const c = constantFor(ctx, node, source, flags);
  return py.call(py.attr(c.name, "_fresh"), []);
}

function regexLiteral(node: ts.RegularExpressionLiteral, ctx: Context): py.Expr {
  const { source, flags } = literalParts(node);
  const c = constantFor(ctx, node, source, flags);
  return py.call(py.attr(c.name, "_fresh"), []);
}

/** A regex argument to a string method that takes none (`includes`, `startsWith`...): refused. */
export function refuseRegexArgument(ctx: Context, e: ts.Expression, member: string) {
  if (isRegexNode(ctx, e)) ctx.fail(regexArgument(e, member));
}

export const regexVisitors: VisitorGroup = {
  expressions: {
    [SK.RegularExpressionLiteral]: regexLiteral,
  },
};
