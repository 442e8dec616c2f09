// Property and element access, and assignment targets.
//
// How an object is represented decides how it is accessed (see docs/design.md):
// - class instances and objects with named properties (object literals, interfaces) are Python
//   objects: `o.x`; a property name that is not a Python identifier goes through getattr/setattr;
// - records (index-signature-only types such as Record<string, T>) are ordered dicts: `o.get(k)`
//   reads (undefined when missing, as in JS), `o[k] = v` writes;
// - arrays and strings are lists and str: `len(xs)`, `xs[i]`;
// - built-in namespaces and members (Math.PI, xs.length) are lowered by the builtins tables.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import type { Place } from "./assignment";
import { plainAttr } from "../../python/names";
import { isAnyLike, isArray, isNumber, isPythonBuffer, isRecord, isString, pythonTuple, testedForUndefined, typeOf } from "../types";
import { consumedAtOnce, consumer, inLoopRange } from "../unchecked";
import { isInt, isNonNegativeInt } from "../analysis/numeric";
import { lowerBuiltinProperty } from "../builtins";
import { iteratorAccess, unsupportedFeature, wellKnownSymbol as wellKnownSymbolDiagnostic } from "../../diagnostics/catalog";
import { ITERATOR_KEY, hasProgramIterator, wellKnownSymbol } from "../functions/iteration";
import { optionalChain, isOptionalChainRoot } from "./optional";
import { superProperty, superPropertyWrite } from "../classes/super";
import { guardedRead, guardedWrite } from "./index-guard";
import { evaluatedOnceBefore } from "./position";

const SK = ts.SyntaxKind;

/** `obj.name` for an object held in `obj`, spelled as Python allows. */
export function getAttr(obj: py.Expr, propName: string): py.Expr {
  const a = plainAttr(propName);
  if (a) return py.attr(obj, a);
  return py.call(py.name("getattr"), [obj, py.str(propName)]);
}

export function setAttr(obj: py.Expr, propName: string, value: py.Expr): py.Stmt {
  const a = plainAttr(propName);
  if (a) return py.assign(py.attr(obj, a), value);
  return py.exprStmt(py.call(py.name("setattr"), [obj, py.str(propName), value]));
}

function constantValueOf(ctx: Context, node: ts.PropertyAccessExpression | ts.ElementAccessExpression): py.Expr | undefined {
  // const enum members and enum members with constant values are inlined when the enum is const.
  const sym = ctx.symbolAt(ts.isPropertyAccessExpression(node) ? node.name : node.argumentExpression);
  const decl = sym?.valueDeclaration;
  if (decl && ts.isEnumMember(decl)) {
    const enumDecl = decl.parent;
    const isConst = ts.getCombinedModifierFlags(enumDecl) & ts.ModifierFlags.Const;
    if (isConst) {
      const v = ctx.checker.getConstantValue(decl);
      if (v !== undefined) return typeof v === "number" ? py.num(v) : py.str(v);
    }
  }
  return undefined;
}

function propertyAccess(node: ts.PropertyAccessExpression, ctx: Context): py.Expr {
  if (isOptionalChainRoot(node)) return optionalChain(node, ctx);
  const inlined = constantValueOf(ctx, node);
  if (inlined) return inlined;
  const builtin = lowerBuiltinProperty(ctx, node);
  if (builtin) return builtin;
  // `super.x` reads the base class's accessor (or attribute): the classes group knows how.
  if (node.expression.kind === SK.SuperKeyword) return superProperty(node, ctx);
  const objType = typeOf(ctx, node.expression);
  const obj = ctx.expr(node.expression);
  const propName = node.name.text;
  if (isRecord(ctx, objType)) return py.call(py.attr(obj, "get"), [py.str(propName)]);
  if (isAnyLike(objType)) return ctx.helperCall("js_getprop", [obj, py.str(propName)]);
  return getAttr(obj, propName);
}

/** `xs[i]` / `s[i]`: a plain subscript only when the index is a non-negative int and an out-of-range read could not go unnoticed. */
function indexRead(ctx: Context, node: ts.ElementAccessExpression, obj: py.Expr, key: py.Expr): py.Expr {
  if (isNonNegativeInt(ctx, node.argumentExpression) && (consumedAtOnce(ctx, node) || inLoopRange(ctx, node))) return py.subscript(obj, key);
  if (!isNumber(typeOf(ctx, node.argumentExpression))) return ctx.helperCall("js_getprop", [obj, key]);
  // `v = this.xs[i]`: the array to a temporary first, then the bounds test (a try, see index-guard.ts).
  if (obj.kind === "Attribute" && py.isSimple(key) && storedAtOnce(node) && isInt(ctx, node.argumentExpression) && evaluatedOnceBefore(node)) obj = ctx.toTemp(obj);
  // `xs[i + 1]`: a computed int index (arithmetic on names only) to a temporary, then the test.
  if (obj.kind === "Name" && !py.isSimple(key) && arithmeticOfNames(key) && isInt(ctx, node.argumentExpression) && evaluatedOnceBefore(node)) key = ctx.toTemp(key);
  return guardedRead(ctx, node.argumentExpression, obj, key) ?? ctx.helperCall("js_get", [obj, key]);
}

function arithmeticOfNames(e: py.Expr): boolean {
  if (e.kind === "Name" || e.kind === "Const") return true;
  if (e.kind === "BinOp") return arithmeticOfNames(e.left) && arithmeticOfNames(e.right);
  return e.kind === "UnaryOp" && arithmeticOfNames(e.operand);
}

/** The whole value of `const v = e` or of the statement `v = e`. */
function storedAtOnce(node: ts.Node): boolean {
  const { p } = consumer(node);
  if (!p) return false;
  if (ts.isVariableDeclaration(p)) return true;
  return ts.isBinaryExpression(p) && p.operatorToken.kind === SK.EqualsToken && ts.isExpressionStatement(p.parent);
}

/** A record key: JS property keys are strings, so numeric keys are spelled as String(k) does. */
function recordKey(ctx: Context, keyNode: ts.Expression, key: py.Expr): py.Expr {
  if (!isNumber(typeOf(ctx, keyNode))) return key;
  if (key.kind === "Const" && typeof key.value === "number") return py.str(String(key.value));
  // A key cast to number from something else (`rec[k as unknown as number]` with a for-in string
  // key) may be a string at run time: js_str spells either, js_num_str fails on a string.
  let inner = keyNode;
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner) || ts.isTypeAssertionExpression(inner) || ts.isNonNullExpression(inner) || ts.isSatisfiesExpression(inner)) inner = inner.expression;
  if (inner !== keyNode && !isNumber(typeOf(ctx, inner))) return ctx.helperCall("js_str", [key]);
  return ctx.helperCall("js_num_str", [key]);
}

function elementAccess(node: ts.ElementAccessExpression, ctx: Context): py.Expr {
  if (isOptionalChainRoot(node)) return optionalChain(node, ctx);
  const inlined = constantValueOf(ctx, node);
  if (inlined) return inlined;
  const objType = typeOf(ctx, node.expression);
  const symbol = wellKnownSymbol(ctx, node.argumentExpression);
  if (symbol !== undefined) {
    // `o[Symbol.iterator]`: the member a program class or literal defines (functions/iteration.ts).
    if (symbol !== "iterator") return ctx.fail(wellKnownSymbolDiagnostic(node.argumentExpression, symbol));
    if (!hasProgramIterator(ctx, objType)) return ctx.fail(iteratorAccess(node, ctx.checker.typeToString(objType)));
    return py.attr(ctx.expr(node.expression), ITERATOR_KEY);
  }
  const [obj, key] = ctx.ordered([node.expression, node.argumentExpression]);
  if (isArray(ctx, objType) || isString(objType)) return indexRead(ctx, node, obj, key);
  // Python tuples and byte buffers from device APIs (stubs/_python.d.ts) index like arrays.
  if (isNumber(typeOf(ctx, node.argumentExpression)) && (pythonTuple(ctx, objType) || isPythonBuffer(ctx, objType))) return indexRead(ctx, node, obj, key);
  if (isRecord(ctx, objType)) return py.call(py.attr(obj, "get"), [recordKey(ctx, node.argumentExpression, key)]);
  if (key.kind === "Const" && typeof key.value === "string" && !isAnyLike(objType)) return getAttr(obj, key.value);
  return ctx.helperCall("js_getprop", [obj, key]);
}

/** Evaluates an expression once for a read-modify-write: names stay, other values go to temporaries. */
function once(ctx: Context, e: py.Expr): py.Expr {
  return py.isSimple(e) ? e : ctx.toTemp(e);
}

/** The place an assignment writes to. */
export function assignmentTarget(ctx: Context, node: ts.Expression): Place {
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) node = node.expression;
  if (ts.isIdentifier(node)) {
    const n = ctx.expr(node);
    if (n.kind !== "Name") return ctx.fail(unsupportedFeature(node, `Assigning to '${node.text}'`));
    return { read: () => n, write: (v) => py.assign(n, v), name: n, target: n };
  }
  if (ts.isPropertyAccessExpression(node)) {
    if (node.expression.kind === SK.SuperKeyword) {
      const target = node;
      return { read: () => superProperty(target, ctx), write: (v) => superPropertyWrite(target, ctx, v) };
    }
    const objType = typeOf(ctx, node.expression);
    const propName = node.name.text;
    if (isArray(ctx, objType) && propName === "length") {
      const obj = once(ctx, ctx.expr(node.expression));
      return {
        read: () => py.call(py.name("len"), [obj]),
        // `xs.length = 0` empties the array; other lengths go through js_setlen, which truncates,
        // raises RangeError for invalid lengths and refuses to grow the array (JS would leave holes;
        // a plain `del xs[n:]` silently ignored growth and wrapped negative lengths).
        write: (v) =>
          v.kind === "Const" && v.value === 0
            ? { kind: "Delete", targets: [py.subscript(obj, { kind: "Slice", lower: v })] }
            : py.exprStmt(ctx.helperCall("js_setlen", [obj, v])),
      };
    }
    const obj = once(ctx, ctx.expr(node.expression));
    if (isRecord(ctx, objType)) {
      const key = py.str(propName);
      return { read: () => py.call(py.attr(obj, "get"), [key]), write: (v) => py.assign(py.subscript(obj, key), v), target: py.subscript(obj, key) };
    }
    if (isAnyLike(objType)) {
      return {
        read: () => ctx.helperCall("js_getprop", [obj, py.str(propName)]),
        write: (v) => py.exprStmt(ctx.helperCall("js_setprop", [obj, py.str(propName), v])),
      };
    }
    const a = plainAttr(propName);
    return { read: () => getAttr(obj, propName), write: (v) => setAttr(obj, propName, v), target: a ? py.attr(obj, a) : undefined };
  }
  if (ts.isElementAccessExpression(node)) {
    const objType = typeOf(ctx, node.expression);
    const [o, k] = ctx.ordered([node.expression, node.argumentExpression]);
    const obj = once(ctx, o);
    const key = once(ctx, k);
    if (isArray(ctx, objType)) {
      // `xs[xs.length] = v` appends; other writes past the end go through js_setprop, which
      // extends the list as JS does; a negative or fractional index would not be a list slot.
      const arg = node.argumentExpression;
      if (ts.isPropertyAccessExpression(arg) && arg.name.text === "length" && node.expression.getText() === arg.expression.getText() &&
        (ts.isIdentifier(node.expression) || node.expression.kind === SK.ThisKeyword)) {
        return { read: () => py.none(), write: (v) => py.exprStmt(py.call(py.attr(obj, "append"), [v])) };
      }
      if (isNonNegativeInt(ctx, arg)) {
        const tested = testedForUndefined(node);
        // A write may land at or past the end (`arr[0] = 1` on an empty array): js_setidx extends.
        return {
          read: () => (tested ? guardedRead(ctx, arg, obj, key) ?? ctx.helperCall("js_get", [obj, key]) : py.subscript(obj, key)),
          write: (v) => {
            const slow = py.exprStmt(ctx.helperCall("js_setidx", [obj, key, v]));
            return guardedWrite(ctx, arg, obj, key, v, slow) ?? slow;
          },
          target: py.subscript(obj, key),
        };
      }
      return {
        read: () => (isNumber(typeOf(ctx, arg)) && guardedRead(ctx, arg, obj, key)) || ctx.helperCall("js_getprop", [obj, key]),
        write: (v) => {
          const slow = py.exprStmt(ctx.helperCall("js_setprop", [obj, key, v]));
          return (isNumber(typeOf(ctx, arg)) && guardedWrite(ctx, arg, obj, key, v, slow)) || slow;
        },
      };
    }
    if (isRecord(ctx, objType)) {
      const rk = once(ctx, recordKey(ctx, node.argumentExpression, key));
      return { read: () => py.call(py.attr(obj, "get"), [rk]), write: (v) => py.assign(py.subscript(obj, rk), v), target: py.subscript(obj, rk) };
    }
    if (key.kind === "Const" && typeof key.value === "string" && !isAnyLike(objType)) {
      const propName = key.value;
      const a = plainAttr(propName);
      return { read: () => getAttr(obj, propName), write: (v) => setAttr(obj, propName, v), target: a ? py.attr(obj, a) : undefined };
    }
    return {
      read: () => ctx.helperCall("js_getprop", [obj, key]),
      write: (v) => py.exprStmt(ctx.helperCall("js_setprop", [obj, key, v])),
    };
  }
  return ctx.fail(unsupportedFeature(node, "This assignment target"));
}

export const accessVisitors: VisitorGroup = {
  expressions: {
    [SK.PropertyAccessExpression]: propertyAccess,
    [SK.ElementAccessExpression]: elementAccess,
  },
};
