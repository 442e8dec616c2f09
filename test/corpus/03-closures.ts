function makeCounter(start = 0) {
  let n = start;
  return {
    inc: () => ++n,
    dec: () => --n,
    get: () => n,
  };
}
const c = makeCounter(5);
c.inc();
c.inc();
c.dec();
console.log(c.get());
const fns: (() => number)[] = [];
for (let i = 0; i < 3; i++) fns.push(() => i * 10);
console.log(fns.map((f) => f()).join(","));
const adders = [1, 2, 3].map((k) => (x: number) => x + k);
console.log(adders.map((f) => f(10)).join(" "));
function compose<A, B, C>(f: (b: B) => C, g: (a: A) => B): (a: A) => C {
  return (a) => f(g(a));
}
const inc = (x: number) => x + 1;
const dbl = (x: number) => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
function memo(fn: (n: number) => number): (n: number) => number {
  const cache: Record<number, number> = {};
  return (n) => {
    if (n in cache) return cache[n];
    const v = fn(n);
    cache[n] = v;
    return v;
  };
}
let calls = 0;
const slowSquare = memo((n) => {
  calls++;
  return n * n;
});
console.log(slowSquare(4), slowSquare(4), slowSquare(5), calls);
