// A custom Range class implementing the iteration protocol, with early break and return().
class Range implements Iterable<number> {
  constructor(private start: number, private end: number, private step = 1) {}
  [Symbol.iterator](): Iterator<number> {
    let cur = this.start;
    const end = this.end, step = this.step;
    return {
      next: () => {
        if (step > 0 ? cur < end : cur > end) {
          const value = cur;
          cur += step;
          return { value, done: false };
        }
        return { value: undefined, done: true };
      },
      return: () => {
        console.log("closed at", cur);
        return { value: undefined, done: true };
      },
    };
  }
}
const r = new Range(0, 10, 3);
console.log([...r], Array.from(r, (x) => x * x));
for (const x of new Range(10, 0, -2)) {
  if (x < 5) break;
  console.log("down", x);
}
const [a, b] = new Range(1, 100);
console.log(a, b);
const s = new Set(new Range(0, 5));
const m = new Map(Array.from(new Range(0, 3), (i) => [`k${i}`, i * 1.5] as [string, number]));
console.log(s, m, Math.max(...new Range(-5, 5, 4)));
function firstOver(limit: number): number | undefined {
  for (const v of new Range(0, 50, 7)) {
    if (v > limit) return v;
  }
  return undefined;
}
console.log(firstOver(20), firstOver(100));
try {
  for (const v of new Range(0, 3)) {
    if (v === 1) throw new Error("boom at " + v);
  }
} catch (e) {
  console.log((e as Error).message);
}
