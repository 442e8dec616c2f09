// Integer-range analysis for number expressions, so that operators whose JavaScript and Python
// semantics agree on integers (`%` on non-negative ints, bitwise ops on int32, `/` by a non-zero
// divisor, truthiness without NaN) can stay plain Python.
//
// It answers one question: what is known about the *Python* value the lowering produces for an
// expression of type number? Either nothing (`undefined`), or that it is a Python `int` within
// [lo, hi] (bounds may be infinite). Floats, NaN and Infinity are never claimed.
//
// Flow-insensitive: a `let` variable's range covers its initialiser and every write to it anywhere
// in the file (closures included), computed as a fixed point with widening. Parameters, properties
// and imported bindings are unknown.
//
// The facts must match what the visitors emit: an integral literal below 2**53 prints as a Python
// int; `len()` is an int; `Math.floor/ceil/round/trunc` lower to int-returning calls; helpers for
// bitwise operators return ints; `js_mod` on ints with a non-zero divisor returns an int.
import { ts } from "ts-morph";
import type { Context } from "../context";
import { isArray, isNumber, isString, typeOf } from "../types";

import { isStubDeclaration } from "../modules/stubs";
const SK = ts.SyntaxKind;

export interface IntRange {
  lo: number;
  hi: number;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
// Largest int a double holds exactly with its neighbours (ranges are computed in doubles: a bound
// that reaches 2**53 may stand for a larger exact value).
const SAFE = 2 ** 53 - 1;
/** Increments up to this size cannot carry a counter to 2**53 in any feasible run time. */
const SMALL_STEP = 1024;

const FULL: IntRange = { lo: -Infinity, hi: Infinity };
const INT32: IntRange = { lo: INT32_MIN, hi: INT32_MAX };

type Facts = IntRange | undefined;

interface State {
  vars: Map<ts.Symbol, Facts>;
  inProgress: Map<ts.Symbol, Facts>;
  writes?: Map<ts.Symbol, ts.Node[]>;
  /** Symbols whose writes we cannot see (destructuring, for-of, ...). */
  opaque?: Set<ts.Symbol>;
  /** In-progress symbols whose provisional facts the current computation has read. */
  taint: Set<ts.Symbol>;
  budget: number;
}

const KEY = Symbol("numeric-analysis");

function state(ctx: Context): State {
  let s = ctx.memo.get(KEY) as State | undefined;
  if (!s) ctx.memo.set(KEY, (s = { vars: new Map(), inProgress: new Map(), taint: new Set(), budget: 20000 }));
  return s;
}

function strip(n: ts.Node): ts.Node {
  while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n) || ts.isSatisfiesExpression(n) || ts.isTypeAssertionExpression(n)) n = n.expression;
  return n;
}

// ---------- public questions ----------

/** The int range of the Python value of `node`, or undefined when it may be a float. */
export function intRange(ctx: Context, node: ts.Node): IntRange | undefined {
  const s = state(ctx);
  if (s.inProgress.size === 0) s.budget = 5000;
  try {
    return facts(ctx, node);
  } catch (e) {
    if (e !== BUDGET) throw e;
    s.inProgress.clear();
    s.taint.clear();
    return undefined;
  }
}

export function isInt(ctx: Context, node: ts.Node): boolean {
  return !!intRange(ctx, node);
}

export function isNonNegativeInt(ctx: Context, node: ts.Node): boolean {
  const r = intRange(ctx, node);
  return !!r && r.lo >= 0;
}

export function isInt32(ctx: Context, node: ts.Node): boolean {
  const r = intRange(ctx, node);
  return !!r && r.lo >= INT32_MIN && r.hi <= INT32_MAX;
}

/** An int whose magnitude stays within 2**53, so `str(x)` prints it as JS does. */
export function isSafeInt(ctx: Context, node: ts.Node): boolean {
  const r = intRange(ctx, node);
  return !!r && r.lo >= -SAFE && r.hi <= SAFE;
}

/** Provably not zero (and not NaN): an int range without 0, or a non-zero finite literal. */
export function isNonZero(ctx: Context, node: ts.Node): boolean {
  const n = strip(node);
  const lit = literalValue(n);
  if (lit !== undefined) return lit !== 0 && Number.isFinite(lit);
  const r = intRange(ctx, node);
  return !!r && (r.lo > 0 || r.hi < 0);
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

// ---------- range arithmetic ----------

const BUDGET = new Error("numeric analysis budget");

function join(a: Facts, b: Facts): Facts {
  if (!a || !b) return undefined;
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

function mul(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return a * b;
}

function add(a: IntRange, b: IntRange): IntRange {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

function sub(a: IntRange, b: IntRange): IntRange {
  return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

function times(a: IntRange, b: IntRange): IntRange {
  const c = [mul(a.lo, b.lo), mul(a.lo, b.hi), mul(a.hi, b.lo), mul(a.hi, b.hi)];
  return { lo: Math.min(...c), hi: Math.max(...c) };
}

export function within(r: IntRange | undefined, lo: number, hi: number): boolean {
  return !!r && r.lo >= lo && r.hi <= hi;
}

/** Smallest 2**k - 1 covering a non-negative bound (the largest result of | or ^ on [0, hi]). */
function bitCeil(hi: number): number {
  let m = 0;
  while (m < hi && m < INT32_MAX) m = m * 2 + 1;
  return m;
}

// ---------- facts of an expression ----------

function facts(ctx: Context, node: ts.Node): Facts {
  const s = state(ctx);
  if (--s.budget < 0) throw BUDGET;
  const n = strip(node);
  if (!isNumber(typeOf(ctx, n))) return undefined;
  const lit = literalValue(n);
  if (lit !== undefined) {
    return isIntConstant(lit) ? { lo: lit, hi: lit } : undefined;
  }
  if (ts.isIdentifier(n)) {
    if (isStubConstant(ctx, n)) return INT32;
    const r = variableFacts(ctx, n);
    return r && refineInLoopBody(ctx, n, r);
  }
  if (ts.isPrefixUnaryExpression(n)) {
    const r = facts(ctx, n.operand);
    switch (n.operator) {
      case SK.MinusToken:
        return r && { lo: -r.hi, hi: -r.lo };
      case SK.PlusToken:
        return r;
      case SK.TildeToken:
        return within(r, INT32_MIN, INT32_MAX) ? { lo: -r!.hi - 1, hi: -r!.lo - 1 } : INT32;
      case SK.PlusPlusToken:
        return r && add(r, { lo: 1, hi: 1 });
      case SK.MinusMinusToken:
        return r && sub(r, { lo: 1, hi: 1 });
    }
    return undefined;
  }
  if (ts.isPostfixUnaryExpression(n)) return facts(ctx, n.operand);
  if (ts.isConditionalExpression(n)) return join(facts(ctx, n.whenTrue), facts(ctx, n.whenFalse));
  if (ts.isPropertyAccessExpression(n)) {
    if (n.name.text === "length") {
      const t = typeOf(ctx, n.expression);
      if (isArray(ctx, t) || isString(t)) return { lo: 0, hi: INT32_MAX };
    }
    if (isStubConstant(ctx, n.name)) return INT32;
    return undefined;
  }
  if (ts.isCallExpression(n)) return callFacts(ctx, n);
  if (ts.isBinaryExpression(n)) return binaryFacts(ctx, n);
  return undefined;
}

/**
 * A device constant: a readonly number member or a `const` declared in a device stub
 * (`lv.PART.MAIN`, `lv.obj.FLAG.HIDDEN`, `Pin.OUT`, `import { STAT_GOT_IP } from "network"`). The
 * bindings hold these as small ints (every LVGL enum value fits in int32; the generator's JSDoc
 * gives each value), so `lv.PART.MAIN | lv.STATE.CHECKED` stays a plain Python `|`.
 */
function isStubConstant(ctx: Context, name: ts.Node): boolean {
  let sym = ctx.checker.getSymbolAtLocation(name);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = ctx.checker.getAliasedSymbol(sym);
  const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
  if (!decl || !isStubDeclaration(ctx, decl)) return false;
  if (ts.isPropertySignature(decl) || ts.isPropertyDeclaration(decl)) return !!decl.modifiers?.some((m) => m.kind === SK.ReadonlyKeyword);
  return ts.isVariableDeclaration(decl) && !!(ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const);
}

function isMathCall(ctx: Context, n: ts.Node, names: string[]): n is ts.CallExpression {
  if (!ts.isCallExpression(n)) return false;
  const callee = strip(n.expression);
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression) || callee.expression.text !== "Math") return false;
  if (!names.includes(callee.name.text)) return false;
  const decl = ctx.symbolAt(callee.expression)?.declarations?.[0];
  return !!decl && decl.getSourceFile().isDeclarationFile;
}

/**
 * Bounds of a number value (float or int) when it is provably finite (never NaN or Infinity),
 * for the Math rounding functions, which return an int only for finite arguments.
 */
function finiteRange(ctx: Context, node: ts.Node, depth = 0): IntRange | undefined {
  const n = strip(node);
  if (depth > 8) return undefined;
  const finite = (r: IntRange | undefined) => (r && Math.abs(r.lo) < 1e300 && Math.abs(r.hi) < 1e300 ? r : undefined);
  const r = facts(ctx, n);
  if (r) return finite(r);
  const lit = literalValue(n);
  if (lit !== undefined) return finite({ lo: lit, hi: lit });
  if (isMathCall(ctx, n, ["random"]) && n.arguments.length === 0) return { lo: 0, hi: 1 };
  if (isMathCall(ctx, n, ["floor", "ceil", "round", "trunc"]) && n.arguments.length === 1) {
    // (facts() above answered already when the argument is finite; kept for clarity of intent)
    const a = finiteRange(ctx, n.arguments[0], depth + 1);
    return a && { lo: Math.floor(a.lo), hi: Math.ceil(a.hi) };
  }
  if (ts.isBinaryExpression(n)) {
    const k = n.operatorToken.kind;
    if (k !== SK.PlusToken && k !== SK.MinusToken && k !== SK.AsteriskToken && k !== SK.SlashToken) return undefined;
    if (!isNumber(typeOf(ctx, n.left)) || !isNumber(typeOf(ctx, n.right))) return undefined;
    const a = finiteRange(ctx, n.left, depth + 1);
    if (!a) return undefined;
    const b = finiteRange(ctx, n.right, depth + 1);
    if (!b) return undefined;
    if (k === SK.PlusToken) return finite(add(a, b));
    if (k === SK.MinusToken) return finite(sub(a, b));
    if (k === SK.AsteriskToken) return finite(times(a, b));
    // Division by a range without 0 whose magnitude is at least 1 cannot grow the magnitude
    // past the corners.
    if (!(b.lo >= 1 || b.hi <= -1)) return undefined;
    const c = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi];
    return finite({ lo: Math.min(...c), hi: Math.max(...c) });
  }
  if (ts.isConditionalExpression(n)) {
    const a = finiteRange(ctx, n.whenTrue, depth + 1);
    const b = finiteRange(ctx, n.whenFalse, depth + 1);
    return a && b ? { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) } : undefined;
  }
  return undefined;
}

function callFacts(ctx: Context, n: ts.CallExpression): Facts {
  if (isMathCall(ctx, n, ["floor", "ceil", "round", "trunc"]) && n.arguments.length === 1) {
    // js_floor & co. return a Python int for finite arguments (and the argument itself otherwise).
    const r = facts(ctx, n.arguments[0]);
    if (r) return r;
    const b = finiteRange(ctx, n.arguments[0]);
    if (b) return { lo: Math.floor(b.lo), hi: Math.ceil(b.hi) };
  }
  return undefined;
}

/** The range of `a op b` for two int ranges, as the lowering computes it; undefined if not an int. */
export function combineRanges(op: string, a: Facts, b: Facts, bLiteral?: number): Facts {
  switch (op) {
    case "+":
      return a && b && add(a, b);
    case "-":
      return a && b && sub(a, b);
    case "*":
      return a && b && times(a, b);
    case "%": {
      // js_mod answers with a float past 2**53 (where JS holds a rounded double).
      if (!a || !b || (b.lo <= 0 && b.hi >= 0) || !within(a, -SAFE, SAFE)) return undefined;
      const m = Math.max(Math.abs(b.lo), Math.abs(b.hi)) - 1;
      const lo = a.lo >= 0 ? 0 : Math.max(a.lo, -m);
      const hi = a.hi <= 0 ? 0 : Math.min(a.hi, m);
      return { lo, hi };
    }
    case "**":
      if (a && bLiteral !== undefined && Number.isInteger(bLiteral) && bLiteral >= 0) {
        if (a.lo >= 0) return { lo: a.lo ** bLiteral, hi: a.hi ** bLiteral };
        return FULL;
      }
      return undefined;
    case "&": {
      const pa = within(a, 0, INT32_MAX);
      const pb = within(b, 0, INT32_MAX);
      if (pa && pb) return { lo: 0, hi: Math.min(a!.hi, b!.hi) };
      if (pa) return { lo: 0, hi: a!.hi };
      if (pb) return { lo: 0, hi: b!.hi };
      return INT32;
    }
    case "|":
    case "^":
      if (within(a, 0, INT32_MAX) && within(b, 0, INT32_MAX)) return { lo: 0, hi: bitCeil(Math.max(a!.hi, b!.hi)) };
      return INT32;
    case "<<":
      return INT32;
    case ">>":
      if (within(a, 0, INT32_MAX)) return { lo: 0, hi: a!.hi };
      return INT32;
    case ">>>":
      if (within(a, 0, INT32_MAX)) return { lo: 0, hi: a!.hi };
      return { lo: 0, hi: 2 ** 32 - 1 };
  }
  return undefined;
}

const COMPOUND_OPS: Partial<Record<ts.SyntaxKind, string>> = {
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

const BINARY_OPS: Partial<Record<ts.SyntaxKind, string>> = {
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

function binaryFacts(ctx: Context, n: ts.BinaryExpression): Facts {
  const k = n.operatorToken.kind;
  if (k === SK.CommaToken) return facts(ctx, n.right);
  if (k === SK.EqualsToken) return facts(ctx, n.right);
  if (k === SK.BarBarToken || k === SK.AmpersandAmpersandToken || k === SK.QuestionQuestionToken) {
    return join(facts(ctx, n.left), facts(ctx, n.right));
  }
  if (k === SK.BarBarEqualsToken || k === SK.AmpersandAmpersandEqualsToken || k === SK.QuestionQuestionEqualsToken) {
    return join(facts(ctx, n.left), facts(ctx, n.right));
  }
  const compound = COMPOUND_OPS[k];
  if (compound) return ts.isIdentifier(strip(n.left)) ? facts(ctx, n.left) : combineRanges(compound, facts(ctx, n.left), facts(ctx, n.right), literalValue(n.right));
  const op = BINARY_OPS[k];
  if (!op || op === "/") return undefined;
  if (op === "+" && !(isNumber(typeOf(ctx, n.left)) && isNumber(typeOf(ctx, n.right)))) return undefined;
  return combineRanges(op, facts(ctx, n.left), facts(ctx, n.right), literalValue(n.right));
}

// ---------- variables ----------

function declarationOf(ctx: Context, id: ts.Identifier): { sym: ts.Symbol; decl: ts.VariableDeclaration } | undefined {
  const sym = ctx.symbolAt(id);
  if (!sym || sym.flags & ts.SymbolFlags.Alias) return undefined;
  const decl = sym.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name)) return undefined;
  // `let x!: number` may be read (as undefined) before any write.
  if (decl.exclamationToken || (!decl.initializer && ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Ambient)) return undefined;
  if (decl.getSourceFile() !== ctx.sourceFile) return undefined;
  const list = decl.parent;
  if (!ts.isVariableDeclarationList(list)) return undefined;
  // for-of / for-in bindings take values we do not track.
  if (ts.isForOfStatement(list.parent) || ts.isForInStatement(list.parent)) return undefined;
  return { sym, decl };
}

function collectWrites(ctx: Context, s: State) {
  if (s.writes) return;
  const writes = new Map<ts.Symbol, ts.Node[]>();
  const opaque = new Set<ts.Symbol>();
  const symOf = (e: ts.Node): ts.Symbol | undefined => {
    const x = strip(e);
    return ts.isIdentifier(x) ? ctx.checker.getSymbolAtLocation(x) : undefined;
  };
  const add = (sym: ts.Symbol | undefined, node: ts.Node) => {
    if (!sym) return;
    let l = writes.get(sym);
    if (!l) writes.set(sym, (l = []));
    l.push(node);
  };
  const markPattern = (p: ts.Node) => {
    // Every identifier assigned through a destructuring pattern is opaque.
    const visit = (c: ts.Node) => {
      if (ts.isIdentifier(c)) {
        const sym = ctx.checker.getSymbolAtLocation(c);
        if (sym) opaque.add(sym);
      }
      ts.forEachChild(c, visit);
    };
    visit(p);
  };
  const visit = (node: ts.Node) => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= SK.FirstAssignment && node.operatorToken.kind <= SK.LastAssignment) {
      const l = strip(node.left);
      if (ts.isArrayLiteralExpression(l) || ts.isObjectLiteralExpression(l)) markPattern(l);
      else add(symOf(l), node);
    } else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === SK.PlusPlusToken || node.operator === SK.MinusMinusToken)) {
      add(symOf(node.operand), node);
    } else if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) {
      const l = strip(node.initializer);
      if (ts.isIdentifier(l)) {
        const sym = symOf(l);
        if (sym) opaque.add(sym);
      } else markPattern(l);
    }
    ts.forEachChild(node, visit);
  };
  visit(ctx.sourceFile);
  s.writes = writes;
  s.opaque = opaque;
}

function variableFacts(ctx: Context, id: ts.Identifier): Facts {
  const s = state(ctx);
  const found = declarationOf(ctx, id);
  if (!found) return undefined;
  const { sym, decl } = found;
  if (s.vars.has(sym)) return s.vars.get(sym);
  if (s.inProgress.has(sym)) {
    s.taint.add(sym);
    return s.inProgress.get(sym);
  }
  collectWrites(ctx, s);
  if (s.opaque!.has(sym)) {
    s.vars.set(sym, undefined);
    return undefined;
  }
  const writes = s.writes!.get(sym) ?? [];
  const outerTaint = s.taint;
  s.taint = new Set();
  // A `let` without initialiser holds undefined until assigned; strict type checking refuses
  // number reads before that, so the starting point is "no value yet".
  let current: Facts = decl.initializer ? facts(ctx, decl.initializer) : writes.length ? { lo: Infinity, hi: -Infinity } : undefined;
  let smallSteps = !decl.initializer || within(current, -SAFE, SAFE);
  for (let round = 0; current && round < 6; round++) {
    s.inProgress.set(sym, current);
    let next: Facts = current;
    try {
      for (const w of writes) {
        const r = writeFacts(ctx, w, current);
        if (!r.facts) {
          next = undefined;
          break;
        }
        if (!r.small) smallSteps = false;
        next = join(next, r.facts);
      }
    } finally {
      s.inProgress.delete(sym);
    }
    if (!next) {
      current = undefined;
      break;
    }
    if (next.lo === current.lo && next.hi === current.hi) break;
    // Widen the bounds that moved, to the next threshold.
    current = round === 5 ? undefined : { lo: next.lo < current.lo ? widenLow(next.lo) : next.lo, hi: next.hi > current.hi ? widenHigh(next.hi) : next.hi };
  }
  if (current && smallSteps && writes.length) {
    // Counters moved by small steps cannot leave the safe-integer range in a feasible run.
    current = { lo: Math.max(current.lo, -SAFE), hi: Math.min(current.hi, SAFE) };
  }
  s.taint.delete(sym);
  const tainted = s.taint.size > 0;
  for (const t of s.taint) outerTaint.add(t);
  s.taint = outerTaint;
  if (!tainted) s.vars.set(sym, current);
  return current;
}

const LOW_STEPS = [0, -1, INT32_MIN, -SAFE];
const HIGH_STEPS = [0, INT32_MAX, 2 ** 32 - 1, SAFE];

function widenLow(x: number): number {
  for (const t of LOW_STEPS) if (x >= t) return t;
  return -Infinity;
}

function widenHigh(x: number): number {
  for (const t of HIGH_STEPS) if (x <= t) return t;
  return Infinity;
}

/** The facts of the value a write stores, with the variable currently in `current`. */
function writeFacts(ctx: Context, w: ts.Node, current: IntRange): { facts: Facts; small: boolean } {
  if (ts.isPrefixUnaryExpression(w) || ts.isPostfixUnaryExpression(w)) {
    const one = { lo: 1, hi: 1 };
    return { facts: w.operator === SK.PlusPlusToken ? add(current, one) : sub(current, one), small: true };
  }
  const b = w as ts.BinaryExpression;
  const k = b.operatorToken.kind;
  if (k === SK.EqualsToken) {
    const f = facts(ctx, b.right);
    return { facts: f, small: !!f && f.lo >= -SAFE && f.hi <= SAFE };
  }
  if (k === SK.BarBarEqualsToken || k === SK.AmpersandAmpersandEqualsToken || k === SK.QuestionQuestionEqualsToken) {
    const f = facts(ctx, b.right);
    return { facts: f, small: !!f && f.lo >= -SAFE && f.hi <= SAFE };
  }
  const op = COMPOUND_OPS[k];
  if (!op || op === "/") return { facts: undefined, small: false };
  if (!isNumber(typeOf(ctx, b.right))) return { facts: undefined, small: false };
  const r = facts(ctx, b.right);
  const f = combineRanges(op, current, r, literalValue(b.right));
  // `%` and the bitwise operators never grow a value past int32 or its own magnitude.
  const small = op === "+" || op === "-" ? within(r, -SMALL_STEP, SMALL_STEP) : op !== "*" && op !== "**";
  return { facts: f, small };
}

/**
 * A read of a `for` loop's counter inside the loop body, when only the loop's update writes the
 * counter: the loop test held when the body was entered and the counter has not changed since, so
 * `i < E` bounds it by the largest value E can take (`for (let i = 0; i < xs.length; i++)` reads
 * an int32 in the body).
 */
function refineInLoopBody(ctx: Context, id: ts.Identifier, r: IntRange): IntRange {
  const sym = ctx.symbolAt(id);
  if (!sym) return r;
  let child: ts.Node = id;
  for (let p = id.parent; p; child = p, p = p.parent) {
    if (ts.isFunctionLike(p) || ts.isSourceFile(p)) return r;
    if (!ts.isForStatement(p) || child !== p.statement || !p.condition || !p.initializer) continue;
    if (!ts.isVariableDeclarationList(p.initializer) || !p.initializer.declarations.some((d) => ctx.symbolAt(d.name) === sym)) continue;
    const s = state(ctx);
    const writes = s.writes?.get(sym) ?? [];
    const incr = p.incrementor;
    if (!incr || writes.some((w) => !(w.pos >= incr.pos && w.end <= incr.end))) return r;
    return refineByCondition(ctx, p.condition, sym, r);
  }
  return r;
}

function refineByCondition(ctx: Context, cond: ts.Expression, sym: ts.Symbol, r: IntRange): IntRange {
  const c = strip(cond);
  if (!ts.isBinaryExpression(c)) return r;
  const k = c.operatorToken.kind;
  if (k === SK.AmpersandAmpersandToken) return refineByCondition(ctx, c.right, sym, refineByCondition(ctx, c.left, sym, r));
  const isSym = (e: ts.Node) => {
    const x = strip(e);
    return ts.isIdentifier(x) && ctx.symbolAt(x) === sym;
  };
  let op: string;
  let other: ts.Expression;
  const flip: Record<string, string> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" };
  const text = k === SK.LessThanToken ? "<" : k === SK.LessThanEqualsToken ? "<=" : k === SK.GreaterThanToken ? ">" : k === SK.GreaterThanEqualsToken ? ">=" : undefined;
  if (!text) return r;
  if (isSym(c.left)) {
    op = text;
    other = c.right;
  } else if (isSym(c.right)) {
    op = flip[text];
    other = c.left;
  } else return r;
  const o = facts(ctx, other);
  if (!o) return r;
  switch (op) {
    case "<":
      return { lo: r.lo, hi: Math.min(r.hi, o.hi - 1) };
    case "<=":
      return { lo: r.lo, hi: Math.min(r.hi, o.hi) };
    case ">":
      return { lo: Math.max(r.lo, o.lo + 1), hi: r.hi };
    case ">=":
      return { lo: Math.max(r.lo, o.lo), hi: r.hi };
  }
  return r;
}
