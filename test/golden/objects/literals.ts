// Object literals: one shape class per key tuple, records as OrderedDicts, spread via js_spread.
interface Point {
  x: number;
  y: number;
  label?: string;
}
const p: Point = { x: 1, y: 2 };
const q: Point = { y: 3, x: 4 };
const r: Record<string, number> = { b: 1, a: 2 };
const moved = { ...p, x: 10 };
const key = "k" + 1;
const dyn = { [key]: true, plain: 1 };
p.label = "P";
console.log(p, q, r, moved, dyn);
