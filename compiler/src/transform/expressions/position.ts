// Where an expression sits in its statement, for lowerings that save values to temporaries
// (statements placed before the current one).
import { ts } from "ts-morph";
const SK = ts.SyntaxKind;

/**
 * True when the expression is evaluated exactly once each time its statement runs (a variable
 * declaration, expression statement or return, outside any `?:`, `&&`, `||`, `??`, optional
 * chain or nested function), so that temporaries assigned just before the statement are exact.
 */
export function evaluatedOnceBefore(node: ts.Node): boolean {
  let child = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    if (ts.isExpressionStatement(p) || ts.isReturnStatement(p)) return true;
    if (ts.isVariableDeclaration(p)) return ts.isVariableDeclarationList(p.parent) && ts.isVariableStatement(p.parent.parent);
    if (ts.isConditionalExpression(p) && child !== p.condition) return false;
    if (ts.isBinaryExpression(p)) {
      const k = p.operatorToken.kind;
      if ((k === SK.AmpersandAmpersandToken || k === SK.BarBarToken || k === SK.QuestionQuestionToken || k === SK.AmpersandAmpersandEqualsToken || k === SK.BarBarEqualsToken || k === SK.QuestionQuestionEqualsToken) && child === p.right) return false;
      continue;
    }
    if (ts.isParenthesizedExpression(p) || ts.isPrefixUnaryExpression(p) || ts.isAsExpression(p) || ts.isNonNullExpression(p)) continue;
    if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && !(ts.isCallExpression(p) && p.questionDotToken)) continue;
    if (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) {
      if (p.questionDotToken) return false;
      continue;
    }
    if (ts.isTemplateSpan(p) || ts.isTemplateExpression(p) || ts.isArrayLiteralExpression(p)) continue;
    return false;
  }
  return false;
}
