// Array methods, lowered from the static type of the receiver (callbacks: callbacks.ts). Plain list operations where they
// agree with JavaScript (`xs.append(v)`, `len(xs)`, comprehensions for inline callbacks), helpers
// from tsmpy.array where JavaScript's rules need them (negative indices, clamping, strict
// equality, stable comparator sort, callbacks that take (value, index, array)).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import { isProtocolIterable } from "../functions/iteration";
import type { Context } from "../context";
import { unsupportedBuiltin } from "../../diagnostics/catalog";
import { builtinArgument } from "../../diagnostics/catalog";
import { isArray, isMatchArray, isNumber, isString, typeOf } from "../types";
import { truthTest } from "../truthiness";
import { isLibSymbol } from "../expressions/identifiers";
import { evaluatedOnceBefore } from "../expressions/position";
import { callbackArity, callbackExpr, comprehensionFor, inlineCallback, inlineComprehension, mentionsSymbol, orderedWithCallback } from "./callbacks";

// ---------- arrays ----------

const isIntLiteral = (e: py.Expr): boolean =>
  (e.kind === "Const" && typeof e.value === "number" && Number.isInteger(e.value) && !e.float) ||
  (e.kind === "UnaryOp" && e.op === "-" && isIntLiteral(e.operand));

/** `xs[a:b]` when the bounds are int literals (Python's slice clamps like JS), else js_slice. */
export function sliceOf(ctx: Context, obj: py.Expr, args: py.Expr[]): py.Expr {
  if (args.every(isIntLiteral) && args.length <= 2) {
    if (args.length === 0) return py.subscript(obj, { kind: "Slice" });
    return py.subscript(obj, { kind: "Slice", lower: args[0], upper: args[1] });
  }
  return ctx.helperCall("js_slice", [obj, ...args]);
}

const usedAsStatement = (node: ts.Node) => {
  let p = node.parent;
  while (p && ts.isParenthesizedExpression(p)) p = p.parent;
  return !!p && ts.isExpressionStatement(p);
};

function spreadFree(args: readonly ts.Expression[]) {
  return !args.some(ts.isSpreadElement);
}

/** Translates arguments in JS order after the receiver; spread arguments become `*xs`. */
function receiverAndArgs(ctx: Context, recv: ts.Expression, args: readonly ts.Expression[]): [py.Expr, py.Expr[]] {
  const [obj, ...rest] = ctx.ordered([recv, ...args], (n) => (ts.isSpreadElement(n) ? py.starred(ctx.expr(n.expression)) : ctx.expr(n)));
  return [obj, rest];
}

const CALLBACK_METHODS: Record<string, { helper: string; max: number }> = {
  map: { helper: "js_map", max: 3 },
  filter: { helper: "js_filter", max: 3 },
  forEach: { helper: "js_for_each", max: 3 },
  flatMap: { helper: "js_flat_map", max: 3 },
  find: { helper: "js_find", max: 3 },
  findIndex: { helper: "js_find_index", max: 3 },
  findLast: { helper: "js_find_last", max: 3 },
  findLastIndex: { helper: "js_find_last_index", max: 3 },
  some: { helper: "js_some", max: 3 },
  every: { helper: "js_every", max: 3 },
};

export function lowerArrayCall(ctx: Context, node: ts.CallExpression, recv: ts.Expression, name: string): py.Expr {
  const args = node.arguments;
  const callee = node.expression as ts.PropertyAccessExpression;
  const refuse = () => ctx.fail(unsupportedBuiltin(callee, "Array", name));
  const elemType = () => {
    const t = typeOf(ctx, recv).getNonNullableType();
    const ta = ctx.checker.getIndexTypeOfType(t, ts.IndexKind.Number);
    return ta;
  };
  const cb = Object.prototype.hasOwnProperty.call(CALLBACK_METHODS, name) ? CALLBACK_METHODS[name] : undefined;
  if (cb) {
    if (args.length < 1 || args.length > 1 || !spreadFree(args)) return refuse(); // thisArg not supported
    const inline = inlineComprehension(ctx, name, recv, args[0]);
    if (inline) return inline;
    const [obj, f] = orderedWithCallback(ctx, [recv, args[0]], args[0]);
    const arity = callbackArity(ctx, args[0], cb.max);
    if (name === "forEach" && usedAsStatement(node) && arity <= 2) {
      // A loop over the length the array had at the start, reading the current element.
      const fn = py.isSimple(f) ? f : ctx.toTemp(f, "f");
      const xs = py.isSimple(obj) ? obj : ctx.toTemp(obj, "xs");
      const i = ctx.temp("i");
      const callArgs = arity === 0 ? [] : arity === 1 ? [py.subscript(xs, i)] : [py.subscript(xs, i), i];
      ctx.addPre({
        kind: "For",
        target: i,
        iter: py.call(py.name("range"), [py.call(py.name("len"), [xs])]),
        body: [py.ifStmt(py.compare(i, ">=", py.call(py.name("len"), [xs])), [py.brk()]), py.exprStmt(py.call(fn, callArgs))],
      });
      return py.none();
    }
    return ctx.helperCall(cb.helper, [obj, f, py.num(arity)]);
  }
  switch (name) {
    case "push": {
      if (args.length === 0) return ctx.helperCall("js_push", [ctx.expr(recv)]);
      if (args.length === 1 && spreadFree(args) && usedAsStatement(node)) {
        const [obj, v] = ctx.ordered([recv, args[0]]);
        return py.call(py.attr(obj, "append"), [v]);
      }
      if (usedAsStatement(node)) {
        const [obj, vs] = receiverAndArgs(ctx, recv, args);
        if (vs.length === 1 && vs[0].kind === "Starred") return py.call(py.attr(obj, "extend"), [(vs[0] as py.Starred).value]);
        return py.call(py.attr(obj, "extend"), [py.list(vs)]);
      }
      const [obj, vs] = receiverAndArgs(ctx, recv, args);
      return ctx.helperCall("js_push", [obj, ...vs]);
    }
    case "pop":
    case "shift": {
      if (args.length) return refuse();
      const obj = ctx.expr(recv);
      if (usedAsStatement(node)) {
        // Value unused: only the removal matters (and none on an empty array).
        const xs = py.isSimple(obj) ? obj : ctx.toTemp(obj, "xs");
        ctx.addPre(py.ifStmt(xs, [py.exprStmt(py.call(py.attr(xs, "pop"), name === "shift" ? [py.num(0)] : []))]));
        return py.none();
      }
      if (name === "pop" && (py.isSimple(obj) || evaluatedOnceBefore(node))) {
        const xs = py.isSimple(obj) ? obj : ctx.toTemp(obj, "xs"); // `xs.pop() if xs else None`: undefined when empty
        return py.ifExp(xs, py.call(py.attr(xs, "pop"), []), py.none());
      }
      return ctx.helperCall(name === "pop" ? "js_pop" : "js_shift", [obj]);
    }
    case "unshift": {
      const [obj, vs] = receiverAndArgs(ctx, recv, args);
      if (usedAsStatement(node) && vs.length === 1 && vs[0].kind !== "Starred") return py.call(py.attr(obj, "insert"), [py.num(0), vs[0]]);
      return ctx.helperCall("js_unshift", [obj, ...vs]);
    }
    case "slice": {
      if (args.length > 2 || !spreadFree(args)) return refuse();
      const [obj, vs] = receiverAndArgs(ctx, recv, args);
      return sliceOf(ctx, obj, vs);
    }
    case "splice": {
      if (!spreadFree(args.slice(0, 2))) return refuse();
      const [obj, vs] = receiverAndArgs(ctx, recv, args);
      return ctx.helperCall("js_splice", [obj, ...vs]);
    }
    case "concat": {
      const [obj, vs] = receiverAndArgs(ctx, recv, args);
      if (args.every((a) => !ts.isSpreadElement(a) && isArray(ctx, typeOf(ctx, a)))) {
        if (vs.length === 0) return py.call(py.name("list"), [obj]);
        // MicroPython's list + refuses a list subclass (a match array) on its right.
        const plain = vs.map((v, i) => (typeMayBeMatchArray(ctx, typeOf(ctx, args[i])) ? py.call(py.name("list"), [v]) : v));
        return plain.reduce((acc, v) => py.binop(acc, "+", v), obj);
      }
      return ctx.helperCall("js_concat", [obj, ...vs]);
    }
    case "indexOf":
    case "lastIndexOf":
    case "includes": {
      if (args.length < 1 || args.length > 2 || !spreadFree(args)) return refuse();
      const [obj, vs] = receiverAndArgs(ctx, recv, args);
      const et = elemType();
      if (name === "includes" && args.length === 1 && et && isString(et) && isString(typeOf(ctx, args[0]))) {
        return py.compare(vs[0], "in", obj);
      }
      // A number that is not NaN is found by Python's == exactly when JS's SameValueZero finds it.
      const lit = vs[0];
      const notNaN = (lit.kind === "Const" && typeof lit.value === "number" && !Number.isNaN(lit.value)) || (lit.kind === "UnaryOp" && isIntLiteral(lit));
      if (name === "includes" && args.length === 1 && et && isNumber(et) && notNaN) return py.compare(lit, "in", obj);
      return ctx.helperCall(name === "indexOf" ? "js_index_of" : name === "lastIndexOf" ? "js_last_index_of" : "js_includes", [obj, ...vs]);
    }
    case "join": {
      if (args.length > 1 || !spreadFree(args)) return refuse();
      const [obj, vs] = receiverAndArgs(ctx, recv, args);
      const et = elemType();
      if (et && isString(et) && (args.length === 0 || isString(typeOf(ctx, args[0])))) {
        return py.call(py.attr(vs[0] ?? py.str(","), "join"), [obj]);
      }
      return ctx.helperCall("js_join", [obj, ...vs]);
    }
    case "reverse": {
      if (args.length) return refuse();
      const obj = ctx.expr(recv);
      if (usedAsStatement(node)) return py.call(py.attr(obj, "reverse"), []);
      return ctx.helperCall("js_reverse", [obj]);
    }
    case "sort": {
      if (args.length > 1 || !spreadFree(args)) return refuse();
      const [obj, vs] = receiverAndArgs(ctx, recv, args);
      const et = elemType();
      if (args.length === 0 && et && isString(et) && usedAsStatement(node)) {
        // Equal strings are indistinguishable, so an unstable sort is fine.
        return py.call(py.attr(obj, "sort"), []);
      }
      const numeric = args.length === 1 && et && isNumber(et) ? numericComparator(ctx, args[0]) : undefined;
      if (numeric) return ctx.helperCall("js_sort_num", numeric === "desc" ? [obj, py.bool(true)] : [obj]);
      if (vs.length === 1) {
        const arity = callbackArity(ctx, args[0], 2);
        if (arity !== 2) vs.push(py.num(arity));
      }
      return ctx.helperCall("js_sort", [obj, ...vs]);
    }
    case "reduce":
    case "reduceRight": {
      if (args.length < 1 || args.length > 2 || !spreadFree(args)) return refuse();
      const [obj, f, ...init] = orderedWithCallback(ctx, [recv, ...args], args[0]);
      const arity = callbackArity(ctx, args[0], 4);
      return ctx.helperCall(name === "reduce" ? "js_reduce" : "js_reduce_right", [obj, f, py.num(arity), ...init]);
    }
    case "flat": {
      if (args.length > 1) return refuse();
      const [obj, vs] = receiverAndArgs(ctx, recv, args);
      return ctx.helperCall("js_flat", [obj, ...vs]);
    }
    case "fill": {
      if (args.length < 1 || args.length > 3 || !spreadFree(args)) return refuse();
      const made = newArrayLength(ctx, recv);
      if (made && args.length === 1) {
        // new Array(n).fill(v) -> [v] * n (n first when v has effects: JS evaluates n first)
        const [n, v] = ctx.ordered([made, args[0]]);
        const len = isIntLiteral(n) && !(n.kind === "UnaryOp") ? n : ctx.helperCall("js_array_len", [n]);
        return py.isSimple(v) ? py.binop(py.list([v]), "*", len) : py.binop(len, "*", py.list([v]));
      }
      const [obj, vs] = receiverAndArgs(ctx, recv, args);
      return ctx.helperCall("js_fill", [obj, ...vs]);
    }
    case "at": {
      if (args.length !== 1) return refuse();
      const [obj, vs] = receiverAndArgs(ctx, recv, args);
      return ctx.helperCall("js_at", [obj, vs[0]]);
    }
    case "keys": {
      if (args.length) return refuse();
      return py.call(py.name("range"), [py.call(py.name("len"), [ctx.expr(recv)])]);
    }
    case "entries": {
      if (args.length) return refuse();
      const x = ctx.temp("x");
      const i = ctx.temp("i");
      return { kind: "ListComp", elt: py.list([i, x]), generators: [{ target: py.tuple([i, x]), iter: py.call(py.name("enumerate"), [ctx.expr(recv)]), ifs: [] }] };
    }
    case "values": {
      if (args.length) return refuse();
      return py.call(py.name("iter"), [ctx.expr(recv)]);
    }
    case "toString": {
      if (args.length) return refuse();
      return ctx.helperCall("js_str", [ctx.expr(recv)]);
    }
  }
  return refuse();
}

function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

/** The length argument of `new Array(n)` / `Array(n)` (one numeric argument), else undefined. */
function newArrayLength(ctx: Context, e: ts.Expression): ts.Expression | undefined {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (!ts.isNewExpression(e) && !ts.isCallExpression(e)) return undefined;
  const callee = e.expression;
  if (!ts.isIdentifier(callee) || callee.text !== "Array") return undefined;
  const sym = ctx.symbolAt(callee);
  if (!sym || !isLibSymbol(sym)) return undefined;
  const args = e.arguments ?? [];
  if (args.length !== 1 || ts.isSpreadElement(args[0]) || !isNumber(typeOf(ctx, args[0]))) return undefined;
  return args[0];
}

/** `(a, b) => a - b` is "asc", `(a, b) => b - a` is "desc"; anything else undefined. */
function numericComparator(ctx: Context, arg: ts.Expression): "asc" | "desc" | undefined {
  const fn = skipParens(arg);
  if (!ts.isArrowFunction(fn) || fn.parameters.length !== 2) return undefined;
  const [p, q] = fn.parameters;
  if (!ts.isIdentifier(p.name) || !ts.isIdentifier(q.name) || p.initializer || q.initializer || p.dotDotDotToken || q.dotDotDotToken) return undefined;
  let body: ts.Node = fn.body;
  if (ts.isBlock(body)) {
    if (body.statements.length !== 1 || !ts.isReturnStatement(body.statements[0]) || !body.statements[0].expression) return undefined;
    body = body.statements[0].expression;
  }
  body = skipParens(body as ts.Expression);
  if (!ts.isBinaryExpression(body) || body.operatorToken.kind !== ts.SyntaxKind.MinusToken) return undefined;
  const l = skipParens(body.left);
  const r = skipParens(body.right);
  if (!ts.isIdentifier(l) || !ts.isIdentifier(r)) return undefined;
  const ps = ctx.symbolAt(p.name);
  const qs = ctx.symbolAt(q.name);
  const ls = ctx.symbolAt(l);
  const rs = ctx.symbolAt(r);
  if (!ps || !qs) return undefined;
  if (ls === ps && rs === qs) return "asc";
  if (ls === qs && rs === ps) return "desc";
  return undefined;
}

function typeMayBeMatchArray(ctx: Context, t: ts.Type): boolean {
  const u = ctx.checker.getNonNullableType(t);
  return (u.isUnion() ? u.types : [u]).some((m) => isMatchArray(ctx, m));
}

/** `Array.isArray`, `Array.of`, `Array.from`. */
export function lowerArrayStatic(ctx: Context, node: ts.CallExpression, name: string): py.Expr {
  const args = node.arguments;
  const refuse = () => ctx.fail(unsupportedBuiltin(node.expression, "Array", name));
  switch (name) {
    case "isArray":
      if (args.length !== 1 || !spreadFree(args)) return refuse();
      return py.call(py.name("isinstance"), [ctx.expr(args[0]), py.name("list")]);
    case "of": {
      const vs = ctx.ordered(args, (a) => (ts.isSpreadElement(a) ? py.starred(ctx.expr(a.expression)) : ctx.expr(a)));
      return py.list(vs);
    }
    case "from": {
      if (args.length < 1 || args.length > 2 || !spreadFree(args)) return refuse();
      const src = args[0];
      const st = typeOf(ctx, src);
      // Array.from({ length: n }, fn)
      let s = src;
      while (ts.isParenthesizedExpression(s)) s = s.expression;
      if (ts.isObjectLiteralExpression(s) && s.properties.length === 1) {
        const p = s.properties[0];
        if (p.name && ts.isIdentifier(p.name) && p.name.text === "length" && (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) {
          const lenNode = ts.isPropertyAssignment(p) ? p.initializer : p.name;
          if (!isNumber(typeOf(ctx, lenNode))) return refuse();
          if (args.length === 2) {
            // Array.from({ length: n }, (_, i) => ...) -> [... for i in range(n)] when the value
            // parameter (always undefined) is not used.
            const fnNode = args[1];
            const inl = ctx.capture(() => {
              const n = ctx.expr(lenNode);
              const c = inlineCallback(ctx, fnNode, undefined, 2);
              return c && { n, c };
            });
            const fnDecl = skipParens(fnNode) as ts.ArrowFunction;
            if (inl.value && (fnDecl.parameters.length === 0 || !mentionsSymbol(ctx, fnDecl.body, ctx.symbolAt(fnDecl.parameters[0].name)))) {
              ctx.addPre(...inl.pre);
              const { n, c } = inl.value;
              const count = isIntLiteral(n) ? n : ctx.helperCall("js_int_arg", [n]);
              const target = c.params.length === 2 ? c.params[1] : ctx.temp("i");
              return { kind: "ListComp", elt: c.body, generators: [{ target, iter: py.call(py.name("range"), [count]), ifs: [] }] };
            }
          }
          const [n, f] = orderedWithCallback(ctx, args.length === 2 ? [lenNode, args[1]] : [lenNode], args[1]);
          const range = py.call(py.name("range"), [isIntLiteral(n) ? n : ctx.helperCall("js_int_arg", [n])]);
          if (!f) return py.binop(py.list([py.none()]), "*", isIntLiteral(n) ? n : ctx.helperCall("js_int_arg", [n]));
          const arity = callbackArity(ctx, args[1], 2);
          const i = ctx.temp("i");
          const fn = py.isSimple(f) ? f : ctx.toTemp(f, "f");
          const callArgs = arity === 0 ? [] : arity === 1 ? [py.none()] : [py.none(), i];
          return { kind: "ListComp", elt: py.call(fn, callArgs), generators: [{ target: i, iter: range, ifs: [] }] };
        }
      }
      if (!isArray(ctx, st) && !isString(st)) {
        const lib = st.getNonNullableType().getSymbol()?.name ?? "";
        if (lib !== "Set" && lib !== "Map" && !/Iterator$|^Generator$/.test(lib) && !isProtocolIterable(ctx, st)) return ctx.fail(builtinArgument(src, "Array.from", "an array, a string, a Set, a Map or { length: n }"));
      }
      if (args.length === 1) return py.call(py.name("list"), [ctx.expr(src)]);
      const inline = ctx.capture(() => {
        const obj = ctx.expr(src);
        const c = inlineCallback(ctx, args[1], src, 2);
        return c && { obj, c };
      });
      if (inline.value) {
        ctx.addPre(...inline.pre);
        const { obj, c } = inline.value;
        return { kind: "ListComp", elt: c.body, generators: [comprehensionFor(ctx, c, obj).gen] };
      }
      const [obj, f] = orderedWithCallback(ctx, [src, args[1]], args[1]);
      return ctx.helperCall("js_array_from", [obj, f, py.num(callbackArity(ctx, args[1], 2))]);
    }
  }
  return refuse();
}

/** `new Array(n)`, `new Array(a, b)`, `Array(n)`. */
export function lowerArrayConstruct(ctx: Context, node: ts.NewExpression | ts.CallExpression): py.Expr {
  const args = node.arguments ?? [];
  if (!spreadFree(args)) return ctx.fail(unsupportedBuiltin(node, "Array", "constructor"));
  const vs = ctx.ordered(args);
  if (args.length === 1 && isNumber(typeOf(ctx, args[0]))) {
    const n = vs[0];
    if (n.kind === "Const" && typeof n.value === "number" && Number.isInteger(n.value) && n.value >= 0) return py.binop(py.list([py.none()]), "*", n);
    return ctx.helperCall("js_new_array", [n]);
  }
  if (args.length === 1 && !isString(typeOf(ctx, args[0]))) return ctx.fail(builtinArgument(node, "new Array", "a number or several elements"));
  return py.list(vs);
}
