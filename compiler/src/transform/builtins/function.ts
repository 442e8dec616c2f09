// `f.call(thisArg, ...args)`, `f.apply(thisArg, args)` and `f.bind(thisArg, ...args)` on functions, and the members of a
// decorator's context object (`kind`, `name`, `static`, `private`, `addInitializer`).
//
// A function whose type declares `this` takes it as its first Python parameter (classes/decorators.ts
// explains why), so `.call` passes `thisArg` first to such a function and drops it for the others.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { decoratorContextMember, functionThisCall } from "../../diagnostics/catalog";
import { thisConvention } from "../classes/decorators";
import { typeOf } from "../types";

/** `f.call(t, ...)` / `f.apply(t, xs)` on a function type; undefined for other members. */
export function lowerFunctionMethod(ctx: Context, node: ts.CallExpression, recv: ts.Expression, name: string): py.Expr | undefined {
  if (name !== "call" && name !== "apply" && name !== "bind") return undefined;
  const t = typeOf(ctx, recv);
  const convention = thisConvention(ctx, t);
  if (!convention) return ctx.fail(functionThisCall(node, `'.${name}' on a function whose type does not say whether it takes 'this'`));
  // A method read from an object is a bound method in Python: it would ignore the new `this`.
  const declarations = ctx.checker.getNonNullableType(t).getCallSignatures().map((s) => s.getDeclaration());
  if (convention === "plain" && declarations.some((d) => !d || ts.isMethodDeclaration(d) || ts.isMethodSignature(d))) {
    return ctx.fail(functionThisCall(node, `'.${name}' on a method`));
  }
  const [thisArg, ...rest] = node.arguments;
  if (name === "apply" && rest.length > 1) return undefined;
  const parts = ctx.ordered([recv, ...node.arguments], (n) => (ts.isSpreadElement(n) ? py.starred(ctx.expr(n.expression)) : ctx.expr(n)));
  const [f, thisValue, ...args] = parts;
  if (thisArg && ts.isSpreadElement(thisArg)) return ctx.fail(functionThisCall(thisArg, "A spread 'this' argument"));
  if (name === "bind") return ctx.helperCall("js_bind", [f, py.bool(convention === "this"), thisValue ?? py.none(), py.tuple(args)]);
  const callArgs = name === "apply" ? (args.length ? [py.starred(args[0])] : []) : args;
  if (convention === "this") return py.call(f, [thisValue ?? py.none(), ...callArgs]);
  // The function ignores `this`; the argument is still evaluated (in order) when it may have effects.
  if (thisValue && thisValue.kind !== "Name" && thisValue.kind !== "Const") ctx.addPre(py.exprStmt(thisValue));
  return py.call(f, callArgs);
}

/** True when a lib symbol is a member of one of the decorator context interfaces. */
function isDecoratorContextMember(sym: ts.Symbol): boolean {
  return !!sym.declarations?.some((d) => {
    const owner = d.parent;
    return ts.isInterfaceDeclaration(owner) && /DecoratorContext$/.test(owner.name.text) && d.getSourceFile().isDeclarationFile;
  });
}

const PLAIN_MEMBERS = new Set(["kind", "name", "static", "private"]);

/**
 * `context.kind` and the other plain members read the context object's attributes (undefined
 * returned: the ordinary lowering does that); `context.access` / `metadata` are refused.
 */
export function lowerDecoratorContextProperty(ctx: Context, node: ts.PropertyAccessExpression, sym: ts.Symbol): "plain" | undefined {
  if (!isDecoratorContextMember(sym)) return undefined;
  if (PLAIN_MEMBERS.has(node.name.text)) return "plain";
  return ctx.fail(decoratorContextMember(node, node.name.text));
}

/** `context.addInitializer(f)`: callbacks are stored taking `this` first (js_nothis adapts others). */
export function lowerDecoratorContextCall(ctx: Context, node: ts.CallExpression, recv: ts.Expression, name: string, sym: ts.Symbol): py.Expr | undefined {
  if (!isDecoratorContextMember(sym)) return undefined;
  if (name !== "addInitializer" || node.arguments.length !== 1 || ts.isSpreadElement(node.arguments[0])) {
    return ctx.fail(decoratorContextMember(node.expression, name));
  }
  const arg = node.arguments[0];
  const convention = thisConvention(ctx, typeOf(ctx, arg));
  if (!convention) return ctx.fail(functionThisCall(arg, "An initializer whose type does not say whether it takes 'this'"));
  const [c, f] = ctx.ordered([recv, arg]);
  return py.call(py.attr(c, "addInitializer"), [convention === "this" ? f : ctx.helperCall("js_nothis", [f])]);
}
