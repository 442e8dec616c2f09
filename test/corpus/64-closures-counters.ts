// Closures, default params referencing earlier params, shadowing, this in callbacks.
function makeCounter(start = 0, step = start > 10 ? 10 : 1) {
  let count = start;
  return {
    next: () => (count += step),
    reset() { count = start; return count; },
    get value() { return count; },
  };
}
const c1 = makeCounter();
const c2 = makeCounter(20);
console.log(c1.next(), c1.next(), c2.next(), c2.value, c1.reset(), c1.value);
function range(n: number, from = 0, mk = (i: number) => i * from) {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(mk(i));
  return out;
}
console.log(range(3), range(3, 2), range(2, 5, (x) => 1 - x));
let x = "outer";
{
  const x = "inner";
  console.log(x);
}
function shadow(x: number) {
  { let x = 99; x++; }
  return x;
}
console.log(x, shadow(1));
class Tally {
  counts: number[] = [0, 0, 0];
  bump(ids: number[]) {
    ids.forEach((id) => { this.counts[id % 3]++; });
    return ids.map(function (id) { return id * 2; });
  }
}
const t = new Tally();
console.log(t.bump([1, 2, 3, 4, 5]), t.counts);
const adders = [1, 2, 3].map((n) => (m: number) => n + m);
console.log(adders.map((f) => f(10)));
const memo: Record<number, number> = {};
function fib(n: number): number {
  if (n < 2) return n;
  if (n in memo) return memo[n];
  return (memo[n] = fib(n - 1) + fib(n - 2));
}
console.log(fib(50), Object.keys(memo).length);
const compose = (...fs: ((v: number) => number)[]) => (v: number) => fs.reduceRight((acc, f) => f(acc), v);
console.log(compose((v) => v + 1, (v) => v * 2)(5));
let calls = 0;
const once = <T,>(f: () => T) => { let done = false; let r: T; return () => { if (!done) { done = true; r = f(); } return r!; }; };
const init = once(() => ++calls);
console.log(init(), init(), calls);
