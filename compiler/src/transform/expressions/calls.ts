// Calls and `new`: built-ins first (type-directed tables), then user functions and methods.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import { dynamicImport, evalCall, functionThisCall, unsupportedFeature } from "../../diagnostics/catalog";
import { takesThisFirst, thisConvention } from "../classes/decorators";
import { lowerBuiltinCall, lowerBuiltinNew } from "../builtins";
import { isOptionalChainRoot, optionalChain } from "./optional";
import { superCall } from "../classes/super";
import { stubCallArguments, stubSignature } from "../modules/stubs";

const SK = ts.SyntaxKind;

/** Arguments in JS order; spread arguments become `*xs`. */
export function callArguments(ctx: Context, args: readonly ts.Expression[]): py.Expr[] {
  return ctx.ordered(args, (a) => (ts.isSpreadElement(a) ? py.starred(ctx.expr(a.expression)) : ctx.expr(a)));
}

function callExpression(node: ts.CallExpression, ctx: Context): py.Expr {
  if (isOptionalChainRoot(node)) return optionalChain(node, ctx);
  const callee = node.expression;
  if (callee.kind === SK.ImportKeyword) return ctx.fail(dynamicImport(node));
  if (ts.isIdentifier(callee) && (callee.text === "eval" || callee.text === "require") && !ctx.nameOfSymbol(ctx.symbolAt(callee)!)) {
    return ctx.fail(callee.text === "eval" ? evalCall(node) : dynamicImport(node));
  }
  if (callee.kind === SK.SuperKeyword || (ts.isPropertyAccessExpression(callee) && callee.expression.kind === SK.SuperKeyword)) {
    return superCall(node, ctx);
  }
  checkThisArguments(ctx, node.arguments);
  const builtin = lowerBuiltinCall(ctx, node);
  if (builtin) return builtin;
  // Functions and methods of device stubs take Python values (None, keyword arguments).
  const stub = stubSignature(ctx, node);
  if (stub) {
    const { func, args, keywords } = stubCallArguments(ctx, node, stub, callee);
    return py.call(func, args, keywords);
  }
  const [func, ...args] = ctx.ordered([callee, ...node.arguments], (n) =>
    n === callee ? ctx.expr(n) : ts.isSpreadElement(n) ? py.starred(ctx.expr(n.expression)) : ctx.expr(n),
  );
  return thisFirstCall(ctx, node) ? py.call(func, [py.none(), ...args]) : py.call(func, args);
}

/**
 * True when the callee is a function taking `this` as its first Python parameter called without a
 * receiver (JS passes undefined). Such a function read from an object property is refused: it
 * would get the object in JS, and nothing in Python (methods of classes are bound as usual).
 */
function thisFirstCall(ctx: Context, node: ts.CallExpression): boolean {
  const decl = ctx.checker.getResolvedSignature(node)?.getDeclaration();
  if (!decl || ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl) || !takesThisFirst(ctx, decl)) return false;
  let callee: ts.Expression = node.expression;
  while (ts.isParenthesizedExpression(callee) || ts.isNonNullExpression(callee)) callee = callee.expression;
  if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) {
    ctx.fail(functionThisCall(node, "Calling a function that declares 'this' through an object property"));
  }
  return true;
}

/**
 * A function taking `this` first (its type declares `this`) passed where the callee's parameter
 * type does not: the callee would call it without `this` and the arguments would shift.
 */
function checkThisArguments(ctx: Context, args: readonly ts.Expression[] | undefined) {
  for (const a of args ?? []) {
    if (ts.isSpreadElement(a) || !ctx.checker.getTypeAtLocation(a).getCallSignatures().length) continue;
    if (thisConvention(ctx, ctx.checker.getTypeAtLocation(a)) !== "this") continue;
    const expected = ctx.checker.getContextualType(a);
    if (expected && thisConvention(ctx, expected) === "plain") {
      ctx.fail(functionThisCall(a, "A function declaring 'this' passed where it would be called without it"));
    }
  }
}

function newExpression(node: ts.NewExpression, ctx: Context): py.Expr {
  checkThisArguments(ctx, node.arguments);
  const builtin = lowerBuiltinNew(ctx, node);
  if (builtin) return builtin;
  // `new` of a stub class: Python creates instances by calling the class, with Python arguments.
  const stub = stubSignature(ctx, node);
  if (stub) {
    const { func, args, keywords } = stubCallArguments(ctx, node, stub, node.expression);
    return py.call(func, args, keywords);
  }
  const [cls, ...args] = ctx.ordered([node.expression, ...(node.arguments ?? [])], (n) =>
    n === node.expression ? ctx.expr(n) : ts.isSpreadElement(n) ? py.starred(ctx.expr(n.expression)) : ctx.expr(n),
  );
  return py.call(cls, args);
}

export const callVisitors: VisitorGroup = {
  expressions: {
    [SK.CallExpression]: callExpression,
    [SK.NewExpression]: newExpression,
    [SK.TaggedTemplateExpression]: (n: ts.Node, ctx: Context) => ctx.fail(unsupportedFeature(n, "Tagged templates")),
  },
};
