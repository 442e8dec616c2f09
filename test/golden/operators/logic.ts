// Truthiness by static type, operands returned by && || ??, assignments as values.
export function pick(n: number, s: string, xs: number[], o: { v: number } | null, u: unknown) {
  const a = n || 1;
  const b = s || "none";
  const c = xs.length || 3;
  const d = o ?? { v: 0 };
  const e = xs && xs.length > 0;
  return [a, b, c, d.v, e, u ? 1 : 0, !n, typeof u === "string", n === 0, s !== ""];
}

export function bump(xs: number[]) {
  let i = 0;
  let x = 0.5;
  xs[i++] += 10;
  const old = x++;
  let count = 0;
  count ||= xs.length;
  return [i, old, x, count, (i = 4) * 2];
}
