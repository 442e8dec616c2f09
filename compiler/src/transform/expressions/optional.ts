// Optional chaining: `a?.b`, `a?.[k]`, `f?.()`. The whole chain short-circuits to undefined.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { unsupportedFeature } from "../../diagnostics/catalog";

/** True for the outermost node of an optional chain (the one whose value the chain produces). */
export function isOptionalChainRoot(node: ts.Node): boolean {
  if (!(node.flags & ts.NodeFlags.OptionalChain)) return false;
  const p = node.parent;
  const continues = p && (p.flags & ts.NodeFlags.OptionalChain) &&
    ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p) || ts.isCallExpression(p)) && p.expression === node);
  return !continues;
}

export function optionalChain(node: ts.Expression, ctx: Context): py.Expr {
  return ctx.fail(unsupportedFeature(node, "Optional chaining"));
}
