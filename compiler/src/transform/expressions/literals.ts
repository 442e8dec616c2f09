// Literals, identifiers, `this`, templates and array literals.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import { argumentsObject, loneSurrogate, thisOutsideMethod, unsupportedFeature } from "../../diagnostics/catalog";
import { toJsString } from "./convert";
import { identifierReference } from "./identifiers";
import { isStubArgumentValue } from "../modules/stubs";

const SK = ts.SyntaxKind;

function numericLiteral(node: ts.NumericLiteral): py.Expr {
  return py.num(Number(node.text.replace(/_/g, "")));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A string constant; refused when it holds a lone surrogate, which MicroPython cannot store. */
function stringConstant(ctx: Context, node: ts.Node, text: string): py.Const {
  if (LONE_SURROGATE.test(text)) ctx.fail(loneSurrogate(node));
  return py.str(text);
}

function template(node: ts.TemplateExpression, ctx: Context): py.Expr {
  // `a${x}b` -> "a" + js_num_str(x) + "b"; parts are evaluated left to right.
  const spans = ctx.ordered(node.templateSpans.map((s) => s.expression), (e) => toJsString(ctx, e, ctx.expr(e)));
  let parts: py.Expr[] = [];
  if (node.head.text) parts.push(stringConstant(ctx, node.head, node.head.text));
  node.templateSpans.forEach((span, i) => {
    parts.push(spans[i]);
    if (span.literal.text) parts.push(stringConstant(ctx, span.literal, span.literal.text));
  });
  // Merge adjacent constant strings.
  parts = parts.reduce<py.Expr[]>((acc, p) => {
    const last = acc[acc.length - 1];
    if (last && last.kind === "Const" && p.kind === "Const" && typeof last.value === "string" && typeof p.value === "string") {
      acc[acc.length - 1] = py.str(last.value + p.value);
    } else acc.push(p);
    return acc;
  }, []);
  if (parts.length === 0) return py.str("");
  if (parts.length === 1 && parts[0].kind !== "Const") {
    // A lone substitution still has to be a string.
    return parts[0];
  }
  return parts.reduce((a, b) => py.binop(a, "+", b));
}

function thisKeyword(node: ts.Node, ctx: Context): py.Expr {
  const name = ctx.frame.thisName;
  if (!name) ctx.fail(thisOutsideMethod(node));
  return py.name(name!);
}

function arrayLiteral(node: ts.ArrayLiteralExpression, ctx: Context): py.Expr {
  const hasSpread = node.elements.some((e) => ts.isSpreadElement(e));
  const elements = ctx.ordered(node.elements, (e) => {
    if (ts.isOmittedExpression(e)) ctx.fail(unsupportedFeature(e, "Array holes", "write 'undefined' explicitly"));
    if (ts.isSpreadElement(e)) return py.starred(ctx.expr(e.expression));
    return ctx.expr(e);
  });
  void hasSpread;
  return py.list(elements);
}

export const literalVisitors: VisitorGroup = {
  expressions: {
    [SK.NumericLiteral]: numericLiteral,
    [SK.BigIntLiteral]: (n: ts.BigIntLiteral, ctx: Context) => ctx.fail(unsupportedFeature(n, "BigInt")),
    [SK.StringLiteral]: (n: ts.StringLiteral, ctx: Context) => stringConstant(ctx, n, n.text),
    [SK.NoSubstitutionTemplateLiteral]: (n: ts.NoSubstitutionTemplateLiteral, ctx: Context) => stringConstant(ctx, n, n.text),
    [SK.TemplateExpression]: template,
    [SK.TrueKeyword]: () => py.bool(true),
    [SK.FalseKeyword]: () => py.bool(false),
    // Inside an argument of a device API (`json.dumps([null])`) null is Python's None (modules/stubs.ts).
    [SK.NullKeyword]: (n: ts.NullLiteral, ctx: Context) => (isStubArgumentValue(ctx, n) ? py.none() : ctx.helper("js_null")),
    [SK.ThisKeyword]: thisKeyword,
    [SK.Identifier]: (n: ts.Identifier, ctx: Context) => {
      if (n.text === "arguments") {
        const s = ctx.symbolAt(n);
        if (!s || !s.valueDeclaration || s.valueDeclaration.getSourceFile().isDeclarationFile) ctx.fail(argumentsObject(n));
      }
      return identifierReference(n, ctx);
    },
    [SK.ArrayLiteralExpression]: arrayLiteral,
  },
};
