// Equality: `===`/`!==` (plain `==`, `is`, function equality, `js_eq` where the types leave it
// open), `==`/`!=` (null checks, or strict equality for operands of one category), and
// `typeof x === "..."` as a direct type test.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { looseEquality, unsupportedFeature } from "../../diagnostics/catalog";
import { isAnyLike, mayBeNull, typeOf, isClassInstance, libTypeName } from "../types";
import { reusable } from "../truthiness";
import { literalValue } from "../analysis/literals";
import { category, strip } from "./category";
import { negateTest } from "./logical";

const SK = ts.SyntaxKind;

const isNullLiteral = (n: ts.Node) => n.kind === SK.NullKeyword;
const isUndefinedLiteral = (n: ts.Node) => ts.isIdentifier(n) && n.text === "undefined";

const F = ts.TypeFlags;
const PRIMITIVE = F.NumberLike | F.StringLike | F.BooleanLike | F.Null | F.Undefined | F.Void;

function members(t: ts.Type): ts.Type[] {
  return t.isUnion() ? t.types : [t];
}

/**
 * Python's `==` is JavaScript's `===` for unions of primitives and class instances (identity),
 * except that `True == 1` in Python: a boolean on one side and a number on the other need js_eq.
 * Arrays, records and built-in collections compare by content in Python, so they are excluded.
 */
function pythonEqualityAgrees(ctx: Context, ta: ts.Type, tb: ts.Type): boolean {
  const ok = (t: ts.Type) => !isAnyLike(t) && members(t).every((u) => !!(u.flags & PRIMITIVE) || (!libTypeName(ctx, u) && isClassInstance(ctx, u)));
  if (!ok(ta) || !ok(tb)) return false;
  const has = (t: ts.Type, f: number) => members(t).some((u) => !!(u.flags & f));
  if ((has(ta, F.BooleanLike) && has(tb, F.NumberLike)) || (has(ta, F.NumberLike) && has(tb, F.BooleanLike))) return false;
  return true;
}

/**
 * `a % c === 0` with a non-zero constant `c`: JavaScript's and Python's remainders differ in sign
 * but are zero for the same `a` (NaN and infinities included), so plain `a % c == 0` is exact.
 */
function remainderIsZero(ctx: Context, l: ts.Expression, r: ts.Expression, negate: boolean): py.Expr | undefined {
  const [rem, zero] = literalValue(r) === 0 ? [l, r] : literalValue(l) === 0 ? [r, l] : [];
  if (!rem || !zero || !ts.isBinaryExpression(rem) || rem.operatorToken.kind !== SK.PercentToken) return undefined;
  const c = literalValue(rem.right);
  if (c === undefined || c === 0 || !Number.isFinite(c) || literalValue(rem) !== undefined) return undefined;
  if (category(ctx, rem.left) !== "number") return undefined;
  const a = ctx.expr(rem.left);
  return py.compare(py.binop(a, "%", ctx.expr(rem.right)), negate ? "!=" : "==", py.num(0));
}

function isMethodRead(ctx: Context, node: ts.Expression): boolean {
  const n = strip(node);
  if (!ts.isPropertyAccessExpression(n)) return false;
  const decl = ctx.symbolAt(n.name)?.valueDeclaration;
  return !!decl && ts.isMethodDeclaration(decl);
}

function isFunctionValue(ctx: Context, node: ts.Node): boolean {
  const t = ctx.checker.getNonNullableType(typeOf(ctx, node));
  return t.getCallSignatures().length > 0 && t.getProperties().every((p) => p.flags & ts.SymbolFlags.Method || p.name === "prototype");
}

/** `a === b` as Python, or its negation when `negate`. */
export function strictEquality(ctx: Context, node: ts.BinaryExpression, negate: boolean): py.Expr {
  const l = strip(node.left);
  const r = strip(node.right);
  const remZero = remainderIsZero(ctx, l, r, negate);
  if (remZero) return remZero;
  const nullSide = isNullLiteral(r) ? l : isNullLiteral(l) ? r : undefined;
  const undefSide = isUndefinedLiteral(r) ? l : isUndefinedLiteral(l) ? r : undefined;
  if (nullSide) return py.compare(ctx.expr(nullSide), negate ? "is not" : "is", ctx.helper("js_null"));
  if (undefSide) return py.compare(ctx.expr(undefSide), negate ? "is not" : "is", py.none());
  const [a, b] = ctx.ordered([node.left, node.right]);
  const ca = category(ctx, node.left);
  const cb = category(ctx, node.right);
  if (ca === cb && (ca === "number" || ca === "string" || ca === "boolean")) return py.compare(a, negate ? "!=" : "==", b);
  if (ca === "object" || cb === "object") {
    // Functions compare with `==`: reading `obj.m` twice gives two bound-method objects, which
    // MicroPython's `==` (not `is`) recognises as the same method, as JS's === does.
    if (isFunctionValue(ctx, node.left) || isFunctionValue(ctx, node.right)) {
      // JS methods live on the prototype: `a.m === b.m` is true for two instances, while their
      // Python bound methods differ. Refuse that form rather than answer differently.
      if (isMethodRead(ctx, node.left) && isMethodRead(ctx, node.right) && strip(node.left).getText() !== strip(node.right).getText()) {
        ctx.fail(unsupportedFeature(node, "Comparing methods read from two objects", "JS compares the shared prototype function"));
      }
      return py.compare(a, negate ? "!=" : "==", b);
    }
    if (ca !== "unknown" && cb !== "unknown") return py.compare(a, negate ? "is not" : "is", b);
  }
  if (pythonEqualityAgrees(ctx, typeOf(ctx, node.left), typeOf(ctx, node.right))) return py.compare(a, negate ? "!=" : "==", b);
  const eq = ctx.helperCall("js_eq", [a, b]);
  return negate ? py.unary("not", eq) : eq;
}

export function looseEq(ctx: Context, node: ts.BinaryExpression, negate: boolean): py.Expr {
  const l = strip(node.left);
  const r = strip(node.right);
  const other = isNullLiteral(r) || isUndefinedLiteral(r) ? l : isNullLiteral(l) || isUndefinedLiteral(l) ? r : undefined;
  if (other) {
    const t = typeOf(ctx, other);
    const v = ctx.expr(other);
    if (!mayBeNull(t)) return py.compare(v, negate ? "is not" : "is", py.none());
    const re = reusable(ctx, v);
    return negate
      ? py.boolop("and", [py.compare(re.first, "is not", py.none()), py.compare(re.again, "is not", ctx.helper("js_null"))])
      : py.boolop("or", [py.compare(re.first, "is", py.none()), py.compare(re.again, "is", ctx.helper("js_null"))]);
  }
  const ca = category(ctx, node.left);
  const cb = category(ctx, node.right);
  if (ca === cb && ca !== "unknown" && ca !== "nullish") return strictEquality(ctx, node, negate);
  return ctx.fail(looseEquality(node));
}

/** `typeof x === "string"` and friends as direct type tests; undefined for other shapes. */
export function typeofComparison(ctx: Context, node: ts.BinaryExpression, negate: boolean): py.Expr | undefined {
  const l = strip(node.left);
  const r = strip(node.right);
  const [t, lit] = ts.isTypeOfExpression(l) && ts.isStringLiteralLike(r) ? [l, r] : ts.isTypeOfExpression(r) && ts.isStringLiteralLike(l) ? [r, l] : [];
  if (!t || !lit) return undefined;
  const v = ctx.expr(t.expression);
  const typeCall = () => py.call(py.name("type"), [v]);
  let test: py.Expr;
  switch (lit.text) {
    case "string":
      test = py.compare(typeCall(), "is", py.name("str"));
      break;
    case "boolean":
      test = py.compare(typeCall(), "is", py.name("bool"));
      break;
    case "number":
      test = py.compare(typeCall(), "in", py.tuple([py.name("int"), py.name("float")]));
      break;
    case "undefined":
      test = py.compare(v, "is", py.none());
      break;
    default: {
      const eq = py.compare(ctx.helperCall("js_typeof", [v]), negate ? "!=" : "==", py.str(lit.text));
      return eq;
    }
  }
  return negate ? negateTest(test) : test;
}
