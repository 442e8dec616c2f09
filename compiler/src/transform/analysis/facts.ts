// The facts of a number expression for the int-range analysis (numeric.ts describes what a fact
// claims): literals, device constants, lengths, Math rounding calls, operators, and `let` variables
// through a flow-insensitive fixed point with widening over every write in the file, refined
// inside a `for` body by the loop test.
import { ts } from "ts-morph";
import type { Context } from "../context";
import { isArray, isNumber, isString, typeOf } from "../types";

import { isStubDeclaration } from "../modules/stubs";
import { FULL, INT32, INT32_MAX, INT32_MIN, SAFE, add, combineRanges, join, sub, times, within } from "./ranges";
import type { Facts, IntRange } from "./ranges";
import { BINARY_OPS, COMPOUND_OPS, isIntConstant, literalValue, strip } from "./literals";
import { collectWrites, declarationOf, state } from "./writes";
import type { Declared } from "./writes";
import { returnSources } from "./params";
import { relationalLowerBound } from "./relations";
const SK = ts.SyntaxKind;

/** Increments up to this size cannot carry a counter to 2**53 in any feasible run time. */
const SMALL_STEP = 1024;

export const BUDGET = new Error("numeric analysis budget");

export function facts(ctx: Context, node: ts.Node): Facts {
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
  const returned = returnSources(ctx, n);
  if (returned) return declaredFacts(ctx, returned);
  if (isMathCall(ctx, n, ["floor", "ceil", "round", "trunc"]) && n.arguments.length === 1) {
    // js_floor & co. return a Python int for finite arguments (and the argument itself otherwise).
    const r = facts(ctx, n.arguments[0]);
    if (r) return r;
    const b = finiteRange(ctx, n.arguments[0]);
    if (b) return { lo: Math.floor(b.lo), hi: Math.ceil(b.hi) };
  }
  return undefined;
}

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
  const r = combineRanges(op, facts(ctx, n.left), facts(ctx, n.right), literalValue(n.right));
  if (r && (op === "+" || op === "-") && r.lo <= r.hi) {
    // `n - c` inside `for (...; c < n; ...)` is at least 1 (relations.ts).
    const lo = relationalLowerBound(ctx, n, (id) => facts(ctx, id));
    if (lo !== undefined && lo > r.lo) return { lo, hi: Math.max(lo, r.hi) };
  }
  return r;
}

// ---------- variables ----------

function variableFacts(ctx: Context, id: ts.Identifier): Facts {
  const found = declarationOf(ctx, id);
  return found && declaredFacts(ctx, found);
}

/**
 * The fixed point over a variable's initialiser and writes, a parameter's arguments, or a
 * function's returned values (a "variable" holding every value the function returns).
 */
function declaredFacts(ctx: Context, found: Declared): Facts {
  const s = state(ctx);
  const { sym, initializer, sources = [] } = found;
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
  let current: Facts = initializer ? facts(ctx, initializer) : writes.length || sources.length ? { lo: Infinity, hi: -Infinity } : undefined;
  let smallSteps = !initializer || within(current, -SAFE, SAFE);
  for (let round = 0; current && round < 6; round++) {
    s.inProgress.set(sym, current);
    let next: Facts = current;
    try {
      // A parameter's arguments (they may read the parameter itself: recursive calls).
      for (const a of sources) {
        const f = facts(ctx, a);
        if (!f) {
          next = undefined;
          break;
        }
        if (!within(f, -SAFE, SAFE)) smallSteps = false;
        next = join(next, f);
      }
      for (const w of next ? writes : []) {
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
    // Widen the bounds that moved, to the next threshold (the first values, found from no value
    // yet, are taken as they are: a parameter only ever passed 2000 is 2000).
    if (current.lo > current.hi) {
      current = next;
      continue;
    }
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
