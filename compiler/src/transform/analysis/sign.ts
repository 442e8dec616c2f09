// Numbers that can never be negative (they may be NaN, +/-0 or Infinity), for functions whose
// MicroPython form raises on negative arguments only: `math.sqrt` gives JavaScript's results for
// NaN, Infinity and -0, and raises ValueError where Math.sqrt gives NaN (negative arguments).
//
// Claimed: non-negative literals, non-negative int ranges (numeric.ts), `x * x` for one variable
// (a square; a property could be a getter answering differently each time, so variables only),
// sums and products of such, Math.abs/Math.sqrt results, and `const` variables holding them.
import { ts } from "ts-morph";
import type { Context } from "../context";
import { isNumber, typeOf } from "../types";
import { intRange } from "./numeric";
import { literalValue, strip } from "./literals";
const SK = ts.SyntaxKind;

export function neverNegative(ctx: Context, node: ts.Expression, depth = 0): boolean {
  if (depth > 12) return false;
  const n = strip(node) as ts.Expression;
  if (!isNumber(typeOf(ctx, n))) return false;
  const lit = literalValue(n);
  if (lit !== undefined) return lit >= 0 || Number.isNaN(lit);
  const r = intRange(ctx, n);
  if (r && r.lo >= 0) return true;
  if (ts.isBinaryExpression(n)) {
    const k = n.operatorToken.kind;
    if (k === SK.AsteriskToken && sameVariable(ctx, n.left, n.right)) return true;
    if (k === SK.PlusToken || k === SK.AsteriskToken) return neverNegative(ctx, n.left, depth + 1) && neverNegative(ctx, n.right, depth + 1);
    return false;
  }
  if (ts.isCallExpression(n) && n.arguments.length === 1) {
    const callee = strip(n.expression);
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "Math" && (callee.name.text === "abs" || callee.name.text === "sqrt")) {
      const decl = ctx.symbolAt(callee.expression)?.declarations?.[0];
      return !!decl && decl.getSourceFile().isDeclarationFile;
    }
    return false;
  }
  if (ts.isIdentifier(n)) {
    const decl = ctx.symbolAt(n)?.valueDeclaration;
    if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer || !ts.isIdentifier(decl.name)) return false;
    if (!(ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const)) return false;
    return neverNegative(ctx, decl.initializer, depth + 1);
  }
  return false;
}

/** Both operands are the same local variable or parameter (read twice, one value). */
function sameVariable(ctx: Context, a: ts.Expression, b: ts.Expression): boolean {
  const x = strip(a);
  const y = strip(b);
  if (!ts.isIdentifier(x) || !ts.isIdentifier(y)) return false;
  const sym = ctx.symbolAt(x);
  const decl = sym?.valueDeclaration;
  return !!sym && sym === ctx.symbolAt(y) && !!decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl));
}
