// String methods and the String namespace, lowered from the static type of the receiver.
// Python's str methods where they agree with JavaScript, helpers from tsmpy.string otherwise.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { localeCompare, regexArgument, unsupportedBuiltin } from "../../diagnostics/catalog";
import { isFunctionType, isString, typeOf } from "../types";
import { sliceOf } from "./array";
import { toJsString } from "../expressions/convert";
import { lowerStringRegexCall } from "./regex";

const spreadFree = (args: readonly ts.Expression[]) => !args.some(ts.isSpreadElement);

/** A regex literal with no flags other than `g` whose source is plain text: that text. */
function plainRegex(node: ts.Expression): { text: string; global: boolean } | undefined {
  if (!ts.isRegularExpressionLiteral(node)) return undefined;
  const m = /^\/(.*)\/([a-z]*)$/s.exec(node.text);
  if (!m || m[2].replace("g", "") !== "") return undefined;
  const src = m[1];
  let out = "";
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      const d = src[++i];
      if (d === undefined || /[A-Za-z0-9]/.test(d)) return undefined;
      out += d;
    } else if ("^$.*+?()[]{}|".includes(c)) return undefined;
    else out += c;
  }
  return { text: out, global: m[2].includes("g") };
}

const strLit = (e: py.Expr): e is py.Const & { value: string } => e.kind === "Const" && typeof e.value === "string";

export function lowerStringCall(ctx: Context, node: ts.CallExpression, recv: ts.Expression, name: string): py.Expr {
  const args = node.arguments;
  const callee = node.expression as ts.PropertyAccessExpression;
  const refuse = () => ctx.fail(unsupportedBuiltin(callee, "String", name));
  // A RegExp argument goes to regex.ts, except a literal of plain text where a string does.
  const plain = args.length > 0 && ts.isRegularExpressionLiteral(args[0]) ? plainRegex(args[0]) : undefined;
  const plainUsable = !!plain && !(name === "split" && plain.global) && !(name === "replaceAll" && !plain.global);
  const viaRegex = lowerStringRegexCall(ctx, node, recv, name, plainUsable);
  if (viaRegex) return viaRegex;
  if (!spreadFree(args) && name !== "concat") return refuse();
  const nArgs = (lo: number, hi: number) => {
    if (args.length < lo || args.length > hi) refuse();
  };
  // Arguments that JS converts to strings: plain when typed string.
  const strArg = (i: number, v: py.Expr) => (isString(typeOf(ctx, args[i])) ? v : toJsString(ctx, args[i], v));
  const regexCheck = (i: number) => {
    const a = args[i];
    if (!a) return undefined;
    if (ts.isRegularExpressionLiteral(a)) {
      const p = plainRegex(a);
      if (!p) ctx.fail(regexArgument(a, `String.${name}`));
      return p;
    }
    const t = typeOf(ctx, a);
    if (t.getSymbol()?.name === "RegExp") ctx.fail(regexArgument(a, `String.${name}`));
    return undefined;
  };
  switch (name) {
    case "charAt":
    case "charCodeAt":
    case "codePointAt": {
      nArgs(0, 1);
      const [s, ...vs] = ctx.ordered([recv, ...args]);
      return ctx.helperCall(name === "charAt" ? "js_char_at" : name === "charCodeAt" ? "js_char_code_at" : "js_code_point_at", [s, ...vs]);
    }
    case "at": {
      nArgs(1, 1);
      const [s, i] = ctx.ordered([recv, args[0]]);
      return ctx.helperCall("js_at", [s, i]);
    }
    case "indexOf":
    case "lastIndexOf": {
      nArgs(1, 2);
      const [s, sub, ...rest] = ctx.ordered([recv, ...args]);
      if (rest.length === 0 && isString(typeOf(ctx, args[0]))) return py.call(py.attr(s, name === "indexOf" ? "find" : "rfind"), [sub]);
      return ctx.helperCall(name === "indexOf" ? "js_str_index_of" : "js_str_last_index_of", [s, sub, ...rest]);
    }
    case "includes": {
      nArgs(1, 2);
      regexCheck(0);
      const [s, sub, ...rest] = ctx.ordered([recv, ...args]);
      if (rest.length === 0) return py.compare(strArg(0, sub), "in", s);
      return py.compare(ctx.helperCall("js_str_index_of", [s, sub, ...rest]), ">=", py.num(0));
    }
    case "startsWith":
    case "endsWith": {
      nArgs(1, 2);
      regexCheck(0);
      const [s, sub, ...rest] = ctx.ordered([recv, ...args]);
      if (rest.length === 0) return py.call(py.attr(s, name === "startsWith" ? "startswith" : "endswith"), [strArg(0, sub)]);
      return ctx.helperCall(name === "startsWith" ? "js_starts_with" : "js_ends_with", [s, sub, ...rest]);
    }
    case "slice": {
      nArgs(0, 2);
      const [s, ...vs] = ctx.ordered([recv, ...args]);
      return sliceOf(ctx, s, vs);
    }
    case "substring":
    case "substr": {
      nArgs(0, 2);
      const [s, ...vs] = ctx.ordered([recv, ...args]);
      const nonNeg = (e: py.Expr) => e.kind === "Const" && typeof e.value === "number" && Number.isInteger(e.value) && e.value >= 0;
      if (name === "substring" && vs.length === 1 && nonNeg(vs[0])) return py.subscript(s, { kind: "Slice", lower: vs[0] });
      return ctx.helperCall(name === "substring" ? "js_substring" : "js_substr", [s, ...vs]);
    }
    case "split": {
      nArgs(0, 2);
      const re = regexCheck(0);
      if (re && re.global) return ctx.fail(regexArgument(args[0], "String.split"));
      const [s, ...vs] = ctx.ordered([recv, ...args.slice(0, re ? 0 : args.length)]);
      if (re) {
        if (args[1]) vs.push(ctx.expr(args[1]));
        vs.unshift(py.str(re.text));
      }
      if (vs.length === 0) return py.list([s]);
      if (vs.length === 1 && strLit(vs[0])) {
        if (vs[0].value === "") return py.call(py.name("list"), [s]);
        return py.call(py.attr(s, "split"), [vs[0]]);
      }
      return ctx.helperCall("js_split", [s, ...vs]);
    }
    // MicroPython's strip() and upper()/lower() only know ASCII: trim strips JS's whitespace set,
    // case conversion goes through helpers with an ASCII fast path (literals are folded here).
    case "trim":
      nArgs(0, 0);
      return py.call(py.attr(ctx.expr(recv), "strip"), [ctx.helper("js_ws")]);
    case "trimStart":
    case "trimLeft":
      nArgs(0, 0);
      return py.call(py.attr(ctx.expr(recv), "lstrip"), [ctx.helper("js_ws")]);
    case "trimEnd":
    case "trimRight":
      nArgs(0, 0);
      return py.call(py.attr(ctx.expr(recv), "rstrip"), [ctx.helper("js_ws")]);
    case "toUpperCase":
    case "toLowerCase": {
      nArgs(0, 0);
      const v = ctx.expr(recv);
      if (strLit(v)) return py.str(name === "toUpperCase" ? v.value.toUpperCase() : v.value.toLowerCase());
      return ctx.helperCall(name === "toUpperCase" ? "js_upper" : "js_lower", [v]);
    }
    case "toString":
    case "valueOf":
      nArgs(0, 0);
      return ctx.expr(recv);
    case "replace":
    case "replaceAll": {
      nArgs(2, 2);
      const re = regexCheck(0);
      let all = name === "replaceAll";
      if (re) {
        if (all && !re.global) return ctx.fail(regexArgument(args[0], `String.${name}`));
        all = re.global;
      }
      const [s, ...vs] = ctx.ordered(re ? [recv, args[1]] : [recv, ...args]);
      const pat = re ? py.str(re.text) : vs[0];
      const rep = re ? vs[0] : vs[1];
      const repType = typeOf(ctx, args[1]);
      if (strLit(pat) && strLit(rep) && !rep.value.includes("$") && (all || pat.value !== "")) {
        return py.call(py.attr(s, "replace"), all ? [pat, rep] : [pat, rep, py.num(1)]);
      }
      if (!isString(repType) && !isFunctionType(repType)) return ctx.fail(unsupportedBuiltin(callee, "String", `${name} with a non-string replacement`));
      return ctx.helperCall(all ? "js_replace_all" : "js_replace", [s, pat, rep]);
    }
    case "padStart":
    case "padEnd": {
      nArgs(1, 2);
      const [s, ...vs] = ctx.ordered([recv, ...args]);
      return ctx.helperCall(name === "padStart" ? "js_pad_start" : "js_pad_end", [s, ...vs]);
    }
    case "repeat": {
      nArgs(1, 1);
      const [s, n] = ctx.ordered([recv, args[0]]);
      if (n.kind === "Const" && typeof n.value === "number" && Number.isInteger(n.value) && n.value >= 0) return py.binop(s, "*", n);
      return ctx.helperCall("js_repeat", [s, n]);
    }
    case "concat": {
      const [s, ...vs] = ctx.ordered([recv, ...args], (a) => (ts.isSpreadElement(a) ? py.starred(ctx.expr(a.expression)) : ctx.expr(a)));
      if (spreadFree(args)) return vs.reduce<py.Expr>((acc, v, i) => py.binop(acc, "+", strArg(i, v)), s);
      return ctx.helperCall("js_str_concat", [s, ...vs]);
    }
    case "localeCompare":
      return ctx.fail(localeCompare(callee));
  }
  return refuse();
}

/** `String.fromCharCode(...)`. */
export function lowerStringStatic(ctx: Context, node: ts.CallExpression, name: string): py.Expr {
  if (name === "fromCharCode") {
    const vs = ctx.ordered(node.arguments, (a) => (ts.isSpreadElement(a) ? py.starred(ctx.expr(a.expression)) : ctx.expr(a)));
    if (vs.length === 1 && vs[0].kind === "Const" && typeof vs[0].value === "number" && Number.isInteger(vs[0].value) && vs[0].value >= 0 && vs[0].value < 0xd800) {
      return py.call(py.name("chr"), vs);
    }
    return ctx.helperCall("js_from_char_code", vs);
  }
  return ctx.fail(unsupportedBuiltin(node.expression, "String", name));
}

/** `String(x)`. */
export function lowerStringConversion(ctx: Context, node: ts.CallExpression): py.Expr {
  if (node.arguments.length === 0) return py.str("");
  if (!spreadFree(node.arguments)) return ctx.fail(unsupportedBuiltin(node, "String", "call with spread"));
  const vs = ctx.ordered(node.arguments);
  return toJsString(ctx, node.arguments[0], vs[0]);
}
