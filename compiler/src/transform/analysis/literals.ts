// Compile-time values of number expressions made of numeric literals only (computed with
// JavaScript's own arithmetic), and the operator tables the numeric analysis shares.
import { ts } from "ts-morph";
import { SAFE } from "./ranges";
const SK = ts.SyntaxKind;

/** The expression under parentheses, type assertions and non-null assertions. */
export function strip(n: ts.Node): ts.Node {
  while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n) || ts.isSatisfiesExpression(n) || ts.isTypeAssertionExpression(n)) n = n.expression;
  return n;
}

/**
 * The compile-time value of a number expression made of numeric literals only (`-1`, `2 ** 53`,
 * `1 << 31`), computed with JavaScript's own arithmetic; the visitors emit it as a constant.
 */
export function literalValue(node: ts.Node): number | undefined {
  const n = strip(node);
  if (ts.isNumericLiteral(n)) return Number(n.text.replace(/_/g, ""));
  if (ts.isPrefixUnaryExpression(n)) {
    const v = literalValue(n.operand);
    if (v === undefined) return undefined;
    switch (n.operator) {
      case SK.MinusToken:
        return -v;
      case SK.PlusToken:
        return v;
      case SK.TildeToken:
        return ~v;
    }
    return undefined;
  }
  if (ts.isBinaryExpression(n)) {
    const op = BINARY_OPS[n.operatorToken.kind];
    if (!op) return undefined;
    const a = literalValue(n.left);
    if (a === undefined) return undefined;
    const b = literalValue(n.right);
    if (b === undefined) return undefined;
    return foldNumbers(op, a, b);
  }
  return undefined;
}

function foldNumbers(op: string, a: number, b: number): number | undefined {
  switch (op) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
    case "/": return a / b;
    case "%": return a % b;
    case "**": return a ** b;
    case "&": return a & b;
    case "|": return a | b;
    case "^": return a ^ b;
    case "<<": return a << b;
    case ">>": return a >> b;
    case ">>>": return a >>> b;
  }
  return undefined;
}

/** Whether a constant prints as a Python int (see the printer's numberLiteral). */
export function isIntConstant(v: number): boolean {
  return Number.isInteger(v) && Math.abs(v) <= SAFE && !Object.is(v, -0);
}

export const COMPOUND_OPS: Partial<Record<ts.SyntaxKind, string>> = {
  [SK.PlusEqualsToken]: "+",
  [SK.MinusEqualsToken]: "-",
  [SK.AsteriskEqualsToken]: "*",
  [SK.PercentEqualsToken]: "%",
  [SK.AsteriskAsteriskEqualsToken]: "**",
  [SK.AmpersandEqualsToken]: "&",
  [SK.BarEqualsToken]: "|",
  [SK.CaretEqualsToken]: "^",
  [SK.LessThanLessThanEqualsToken]: "<<",
  [SK.GreaterThanGreaterThanEqualsToken]: ">>",
  [SK.GreaterThanGreaterThanGreaterThanEqualsToken]: ">>>",
  [SK.SlashEqualsToken]: "/",
};

export const BINARY_OPS: Partial<Record<ts.SyntaxKind, string>> = {
  [SK.PlusToken]: "+",
  [SK.MinusToken]: "-",
  [SK.AsteriskToken]: "*",
  [SK.PercentToken]: "%",
  [SK.AsteriskAsteriskToken]: "**",
  [SK.AmpersandToken]: "&",
  [SK.BarToken]: "|",
  [SK.CaretToken]: "^",
  [SK.LessThanLessThanToken]: "<<",
  [SK.GreaterThanGreaterThanToken]: ">>",
  [SK.GreaterThanGreaterThanGreaterThanToken]: ">>>",
  [SK.SlashToken]: "/",
};
