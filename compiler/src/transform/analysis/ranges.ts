// Int-range arithmetic: the ranges the numeric analysis reasons with, and what `a op b` gives for
// two ranges as the lowering computes it (JS's int32 wrapping for bitwise operators, `js_mod`'s
// float answer past 2**53). Pure arithmetic on bounds; no syntax.

export interface IntRange {
  lo: number;
  hi: number;
}

export const INT32_MIN = -(2 ** 31);
export const INT32_MAX = 2 ** 31 - 1;
// Largest int a double holds exactly with its neighbours (ranges are computed in doubles: a bound
// that reaches 2**53 may stand for a larger exact value).
export const SAFE = 2 ** 53 - 1;
export const FULL: IntRange = { lo: -Infinity, hi: Infinity };
export const INT32: IntRange = { lo: INT32_MIN, hi: INT32_MAX };

export type Facts = IntRange | undefined;

export function join(a: Facts, b: Facts): Facts {
  if (!a || !b) return undefined;
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

export function mul(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return a * b;
}

export function add(a: IntRange, b: IntRange): IntRange {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

export function sub(a: IntRange, b: IntRange): IntRange {
  return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

export function times(a: IntRange, b: IntRange): IntRange {
  const c = [mul(a.lo, b.lo), mul(a.lo, b.hi), mul(a.hi, b.lo), mul(a.hi, b.hi)];
  return { lo: Math.min(...c), hi: Math.max(...c) };
}

export function within(r: IntRange | undefined, lo: number, hi: number): boolean {
  return !!r && r.lo >= lo && r.hi <= hi;
}

/** Smallest 2**k - 1 covering a non-negative bound (the largest result of | or ^ on [0, hi]). */
export function bitCeil(hi: number): number {
  let m = 0;
  while (m < hi && m < INT32_MAX) m = m * 2 + 1;
  return m;
}

/** The range of `a op b` for two int ranges, as the lowering computes it; undefined if not an int. */
export function combineRanges(op: string, a: Facts, b: Facts, bLiteral?: number): Facts {
  // An operand with no value yet (the start of a fixed point: lo > hi) gives no value either;
  // corner arithmetic on its infinite bounds would claim every int.
  if ((a && a.lo > a.hi) || (b && b.lo > b.hi)) return { lo: Infinity, hi: -Infinity };
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
