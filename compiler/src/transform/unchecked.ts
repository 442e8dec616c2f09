// Unchecked index reads. Without noUncheckedIndexedAccess TypeScript types `xs[i]` and `rec[k]` as
// the element type, but an out-of-range index or a missing key reads undefined at run time. The
// read itself is lowered so that it gives undefined (None) wherever the program can observe it
// (expressions/access.ts); every decision made from the static type of an expression that may
// carry such a read must then account for undefined: `typeOf` (types.ts) adds it through
// `withMissing`, following the value through `??`, `||`, `&&`, conditionals, parentheses and
// optional chains.
//
// Two kinds of read never give undefined and keep their declared type (and their speed): a read
// consumed at once by an operation that has no use for undefined (arithmetic, ordering, member
// access: a plain subscript, loud IndexError when out of range) and a read proven in range
// (`xs[i]` in `for (let i = 0; i < xs.length; i++)`).
import { ts } from "ts-morph";
import type { Context } from "./context";
import { isArray, isNullable, isNumber, isRecord, isString, typeOf } from "./types";
const SK = ts.SyntaxKind;
const F = ts.TypeFlags;
const WIDENED = Symbol("widened-by-missing-reads");

/**
 * The expression that consumes the value of `node` (`p`), looking through parentheses, `!` and
 * `as`, and the child of `p` that holds the value (`n`).
 */
export function consumer(node: ts.Node): { n: ts.Node; p: ts.Node | undefined } {
  let n = node;
  let p = n.parent;
  while (p && (ts.isParenthesizedExpression(p) || ts.isNonNullExpression(p) || ts.isAsExpression(p))) {
    n = p;
    p = p.parent;
  }
  return { n, p };
}

/** `xs[i]`, `s[i]`, `rec[k]`, `rec.k`: a read whose value may be missing although its type says otherwise. */
export function isUncheckedIndexRead(ctx: Context, node: ts.Node): boolean {
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) node = node.expression;
  if (!ts.isElementAccessExpression(node) && !ts.isPropertyAccessExpression(node)) return false;
  const ot = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(node.expression));
  if (ts.isPropertyAccessExpression(node)) return isRecord(ctx, ot);
  if (isRecord(ctx, ot)) return true;
  if (ctx.checker.isTupleType(ot)) {
    const i = node.argumentExpression;
    const target = (ot as ts.TypeReference).target as ts.TupleType;
    return !(ts.isNumericLiteral(i) && Number(i.text) < target.minLength && !target.hasRestElement);
  }
  return ctx.checker.isArrayType(ot) || isString(ot) || isRecord(ctx, ot) || !!(ot.getStringIndexType() || ot.getNumberIndexType());
}

/** An unchecked read whose lowering can give None: not consumed at once, not proven in range. */
function readMayGiveUndefined(ctx: Context, node: ts.Node): boolean {
  if (!isUncheckedIndexRead(ctx, node)) return false;
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) node = node.expression;
  if (ts.isElementAccessExpression(node) && inLoopRange(ctx, node)) {
    const ot = ctx.checker.getTypeAtLocation(node.expression);
    if (isArray(ctx, ot) || isString(ot)) return false;
  }
  return true;
}

/**
 * A variable initialised from such a read (`const x = xs[i]`, `let b: boolean = flags[i]`): the
 * checker accepts the element type for both, but the value may be missing.
 */
function holdsUncheckedRead(ctx: Context, node: ts.Node): boolean {
  if (!ts.isIdentifier(node)) return false;
  const d = ctx.checker.getSymbolAtLocation(node)?.valueDeclaration;
  return !!d && ts.isVariableDeclaration(d) && !!d.initializer && ts.isIdentifier(d.name) && readMayGiveUndefined(ctx, d.initializer);
}

/** The type `t` of `node` (the checker's), with undefined added when the value may come from a missing read. */
export function withMissing(ctx: Context, node: ts.Node, t: ts.Type): ts.Type {
  if (t.flags & (F.Any | F.Unknown) || !mayCarryMissing(node) || consumedAtOnce(ctx, node) || isWriteTarget(node)) return t;
  if (readMayGiveUndefined(ctx, node) || holdsUncheckedRead(ctx, node)) return orUndefined(ctx, t);
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) return widened(ctx, node.expression) ?? t;
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return widened(ctx, node.expression) ? orUndefined(ctx, t) : t;
  if (ts.isBinaryExpression(node)) {
    const k = node.operatorToken.kind;
    if (k !== SK.QuestionQuestionToken && k !== SK.BarBarToken && k !== SK.AmpersandAmpersandToken && k !== SK.CommaToken) return t;
    const left = widened(ctx, node.left);
    const right = widened(ctx, node.right);
    // `a ?? b` where `a` is typed non-nullable still gives `b` when `a` is missing (nullishOperandType).
    if (k === SK.QuestionQuestionToken && !left && !right && isNullable(nullishOperandType(ctx, node.left)) && !isNullable(ctx.typeAtLocation(node.left))) {
      return union(ctx, [t, typeOf(ctx, node.right)]);
    }
    if (!left && !right) return t;
    // `??` and `||` give the right operand's value whenever the left one is missing.
    if (k === SK.QuestionQuestionToken || k === SK.BarBarToken) return union(ctx, [ctx.checker.getNonNullableType(left ?? typeOf(ctx, node.left)), right ?? typeOf(ctx, node.right)]);
    if (k === SK.AmpersandAmpersandToken) return union(ctx, [t, right ?? t, ...(left ? [ctx.checker.getUndefinedType()] : [])]);
    return right ?? t; // the comma operator
  }
  if (ts.isConditionalExpression(node)) {
    const a = widened(ctx, node.whenTrue);
    const b = widened(ctx, node.whenFalse);
    return a || b ? union(ctx, [t, a ?? t, b ?? t]) : t;
  }
  if (node.flags & ts.NodeFlags.OptionalChain) return chainMayShortCircuit(ctx, node) ? orUndefined(ctx, t) : t;
  return t;
}

/**
 * The type `a ?? b` and `a ??= b` test `a` with. A `??` is the program saying `a` may be missing:
 * a value typed non-nullable may still be undefined when it came from an unchecked read through
 * a parameter, a return, a property or destructuring, so the test is kept (one `is not None`)
 * unless `a` is an expression that always produces a value.
 */
export function nullishOperandType(ctx: Context, left: ts.Node): ts.Type {
  const t = typeOf(ctx, left);
  if (isNullable(t) || alwaysProducesValue(left)) return t;
  return orUndefined(ctx, t);
}

function alwaysProducesValue(node: ts.Node): boolean {
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) node = node.expression;
  return ts.isLiteralExpression(node) || ts.isTemplateExpression(node) || ts.isObjectLiteralExpression(node) || ts.isArrayLiteralExpression(node) ||
    ts.isNewExpression(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isClassExpression(node) || ts.isPrefixUnaryExpression(node) ||
    node.kind === SK.TrueKeyword || node.kind === SK.FalseKeyword || node.kind === SK.ThisKeyword;
}

/** The kinds of expression whose value can be a missing read (checked first: typeOf asks for every node). */
function mayCarryMissing(node: ts.Node): boolean {
  switch (node.kind) {
    case SK.Identifier:
    case SK.ElementAccessExpression:
    case SK.PropertyAccessExpression:
    case SK.ParenthesizedExpression:
    case SK.NonNullExpression:
    case SK.AsExpression:
    case SK.SatisfiesExpression:
    case SK.ConditionalExpression:
      return true;
    case SK.CallExpression:
      return !!(node.flags & ts.NodeFlags.OptionalChain);
    case SK.BinaryExpression: {
      const k = (node as ts.BinaryExpression).operatorToken.kind;
      return k === SK.QuestionQuestionToken || k === SK.BarBarToken || k === SK.AmpersandAmpersandToken || k === SK.CommaToken;
    }
    default:
      return false;
  }
}

/** `xs[i] = v`, `xs[i] += v`, `xs[i]++`: the place written keeps its declared type (the element's). */
function isWriteTarget(node: ts.Node): boolean {
  const { n, p } = consumer(node);
  if (!p) return false;
  if (ts.isBinaryExpression(p)) {
    const k = p.operatorToken.kind;
    // `??=`, `||=`, `&&=` test the value first: there it may be missing.
    if (k === SK.QuestionQuestionEqualsToken || k === SK.BarBarEqualsToken || k === SK.AmpersandAmpersandEqualsToken) return false;
    return p.left === n && k >= SK.FirstAssignment && k <= SK.LastAssignment;
  }
  return (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === SK.PlusPlusToken || p.operator === SK.MinusMinusToken);
}

/** The type `typeOf` gives `node` when a missing read changes it from the checker's, else undefined. */
function widened(ctx: Context, node: ts.Node): ts.Type | undefined {
  // Memoised per node: operands of `??`/`||` chains are asked again by each enclosing link.
  let memo = ctx.memo.get(WIDENED) as Map<ts.Node, ts.Type | undefined> | undefined;
  if (!memo) ctx.memo.set(WIDENED, (memo = new Map()));
  if (memo.has(node)) return memo.get(node);
  const declared = ctx.typeAtLocation(node);
  const t = withMissing(ctx, node, declared);
  const answer = t === declared ? undefined : t;
  memo.set(node, answer);
  return answer;
}

/** `r["x"]?.length`: some `?.` link's object may be missing, so the chain may give undefined. */
function chainMayShortCircuit(ctx: Context, node: ts.Node): boolean {
  let e: ts.Node = node;
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isCallExpression(e) || ts.isNonNullExpression(e)) {
    // A `?.` is the program saying the object may be missing: even typed non-nullable, it may have
    // received an unchecked read through a parameter, a return or a property.
    if (!ts.isNonNullExpression(e) && e.questionDotToken && !alwaysProducesValue(e.expression)) return true;
    if (!(e.flags & ts.NodeFlags.OptionalChain)) return false;
    e = e.expression;
  }
  return false;
}

function orUndefined(ctx: Context, t: ts.Type): ts.Type {
  return ctx.checker.getNullableType(t, F.Undefined);
}

function union(ctx: Context, types: ts.Type[]): ts.Type {
  // getUnionType is internal to the checker but present on it.
  return (ctx.checker as unknown as { getUnionType(types: ts.Type[]): ts.Type }).getUnionType(types);
}

const STRICT_OPERATORS = new Set([
  SK.PlusToken, SK.MinusToken, SK.AsteriskToken, SK.SlashToken, SK.PercentToken, SK.AsteriskAsteriskToken,
  SK.LessThanToken, SK.GreaterThanToken, SK.LessThanEqualsToken, SK.GreaterThanEqualsToken,
  SK.AmpersandToken, SK.BarToken, SK.CaretToken, SK.LessThanLessThanToken, SK.GreaterThanGreaterThanToken,
  SK.GreaterThanGreaterThanGreaterThanToken, SK.PlusEqualsToken, SK.MinusEqualsToken, SK.AsteriskEqualsToken,
  SK.SlashEqualsToken, SK.PercentEqualsToken,
]);

/**
 * True when the value read is used at once by an operation that has no use for undefined
 * (arithmetic, comparison, member access, call, indexing): an out-of-range read there is a bug
 * in the program either way, and a plain subscript keeps loops fast. Reads that are stored,
 * passed, returned, printed, concatenated to strings or tested may legitimately be undefined.
 */
export function consumedAtOnce(ctx: Context, node: ts.Node): boolean {
  const { n, p } = consumer(node);
  if (!p) return false;
  if (ts.isBinaryExpression(p)) {
    const k = p.operatorToken.kind;
    if (!STRICT_OPERATORS.has(k) || (p.left === n && k >= SK.FirstAssignment && k <= SK.LastAssignment)) return false;
    // `"x=" + xs[i]` is a string concatenation, where undefined is spelled "undefined".
    return !((k === SK.PlusToken || k === SK.PlusEqualsToken) && !isNumber(ctx.typeAtLocation(p)));
  }
  if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p) || ts.isCallExpression(p)) && p.expression === n) return !p.questionDotToken;
  if (ts.isElementAccessExpression(p) && p.argumentExpression === n) return true;
  if (ts.isPrefixUnaryExpression(p)) return p.operator === SK.MinusToken || p.operator === SK.PlusToken || p.operator === SK.TildeToken;
  return false;
}

/**
 * `xs[i]` inside `for (let i = 0; i < xs.length; i++)` (or `i += 1`), where the body neither
 * assigns `i` nor `xs` nor shrinks `xs` (pop, shift, splice, length =): always in range.
 */
export function inLoopRange(ctx: Context, node: ts.ElementAccessExpression): boolean {
  const idx = node.argumentExpression;
  const arr = node.expression;
  if (!ts.isIdentifier(idx) || !ts.isIdentifier(arr)) return false;
  const idxSym = ctx.symbolAt(idx);
  const arrSym = ctx.symbolAt(arr);
  if (!idxSym || !arrSym) return false;
  for (let p: ts.Node | undefined = node.parent; p && !ts.isFunctionLike(p) && !ts.isSourceFile(p); p = p.parent) {
    if (!ts.isForStatement(p)) continue;
    const init = p.initializer;
    if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1) continue;
    const d = init.declarations[0];
    if (!ts.isIdentifier(d.name) || ctx.symbolAt(d.name) !== idxSym) continue;
    const cond = p.condition;
    if (!cond || !ts.isBinaryExpression(cond) || cond.operatorToken.kind !== SK.LessThanToken) return false;
    if (!ts.isIdentifier(cond.left) || ctx.symbolAt(cond.left) !== idxSym) return false;
    const r = cond.right;
    if (!ts.isPropertyAccessExpression(r) || r.name.text !== "length" || !ts.isIdentifier(r.expression) || ctx.symbolAt(r.expression) !== arrSym) return false;
    const inc = p.incrementor;
    const incOk = !!inc && ((ts.isPostfixUnaryExpression(inc) || ts.isPrefixUnaryExpression(inc)) && inc.operator === SK.PlusPlusToken ||
      ts.isBinaryExpression(inc) && inc.operatorToken.kind === SK.PlusEqualsToken && ts.isNumericLiteral(inc.right) && inc.right.text === "1");
    if (!incOk) return false;
    return !mutatesInBody(ctx, p.statement, idxSym, arrSym);
  }
  return false;
}

function mutatesInBody(ctx: Context, body: ts.Node, idxSym: ts.Symbol, arrSym: ts.Symbol): boolean {
  let bad = false;
  const visit = (n: ts.Node) => {
    if (bad) return;
    if (ts.isIdentifier(n)) {
      const sym = ctx.symbolAt(n);
      if (sym === idxSym || sym === arrSym) {
        const p = n.parent;
        if (ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind >= SK.FirstAssignment && p.operatorToken.kind <= SK.LastAssignment) bad = true;
        if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === SK.PlusPlusToken || p.operator === SK.MinusMinusToken)) bad = true;
        if (sym === arrSym && ts.isPropertyAccessExpression(p) && p.expression === n && /^(pop|shift|splice|length)$/.test(p.name.text)) {
          const gp = p.parent;
          if (p.name.text !== "length" || (ts.isBinaryExpression(gp) && gp.left === p)) bad = true;
        }
        if (sym === arrSym && !ts.isPropertyAccessExpression(p) && !ts.isElementAccessExpression(p)) bad = true; // passed or aliased
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  return bad;
}
