// `super(...)` in constructors, `super.m(...)` in methods, and `super.x` accessor reads/writes.
//
// - `super(args)`          -> `super().__init__(args)` (works when no base defines __init__;
//                             `super(Cls, self)` inside nested functions); field initialisers
//                             are placed after it by the constructor lowering.
// - `super.m(args)`        -> `Base.m(self, args)` in instance code;
//                             `super().m(args)` in static code (this = the class).
// - `super.x` (accessor)   -> `Base._get_x(self)`; `super.x = v` -> `Base._set_x(self, v)`:
//                             MicroPython's property has no fget/fset and `super().x` gives the
//                             property object itself.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { plainAttr } from "../../python/names";
import { superPlacement, unsupportedSuper } from "../../diagnostics/catalog";
import { ClassInfo, classInfo, enclosingClass, inStaticContext, memberKind } from "./info";

function arguments_(ctx: Context, args: readonly ts.Expression[]): py.Expr[] {
  return ctx.ordered(args, (a) => (ts.isSpreadElement(a) ? py.starred(ctx.expr(a.expression)) : ctx.expr(a)));
}

function thisValue(ctx: Context, node: ts.Node): py.Name {
  const t = ctx.frame.thisName;
  if (!t) ctx.fail(unsupportedSuper(node, "'super' here"));
  return py.name(t!);
}

function owner(ctx: Context, node: ts.Node): { info: ClassInfo; cls: ts.ClassLikeDeclaration } {
  const cls = enclosingClass(node);
  const info = cls && classInfo(ctx, cls);
  if (!cls || !info) return ctx.fail(unsupportedSuper(node, "'super' outside a class member"));
  return { info, cls };
}

function baseOf(ctx: Context, info: ClassInfo, node: ts.Node): py.Expr {
  if (!info.base) ctx.fail(unsupportedSuper(node, "'super' in a class without 'extends'"));
  return info.base!;
}

function attrName(ctx: Context, name: ts.MemberName): string {
  const a = ts.isIdentifier(name) ? plainAttr(name.text) : null;
  if (!a) ctx.fail(unsupportedSuper(name, `'super.${name.text}'`));
  return a!;
}

/**
 * Python's `super` object for the class: zero-argument `super()` directly in a method (it finds
 * the class by itself, even when the class name has since been rebound, as for a class declared
 * in a loop); `super(Cls, this)` in nested functions and static blocks, where it cannot.
 */
function pySuper(ctx: Context, info: ClassInfo, cls: ts.ClassLikeDeclaration, node: ts.Node): py.Expr {
  const self = thisValue(ctx, node);
  const f = ctx.frame.node;
  const direct = f.parent === cls && (ts.isConstructorDeclaration(f) || ts.isMethodDeclaration(f) || ts.isAccessor(f));
  return py.call(py.name("super"), direct ? [] : [py.name(info.pyName), self]);
}

/** `super(...)` and `super.m(...)` calls (called from the call visitor). */
export function superCall(node: ts.CallExpression, ctx: Context): py.Expr {
  const { info, cls } = owner(ctx, node);
  if (node.expression.kind === ts.SyntaxKind.SuperKeyword) {
    if (!ts.isExpressionStatement(node.parent)) return ctx.fail(superPlacement(node));
    baseOf(ctx, info, node);
    const sup = pySuper(ctx, info, cls, node);
    const args = arguments_(ctx, node.arguments);
    const call = py.call(py.attr(sup, "__init__"), args);
    info.superCalls.push(call);
    return call;
  }
  const callee = node.expression as ts.PropertyAccessExpression;
  const attr = attrName(ctx, callee.name);
  const kind = memberKind(ctx, callee.name);
  if (kind === "field") return ctx.fail(unsupportedSuper(callee, "Reading a field through 'super'"));
  if (inStaticContext(node, cls)) {
    if (kind === "accessor") return ctx.fail(unsupportedSuper(callee, "Static accessors through 'super'"));
    const target = py.attr(pySuper(ctx, info, cls, node), attr);
    return py.call(target, arguments_(ctx, node.arguments));
  }
  const base = baseOf(ctx, info, node);
  const self = thisValue(ctx, node);
  if (kind === "accessor") {
    const fn = py.call(py.attr(base, "_get_" + attr), [self]);
    return py.call(fn, arguments_(ctx, node.arguments));
  }
  return py.call(py.attr(base, attr), [self, ...arguments_(ctx, node.arguments)]);
}

/** `super.x` read (an accessor of a base class, or a static method used as a value). */
export function superProperty(node: ts.PropertyAccessExpression, ctx: Context): py.Expr {
  const { info, cls } = owner(ctx, node);
  const attr = attrName(ctx, node.name);
  const kind = memberKind(ctx, node.name);
  if (inStaticContext(node, cls)) {
    if (kind !== "method") return ctx.fail(unsupportedSuper(node, "This use of 'super' in static code"));
    return py.attr(pySuper(ctx, info, cls, node), attr);
  }
  if (kind !== "accessor") return ctx.fail(unsupportedSuper(node, kind === "method" ? "A method taken through 'super' without calling it" : "Reading a field through 'super'"));
  return py.call(py.attr(baseOf(ctx, info, node), "_get_" + attr), [thisValue(ctx, node)]);
}

/** `super.x = v` for an accessor of a base class: the statement that stores `value`. */
export function superPropertyWrite(node: ts.PropertyAccessExpression, ctx: Context, value: py.Expr): py.Stmt {
  const { info, cls } = owner(ctx, node);
  const attr = attrName(ctx, node.name);
  if (inStaticContext(node, cls) || memberKind(ctx, node.name) !== "accessor") {
    return ctx.fail(unsupportedSuper(node, "Assigning through 'super' (other than to a base class setter)"));
  }
  return py.exprStmt(py.call(py.attr(baseOf(ctx, info, node), "_set_" + attr), [thisValue(ctx, node), value]));
}
