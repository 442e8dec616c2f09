// Private helpers called with loop indices: integer facts must not change JS number semantics
// (division, negative modulo, 32-bit shifts, overflow past 2^53).
function half(i: number) { return i / 2; }
function wrap(i: number, n: number) { return ((i % n) + n) % n; }
function signedMod(i: number, n: number) { return i % n; }
function shift(i: number) { return (1 << i) | 0; }
function grow(i: number) { return i * 2 ** 50; }
function neg(i: number) { return -i * 0; }
function mid(lo: number, hi: number) { return (lo + hi) >> 1; }
function avgFloor(lo: number, hi: number) { return Math.floor((lo + hi) / 2); }
function pick(xs: number[], i: number) { return (xs[i] ?? NaN) * 10; }
const out: string[] = [];
for (let i = -3; i < 4; i++) {
  out.push(`${i}:${half(i)},${wrap(i, 3)},${signedMod(i, 3)},${neg(i)}`);
}
console.log(out.join(" "));
console.log([0, 1, 30, 31, 32, 33].map(shift));
console.log([1, 7, 8, 9].map((i) => grow(i)), grow(9) + 1 === grow(9));
console.log(mid(3, 8), mid(-3, 8), avgFloor(-3, 8), mid(2 ** 30, 2 ** 30), avgFloor(2 ** 30, 2 ** 30));
const xs = [1, 2, 3];
let total = 0;
for (let i = 0; i <= xs.length; i++) total += pick(xs, i);
console.log(total, Number.isNaN(total));
let acc = 1;
for (let i = 1; i <= 25; i++) acc *= i;
console.log(acc, acc > Number.MAX_SAFE_INTEGER, acc % 1000, (acc / 1e20).toFixed(4));
let h = 0;
for (let i = 0; i < 50; i++) h = (h * 31 + i) | 0;
console.log(h, h >>> 0, (h >>> 0).toString(16), h.toString(2).length);
let u = 0;
for (let i = 0; i < 40; i++) u = (u + 0x9e3779b9 * i) >>> 0;
console.log(u, Math.imul(u, 3), ~~(u / 7), Math.trunc(-u / 7), -7 / 2 | 0);
const steps: number[] = [];
for (let i = 10; i > 0; i = Math.floor(i / 3)) steps.push(i);
// (integer arithmetic never gives -0: a documented difference, so no 1 / neg(3) here)
console.log(steps, 1 / half(0), Object.is(neg(-2), 0), 1 / half(-0.0));
