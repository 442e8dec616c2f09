// Arithmetic on numbers with JavaScript's results: numberOp (plain Python where the int ranges
// agree, a helper otherwise), productLikeJs and the 2**53 rounding rule, constant folding, `+` on
// strings, bitwise operators and ordering comparisons.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { unsupportedOperatorType } from "../../diagnostics/catalog";
import { typeOf, typeToString } from "../types";
import { intRange, isNonZero } from "../analysis/numeric";
import { literalValue } from "../analysis/literals";
import { within } from "../analysis/ranges";
import type { IntRange } from "../analysis/ranges";
import { toJsString } from "./convert";
import { category } from "./category";
import { evaluatedOnceBefore } from "./position";

const SK = ts.SyntaxKind;

export const INT32_MIN = -(2 ** 31);
export const INT32_MAX = 2 ** 31 - 1;
// Largest int a double holds exactly with its neighbours (ranges are computed in doubles: a bound
// that reaches 2**53 may stand for a larger exact value).
const SAFE = 2 ** 53 - 1;

export function requireNumbers(ctx: Context, node: ts.BinaryExpression, op: string) {
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

/**
 * `a op b` on numbers with JavaScript's results, given the translated operands. Plain Python where
 * the operand ranges (analysis/numeric.ts) make Python's operator agree, a `tsmpy.num` helper
 * otherwise. Shared by binary expressions and compound assignments.
 */
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
      // Any other divisor: both operands to temporaries, in JS order, then the same test; only
      // where the statements before this one run unconditionally (no short-circuit or loop test).
      if (evaluatedOnceBefore(rightNode)) {
        // (a name stays: the divisor cannot reassign it when it calls nothing but math functions)
        const ta = a.kind === "Const" || (a.kind === "Name" && callsOnlyMath(b)) ? a : ctx.toTemp(a);
        const tb = ctx.toTemp(b);
        return py.ifExp(tb, py.binop(ta, "/", tb), ctx.helperCall("js_div", [ta, tb]));
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

export function arithmetic(ctx: Context, node: ts.BinaryExpression, op: string): py.Expr {
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

export function plus(ctx: Context, node: ts.BinaryExpression): py.Expr {
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

export function bitwise(ctx: Context, node: ts.BinaryExpression, op: "&" | "|" | "^" | "<<" | ">>" | ">>>"): py.Expr {
  requireNumbers(ctx, node, op);
  const folded = numberConstant(node);
  if (folded) return folded;
  const [a, b] = ctx.ordered([node.left, node.right]);
  return numberOp(ctx, op, node.left, node.right, a, b);
}

export function comparison(ctx: Context, node: ts.BinaryExpression, op: py.CmpOperator): py.Expr {
  const ca = category(ctx, node.left);
  const cb = category(ctx, node.right);
  if (!((ca === "number" && cb === "number") || (ca === "string" && cb === "string"))) {
    ctx.fail(unsupportedOperatorType(node.operatorToken, op, `${typeToString(ctx, typeOf(ctx, node.left))} and ${typeToString(ctx, typeOf(ctx, node.right))}`));
  }
  const [a, b] = ctx.ordered([node.left, node.right]);
  return py.compare(a, op, b);
}

/** No walrus, await or yield, and every call is `math.f(...)`: evaluating it writes no variable. */
function callsOnlyMath(e: unknown): boolean {
  if (!e || typeof e !== "object") return true;
  const x = e as py.Expr;
  if (x.kind === "NamedExpr" || x.kind === "Await" || x.kind === "Yield" || x.kind === "Lambda" || x.kind === "RawExpr") return false;
  if (x.kind === "Call" && !(x.func.kind === "Attribute" && x.func.value.kind === "Name" && x.func.value.id === "math")) return false;
  for (const v of Object.values(e as object)) {
    if (Array.isArray(v) ? !v.every(callsOnlyMath) : typeof v === "object" && !callsOnlyMath(v)) return false;
  }
  return true;
}
