function sieve(n: number): number[] {
  const isPrime: boolean[] = [];
  for (let i = 0; i <= n; i++) isPrime.push(true);
  isPrime[0] = false;
  isPrime[1] = false;
  for (let i = 2; i * i <= n; i++) {
    if (!isPrime[i]) continue;
    for (let j = i * i; j <= n; j += i) isPrime[j] = false;
  }
  const out: number[] = [];
  for (let i = 0; i <= n; i++) if (isPrime[i]) out.push(i);
  return out;
}
const ps = sieve(100);
console.log(ps.length, ps.join(" "));
let sum = 0;
for (const p of ps) sum += p;
console.log("sum", sum, "avg", sum / ps.length);
function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}
const twins: string[] = [];
for (let i = 3; i < 60; i += 2) if (isPrime(i) && isPrime(i + 2)) twins.push(`(${i},${i + 2})`);
console.log(twins.join(""));
