function collatz(n: number): number {
  let steps = 0;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    steps++;
  }
  return steps;
}
let best = 0,
  bestN = 0;
for (let n = 1; n < 1000; n++) {
  const s = collatz(n);
  if (s > best) {
    best = s;
    bestN = n;
  }
}
console.log(bestN, best);
function digits(n: number): number[] {
  const out: number[] = [];
  do {
    out.unshift(n % 10);
    n = Math.floor(n / 10);
  } while (n > 0);
  return out;
}
console.log(digits(90210).join("-"), digits(0).join("-"));
const armstrong: number[] = [];
for (let n = 1; n < 1000; n++) {
  const ds = digits(n);
  if (ds.reduce((s, d) => s + d ** ds.length, 0) === n) armstrong.push(n);
}
console.log(armstrong.join(","));
let a = 0,
  b = 1,
  count = 0;
while (b < 1000 && count++ < 100) [a, b] = [b, a + b];
console.log(a, b, count);
