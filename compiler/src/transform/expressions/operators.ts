// Binary, unary, logical and conditional operators: the visitor table and the dispatch by operator.
//   category.ts    an operand's category (number, string, ...) from its static type
//   equality.ts    === !== == != and typeof comparisons
//   arithmetic.ts  + - * / % ** bitwise, ordering comparisons, constant folding
//   logical.ts     && || ??, nullishTest, negateTest
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import { unsupportedFeature, unsupportedOperatorType } from "../../diagnostics/catalog";
import { isAnyLike, isString, typeOf, typeToString, isClassInstance, isArray, isRecord, libTypeName } from "../types";
import { notTest, truthTest } from "../truthiness";
import { intRange } from "../analysis/numeric";
import { within } from "../analysis/ranges";
import { assignment, isAssignmentOperator, prefixUpdate, postfixUpdate } from "./assignment";
import { category, strip } from "./category";
import { looseEq, strictEquality, typeofComparison } from "./equality";
import { INT32_MAX, INT32_MIN, arithmetic, bitwise, comparison, numberConstant, plus } from "./arithmetic";
import { logical } from "./logical";

const SK = ts.SyntaxKind;

function binary(node: ts.BinaryExpression, ctx: Context): py.Expr {
  const k = node.operatorToken.kind;
  if (isAssignmentOperator(k)) return assignment(node, ctx, "value");
  switch (k) {
    case SK.PlusToken:
      return plus(ctx, node);
    case SK.MinusToken:
      return arithmetic(ctx, node, "-");
    case SK.AsteriskToken:
      return arithmetic(ctx, node, "*");
    case SK.SlashToken:
      return arithmetic(ctx, node, "/");
    case SK.PercentToken:
      return arithmetic(ctx, node, "%");
    case SK.AsteriskAsteriskToken:
      return arithmetic(ctx, node, "**");
    case SK.AmpersandToken:
      return bitwise(ctx, node, "&");
    case SK.BarToken:
      return bitwise(ctx, node, "|");
    case SK.CaretToken:
      return bitwise(ctx, node, "^");
    case SK.LessThanLessThanToken:
      return bitwise(ctx, node, "<<");
    case SK.GreaterThanGreaterThanToken:
      return bitwise(ctx, node, ">>");
    case SK.GreaterThanGreaterThanGreaterThanToken:
      return bitwise(ctx, node, ">>>");
    case SK.LessThanToken:
      return comparison(ctx, node, "<");
    case SK.LessThanEqualsToken:
      return comparison(ctx, node, "<=");
    case SK.GreaterThanToken:
      return comparison(ctx, node, ">");
    case SK.GreaterThanEqualsToken:
      return comparison(ctx, node, ">=");
    case SK.EqualsEqualsEqualsToken:
    case SK.EqualsEqualsToken:
      return typeofComparison(ctx, node, false) ?? (k === SK.EqualsEqualsEqualsToken ? strictEquality(ctx, node, false) : looseEq(ctx, node, false));
    case SK.ExclamationEqualsEqualsToken:
    case SK.ExclamationEqualsToken:
      return typeofComparison(ctx, node, true) ?? (k === SK.ExclamationEqualsEqualsToken ? strictEquality(ctx, node, true) : looseEq(ctx, node, true));
    case SK.AmpersandAmpersandToken:
      return logical(ctx, node, "&&");
    case SK.BarBarToken:
      return logical(ctx, node, "||");
    case SK.QuestionQuestionToken:
      return logical(ctx, node, "??");
    case SK.CommaToken: {
      const left = ctx.expr(node.left);
      if (!py.isSimple(left)) ctx.addPre(py.exprStmt(left));
      return ctx.expr(node.right);
    }
    case SK.InstanceOfKeyword: {
      const [a, b] = ctx.ordered([node.left, node.right]);
      return py.call(py.name("isinstance"), [a, b]);
    }
    case SK.InKeyword: {
      const [a, b] = ctx.ordered([node.left, node.right]);
      // Records are dicts keyed by the JS key: Python's `in` is JS's.
      if (isRecord(ctx, typeOf(ctx, node.right)) && isString(typeOf(ctx, node.left))) return py.compare(a, "in", b);
      return ctx.helperCall("js_in", [a, b]);
    }
  }
  return ctx.fail(unsupportedFeature(node.operatorToken, `The operator '${node.operatorToken.getText()}'`));
}

function prefix(node: ts.PrefixUnaryExpression, ctx: Context): py.Expr {
  switch (node.operator) {
    case SK.ExclamationToken:
      return notTest(ctx, node.operand, ctx.expr(node.operand));
    case SK.MinusToken: {
      if (category(ctx, node.operand) !== "number") ctx.fail(unsupportedOperatorType(node, "-", typeToString(ctx, typeOf(ctx, node.operand))));
      const folded = numberConstant(node);
      if (folded) return folded;
      return py.unary("-", ctx.expr(node.operand));
    }
    case SK.PlusToken: {
      const folded = numberConstant(node);
      if (folded) return folded;
      const v = ctx.expr(node.operand);
      if (category(ctx, node.operand) === "number") return v;
      return ctx.helperCall("js_to_number", [v]);
    }
    case SK.TildeToken: {
      if (category(ctx, node.operand) !== "number") ctx.fail(unsupportedOperatorType(node, "~", typeToString(ctx, typeOf(ctx, node.operand))));
      const folded = numberConstant(node);
      if (folded) return folded;
      const v = ctx.expr(node.operand);
      return py.unary("~", within(intRange(ctx, node.operand), INT32_MIN, INT32_MAX) ? v : ctx.helperCall("js_toint32", [v]));
    }
    case SK.PlusPlusToken:
    case SK.MinusMinusToken:
      return prefixUpdate(node, ctx, "value");
  }
  return ctx.fail(unsupportedFeature(node, "This unary operator"));
}

function conditional(node: ts.ConditionalExpression, ctx: Context): py.Expr {
  const test = truthTest(ctx, node.condition, ctx.expr(node.condition));
  const a = ctx.capture(() => ctx.expr(node.whenTrue));
  const b = ctx.capture(() => ctx.expr(node.whenFalse));
  if (a.pre.length || b.pre.length) {
    const t = ctx.temp();
    ctx.addPre(py.ifStmt(test, [...a.pre, py.assign(t, a.value)], [...b.pre, py.assign(t, b.value)]));
    return t;
  }
  return py.ifExp(test, a.value, b.value);
}

function typeofExpr(node: ts.TypeOfExpression, ctx: Context): py.Expr {
  return ctx.helperCall("js_typeof", [ctx.expr(node.expression)]);
}

function voidExpr(node: ts.VoidExpression, ctx: Context): py.Expr {
  const v = ctx.expr(node.expression);
  if (!py.isSimple(v)) ctx.addPre(py.exprStmt(v));
  return py.none();
}

/**
 * `delete o.k` / `delete o[k]` on records and plain objects (whose missing properties read as
 * undefined): `js_delprop`, which also keeps key order. Arrays (holes) and class instances (a
 * deleted field could not be read back as undefined) are refused.
 */
function deleteExpr(node: ts.DeleteExpression, ctx: Context): py.Expr {
  const target = strip(node.expression);
  if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
    const t = typeOf(ctx, target.expression);
    const nn = ctx.checker.getNonNullableType(t);
    const plainObject = !isAnyLike(t) && !isArray(ctx, nn) && !isClassInstance(ctx, nn) && !libTypeName(ctx, nn) && !!(nn.flags & ts.TypeFlags.Object);
    if ((isRecord(ctx, t) || plainObject) && !ts.isPropertyAccessChain(target) && !ts.isElementAccessChain(target)) {
      const key: ts.Node = ts.isPropertyAccessExpression(target) ? target.name : target.argumentExpression;
      const [obj, k] = ctx.ordered([target.expression, key], (n) => (n === key && ts.isPropertyAccessExpression(target) ? py.str(target.name.text) : ctx.expr(n)));
      return ctx.helperCall("js_delprop", [obj, k]);
    }
  }
  return ctx.fail(unsupportedFeature(node, "'delete' here", "only properties of records and plain objects can be deleted"));
}

export const operatorVisitors: VisitorGroup = {
  expressions: {
    [SK.BinaryExpression]: binary,
    [SK.PrefixUnaryExpression]: prefix,
    [SK.PostfixUnaryExpression]: (n: ts.PostfixUnaryExpression, ctx: Context) => postfixUpdate(n, ctx, "value"),
    [SK.ConditionalExpression]: conditional,
    [SK.TypeOfExpression]: typeofExpr,
    [SK.VoidExpression]: voidExpr,
    [SK.DeleteExpression]: deleteExpr,
  },
};
