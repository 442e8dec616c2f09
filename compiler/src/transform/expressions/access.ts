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
import { isAnyLike, isArray, isNumber, isRecord, isString, testedForUndefined, typeOf } from "../types";
import { isNonNegativeInt } from "../analysis/numeric";
import { lowerBuiltinProperty } from "../builtins";
import { unsupportedFeature } from "../../diagnostics/catalog";
import { optionalChain, isOptionalChainRoot } from "./optional";

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
  if (node.expression.kind === SK.SuperKeyword) return ctx.fail(unsupportedFeature(node, "'super' property access outside a method call"));
  const objType = typeOf(ctx, node.expression);
  const obj = ctx.expr(node.expression);
  const propName = node.name.text;
  if (isRecord(ctx, objType)) return py.call(py.attr(obj, "get"), [py.str(propName)]);
  if (isAnyLike(objType)) return ctx.helperCall("js_getprop", [obj, py.str(propName)]);
  return getAttr(obj, propName);
}

/** `xs[i]` / `s[i]`: a plain subscript only when the index is a non-negative int and an out-of-range read could not go unnoticed. */
function indexRead(ctx: Context, node: ts.ElementAccessExpression, obj: py.Expr, key: py.Expr): py.Expr {
  if (isNonNegativeInt(ctx, node.argumentExpression) && !testedForUndefined(node)) return py.subscript(obj, key);
  if (!isNumber(typeOf(ctx, node.argumentExpression))) return ctx.helperCall("js_getprop", [obj, key]);
  return ctx.helperCall("js_get", [obj, key]);
}

/** A record key: JS property keys are strings, so numeric keys are spelled as String(k) does. */
function recordKey(ctx: Context, keyNode: ts.Expression, key: py.Expr): py.Expr {
  if (!isNumber(typeOf(ctx, keyNode))) return key;
  if (key.kind === "Const" && typeof key.value === "number") return py.str(String(key.value));
  return ctx.helperCall("js_num_str", [key]);
}

function elementAccess(node: ts.ElementAccessExpression, ctx: Context): py.Expr {
  if (isOptionalChainRoot(node)) return optionalChain(node, ctx);
  const inlined = constantValueOf(ctx, node);
  if (inlined) return inlined;
  const objType = typeOf(ctx, node.expression);
  const [obj, key] = ctx.ordered([node.expression, node.argumentExpression]);
  if (isArray(ctx, objType) || isString(objType)) return indexRead(ctx, node, obj, key);
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
    if (node.expression.kind === SK.SuperKeyword) return ctx.fail(unsupportedFeature(node, "Assigning through 'super'"));
    const objType = typeOf(ctx, node.expression);
    const propName = node.name.text;
    if (isArray(ctx, objType) && propName === "length") {
      const obj = once(ctx, ctx.expr(node.expression));
      return {
        read: () => py.call(py.name("len"), [obj]),
        // Only truncation is supported: `xs.length = n` with n <= length.
        write: (v) => ({ kind: "Delete", targets: [py.subscript(obj, { kind: "Slice", lower: v })] }),
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
          read: () => (tested ? ctx.helperCall("js_get", [obj, key]) : py.subscript(obj, key)),
          write: (v) => py.exprStmt(ctx.helperCall("js_setidx", [obj, key, v])),
          target: py.subscript(obj, key),
        };
      }
      return {
        read: () => ctx.helperCall("js_getprop", [obj, key]),
        write: (v) => py.exprStmt(ctx.helperCall("js_setprop", [obj, key, v])),
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
