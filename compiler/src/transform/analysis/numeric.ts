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
//
// Layout: this file asks the questions; facts.ts computes the facts of an expression and the
// fixed point over variables; ranges.ts holds the range arithmetic, literals.ts the folding of
// literal expressions, writes.ts the per-file state and the collection of writes to variables.
import type { ts } from "ts-morph";
import type { Context } from "../context";
import { INT32_MAX, INT32_MIN, SAFE } from "./ranges";
import type { IntRange } from "./ranges";
import { literalValue, strip } from "./literals";
import { BUDGET, facts } from "./facts";
import { state } from "./writes";

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
