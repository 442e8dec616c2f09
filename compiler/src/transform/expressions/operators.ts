// Binary, unary, logical and conditional operators.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import { looseEquality, unsupportedFeature, unsupportedOperatorType } from "../../diagnostics/catalog";
import { isAnyLike, isBoolean, isNumber, isString, mayBeNull, typeOf, typeToString, isClassInstance, isArray, isNullable, isRecord, libTypeName, pythonTruthinessAgrees } from "../types";
import { notTest, plainTruthiness, reusable, truthTest } from "../truthiness";
import { intRange, isInt, isNonZero } from "../analysis/numeric";
import { literalValue } from "../analysis/literals";
import { within } from "../analysis/ranges";
import type { IntRange } from "../analysis/ranges";
import { toJsString } from "./convert";
import { assignment, isAssignmentOperator, prefixUpdate, postfixUpdate } from "./assignment";

const SK = ts.SyntaxKind;

type Category = "number" | "string" | "boolean" | "object" | "nullish" | "unknown";

function category(ctx: Context, node: ts.Node): Category {
  const t = typeOf(ctx, node);
  if (isAnyLike(t)) return "unknown";
  if (isNumber(t)) return "number";
  if (isString(t)) return "string";
  if (isBoolean(t)) return "boolean";
  if (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) return "nullish";
  const nn = ctx.checker.getNonNullableType(t);
  if (isClassInstance(ctx, nn) || isArray(ctx, nn)) return "object";
  if (nn.flags & (ts.TypeFlags.Object | ts.TypeFlags.NonPrimitive) && !nn.isUnion()) {
    // `{}` or `{ length: number }` also accept strings and numbers, which compare by value.
    const c = ctx.checker;
    if (c.isTypeAssignableTo(c.getStringType(), nn) || c.isTypeAssignableTo(c.getNumberType(), nn) || c.isTypeAssignableTo(c.getBooleanType(), nn)) return "unknown";
    return "object";
  }
  return "unknown";
}

const isNullLiteral = (n: ts.Node) => n.kind === SK.NullKeyword;
const isUndefinedLiteral = (n: ts.Node) => ts.isIdentifier(n) && n.text === "undefined";

function strip(n: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n)) n = n.expression;
  return n;
}

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
function strictEquality(ctx: Context, node: ts.BinaryExpression, negate: boolean): py.Expr {
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

function looseEq(ctx: Context, node: ts.BinaryExpression, negate: boolean): py.Expr {
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

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
// Largest int a double holds exactly with its neighbours (ranges are computed in doubles: a bound
// that reaches 2**53 may stand for a larger exact value).
const SAFE = 2 ** 53 - 1;

function requireNumbers(ctx: Context, node: ts.BinaryExpression, op: string) {
  const ca = category(ctx, node.left);
  const cb = category(ctx, node.right);
  if (ca !== "number" || cb !== "number") {
    ctx.fail(unsupportedOperatorType(node.operatorToken, op, typeToString(ctx, typeOf(ctx, ca !== "number" ? node.left : node.right))));
  }
}

/** A folded number constant, when the expression is made of numeric literals only. */
export function numberConstant(node: ts.Node): py.Expr | undefined {
  const v = literalValue(node);
  if (v === undefined) return undefined;
  return py.num(v);
}

/**
 * `a op b` on numbers with JavaScript's results, given the translated operands. Plain Python where
 * the operand ranges (analysis/numeric.ts) make Python's operator agree, a `tsmpy.num` helper
 * otherwise. Shared by binary expressions and compound assignments.
 */
/**
 * `a * b` with JavaScript's rounding. A JS product is the exact product rounded to a double; a
 * Python int product stays exact, so past 2**53 (an LCG's `seed * 1103515245`, a factorial) the
 * two part ways. IEEE multiplication is correctly rounded, so `float(exact)` is JS's value: the
 * product is converted when it leaves the safe range. Plain when the int-range analysis proves
 * the product safe, or an operand is a non-integral literal (a float product is already IEEE).
 */
function productLikeJs(ctx: Context, ra: IntRange | undefined, rb: IntRange | undefined, leftNode: ts.Node, rightNode: ts.Node, product: py.Expr): py.Expr {
  if (ra && rb) {
    const bound = Math.max(Math.abs(ra.lo), Math.abs(ra.hi)) * Math.max(Math.abs(rb.lo), Math.abs(rb.hi));
    if (bound <= SAFE) return product;
  }
  const la = literalValue(leftNode);
  const lb = literalValue(rightNode);
  if ((la !== undefined && !Number.isInteger(la)) || (lb !== undefined && !Number.isInteger(lb))) return product;
  if (!productMayGrowPastSafe(leftNode, rightNode, la, lb)) return product;
  const t = ctx.temp();
  // Every int up to 2**53 is an exact double.
  const limit: py.Expr = { kind: "Const", value: BigInt(2 ** 53) };
  const inRange: py.Expr = { kind: "Compare", left: py.unary("-", limit), ops: ["<=", "<="], comparators: [py.namedExpr(t, product), limit] };
  return py.ifExp(inRange, t, py.call(py.name("float"), [t]));
}

/**
 * The products that realistically leave the safe range, and so get the rounding check (checking
 * every product would slow all arithmetic for a rare case): a large literal factor (LCG
 * multipliers), a product that feeds back into one of its operands (`r *= i`,
 * `seed = (seed * a + c) % m`), and a factor that is a recursive call (`n * fact(n - 1)`).
 * Other products of two values above 2**26 stay exact (docs/dialect.md, known differences).
 */
function productMayGrowPastSafe(leftNode: ts.Node, rightNode: ts.Node, la: number | undefined, lb: number | undefined): boolean {
  const LARGE = 2 ** 21;
  if ((la !== undefined && Math.abs(la) >= LARGE) || (lb !== undefined && Math.abs(lb) >= LARGE)) return true;
  const operands = [leftNode, rightNode].map((n) => stripNode(n).getText());
  // `x *= e`: the compound assignment passes its own target as the left operand.
  const parent = leftNode.parent;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === SK.AsteriskEqualsToken && parent.left === leftNode) return true;
  // `x = ... x * e ...`
  for (let n: ts.Node | undefined = leftNode.parent; n && !ts.isStatement(n) && !ts.isFunctionLike(n); n = n.parent) {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === SK.EqualsToken) {
      if (operands.includes(stripNode(n.left).getText())) return true;
      break;
    }
  }
  // `n * f(n - 1)` inside f
  const fn = ts.findAncestor(leftNode, ts.isFunctionLike);
  const fnName = fn && (ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn)) && fn.name?.text;
  return !!fnName && [leftNode, rightNode].some((n) => {
    const e = stripNode(n);
    return ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === fnName;
  });
}

function stripNode(n: ts.Node): ts.Node {
  while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n)) n = n.expression;
  return n;
}

export function numberOp(ctx: Context, op: string, leftNode: ts.Node, rightNode: ts.Node, a: py.Expr, b: py.Expr): py.Expr {
  const ra = intRange(ctx, leftNode);
  const rb = intRange(ctx, rightNode);
  const lb = literalValue(rightNode);
  const int32 = (r: typeof ra) => within(r, INT32_MIN, INT32_MAX);
  const nonNeg32 = (r: typeof ra) => within(r, 0, INT32_MAX);
  const safe = (r: typeof ra) => within(r, -SAFE, SAFE);
  const toInt32 = (r: typeof ra, e: py.Expr) => (int32(r) ? e : ctx.helperCall("js_toint32", [e]));
  switch (op) {
    case "+":
    case "-":
      return py.binop(a, op, b);
    case "*":
      return productLikeJs(ctx, ra, rb, leftNode, rightNode, py.binop(a, "*", b));
    case "/":
      if (isNonZero(ctx, rightNode)) return py.binop(a, "/", b);
      // A divisor held in a name: plain division unless it is 0 (NaN is truthy in Python too).
      // (The test runs before the dividend: the dividend must not assign anything.)
      if (b.kind === "Name" && (py.isSimple(a) || a.kind === "BinOp" || a.kind === "Attribute") && !assigns(a)) {
        return py.ifExp(b, py.binop(a, "/", b), ctx.helperCall("js_div", [a, b]));
      }
      return ctx.helperCall("js_div", [a, b]);
    case "%":
      // Python's sign follows the divisor, JavaScript's the dividend: equal for a >= 0, b > 0.
      if (within(ra, 0, SAFE) && ((rb && rb.lo > 0) || (lb !== undefined && lb > 0 && Number.isFinite(lb)))) return py.binop(a, "%", b);
      return ctx.helperCall("js_mod", [a, b]);
    case "**":
      if (rb && rb.lo >= 0) return py.binop(a, "**", b);
      if (ra && ra.lo > 0 && lb !== undefined && Number.isFinite(lb)) return py.binop(a, "**", b);
      return ctx.helperCall("js_pow", [a, b]);
    case "&":
      // A non-negative int32 mask keeps only low bits, which Python ints share with ToInt32.
      // (Past 2**53 a Python int is exact where JS holds a rounded double: low bits differ.)
      if ((nonNeg32(ra) && safe(rb)) || (nonNeg32(rb) && safe(ra)) || (int32(ra) && int32(rb))) return py.binop(a, "&", b);
      if (int32(ra) || int32(rb)) return py.binop(toInt32(ra, a), "&", toInt32(rb, b));
      return ctx.helperCall("js_band", [a, b]);
    case "|":
    case "^":
      if (lb === 0) return toInt32(ra, a);
      if (int32(ra) && int32(rb)) return py.binop(a, op, b);
      if (int32(ra) || int32(rb)) return py.binop(toInt32(ra, a), op, toInt32(rb, b));
      return ctx.helperCall(op === "|" ? "js_bor" : "js_bxor", [a, b]);
    case "<<": {
      if (ra && lb !== undefined && Number.isInteger(lb)) {
        const sh = lb & 31;
        if (sh === 0) return toInt32(ra, a);
        if (within(ra, INT32_MIN / 2 ** sh, INT32_MAX / 2 ** sh)) return py.binop(a, "<<", py.num(sh));
      }
      return ctx.helperCall("js_shl", [a, b]);
    }
    case ">>":
      if (int32(ra)) {
        if (lb !== undefined && Number.isInteger(lb)) return (lb & 31) === 0 ? a : py.binop(a, ">>", py.num(lb & 31));
        if (within(rb, 0, 31)) return py.binop(a, ">>", b);
      }
      return ctx.helperCall("js_sar", [a, b]);
    case ">>>":
      if (nonNeg32(ra)) {
        if (lb !== undefined && Number.isInteger(lb)) return (lb & 31) === 0 ? a : py.binop(a, ">>", py.num(lb & 31));
        if (within(rb, 0, 31)) return py.binop(a, ">>", b);
      }
      if (lb === 0) return ctx.helperCall("js_touint32", [a]);
      return ctx.helperCall("js_shr", [a, b]);
  }
  throw new Error(`numberOp: ${op}`);
}

/** Whether a Python expression contains an assignment expression. */
function assigns(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  if ((e as py.Expr).kind === "NamedExpr") return true;
  for (const v of Object.values(e as object)) {
    if (Array.isArray(v) ? v.some(assigns) : typeof v === "object" && assigns(v)) return true;
  }
  return false;
}

function arithmetic(ctx: Context, node: ts.BinaryExpression, op: string): py.Expr {
  requireNumbers(ctx, node, op);
  const folded = numberConstant(node);
  if (folded) return folded;
  const [a, b] = ctx.ordered([node.left, node.right]);
  return numberOp(ctx, op, node.left, node.right, a, b);
}

/** `a + b` of two Python strings, joining adjacent constants. */
export function concat(a: py.Expr, b: py.Expr): py.Expr {
  const isStr = (e: py.Expr): e is py.Const => e.kind === "Const" && typeof e.value === "string";
  if (isStr(a) && isStr(b)) return py.str((a.value as string) + (b.value as string));
  if (isStr(b) && b.value === "") return a;
  if (isStr(a) && a.value === "") return b;
  if (isStr(b) && a.kind === "BinOp" && a.op === "+" && isStr(a.right)) return py.binop(a.left, "+", py.str((a.right.value as string) + b.value));
  return py.binop(a, "+", b);
}

function plus(ctx: Context, node: ts.BinaryExpression): py.Expr {
  const ca = category(ctx, node.left);
  const cb = category(ctx, node.right);
  if (ca === "number" && cb === "number") {
    const folded = numberConstant(node);
    if (folded) return folded;
    const [a, b] = ctx.ordered([node.left, node.right]);
    return py.binop(a, "+", b);
  }
  if (ca === "string" || cb === "string") {
    const [a, b] = ctx.ordered([node.left, node.right], (n) => toJsString(ctx, n, ctx.expr(n)));
    // "" + x is String(x); both sides are Python strings now.
    return concat(a, b);
  }
  const [a, b] = ctx.ordered([node.left, node.right]);
  return ctx.helperCall("js_add", [a, b]);
}

function bitwise(ctx: Context, node: ts.BinaryExpression, op: "&" | "|" | "^" | "<<" | ">>" | ">>>"): py.Expr {
  requireNumbers(ctx, node, op);
  const folded = numberConstant(node);
  if (folded) return folded;
  const [a, b] = ctx.ordered([node.left, node.right]);
  return numberOp(ctx, op, node.left, node.right, a, b);
}

function comparison(ctx: Context, node: ts.BinaryExpression, op: py.CmpOperator): py.Expr {
  const ca = category(ctx, node.left);
  const cb = category(ctx, node.right);
  if (!((ca === "number" && cb === "number") || (ca === "string" && cb === "string"))) {
    ctx.fail(unsupportedOperatorType(node.operatorToken, op, `${typeToString(ctx, typeOf(ctx, node.left))} and ${typeToString(ctx, typeOf(ctx, node.right))}`));
  }
  const [a, b] = ctx.ordered([node.left, node.right]);
  return py.compare(a, op, b);
}

/** `a && b`, `a || b`, `a ?? b`, keeping JS's "returns an operand" semantics and short-circuiting. */
function logical(ctx: Context, node: ts.BinaryExpression, kind: "&&" | "||" | "??"): py.Expr {
  const left = ctx.expr(node.left);
  const { pre, value: right } = ctx.capture(() => ctx.expr(node.right));
  const lt = typeOf(ctx, node.left);
  if (pre.length) {
    // The right operand needs statements: only run them when JS would evaluate it.
    const t = ctx.toTemp(left);
    const test = kind === "??" ? nullishTest(ctx, lt, t) : truthTest(ctx, node.left, t);
    // `&&` runs the right operand when the left is truthy, `||` when falsy, `??` when nullish.
    const runRight = kind === "&&" ? test : negateTest(test);
    ctx.addPre(py.ifStmt(runRight, [...pre, py.assign(t, right)]));
    return t;
  }
  if (kind !== "??" && plainTruthiness(ctx, node.left)) {
    return py.boolop(kind === "&&" ? "and" : "or", [left, right]);
  }
  // A left operand whose test is settled by its type (a non-null array is always truthy, a
  // non-nullable value never nullish): decide on a probe name, so that no walrus is spent.
  const probe = py.name("_probe");
  const settled = kind === "??" ? nullishTest(ctx, lt, probe) : truthTest(ctx, node.left, probe);
  if (settled.kind === "Const" && typeof settled.value === "boolean") {
    const rightWins = (kind === "&&") === settled.value;
    if (!rightWins) return left;
    // The left operand is still evaluated, first, for its effects.
    return py.isSimple(left) ? right : py.subscript(py.tuple([left, right]), py.num(1));
  }
  const r = reusable(ctx, left);
  const test = kind === "??" ? nullishTest(ctx, lt, r.first) : truthTest(ctx, node.left, r.first);
  if (kind === "??") return py.ifExp(test, r.again, right);
  return kind === "&&" ? py.ifExp(test, right, r.again) : py.ifExp(test, r.again, right);
}

/** True when a value of type `t` held in `v` is neither null nor undefined. */
export function nullishTest(ctx: Context, t: ts.Type, v: py.Expr): py.Expr {
  if (!isNullable(t)) return py.bool(true);
  if (!mayBeNull(t)) return py.compare(v, "is not", py.none());
  const r = reusable(ctx, v);
  return py.boolop("and", [py.compare(r.first, "is not", py.none()), py.compare(r.again, "is not", ctx.helper("js_null"))]);
}

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

/** `typeof x === "string"` and friends as direct type tests; undefined for other shapes. */
function typeofComparison(ctx: Context, node: ts.BinaryExpression, negate: boolean): py.Expr | undefined {
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

export function negateTest(e: py.Expr): py.Expr {
  if (e.kind === "Compare" && e.ops.length === 1) {
    const inv: Partial<Record<py.CmpOperator, py.CmpOperator>> = { is: "is not", "is not": "is", in: "not in", "not in": "in", "==": "!=", "!=": "==" };
    const op = inv[e.ops[0]];
    if (op) return { ...e, ops: [op] };
  }
  return py.unary("not", e);
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
