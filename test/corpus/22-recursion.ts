function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log([0, 1, 2, 5, 10, 20].map(fib).join(","));
function fact(n: number): number {
  return n <= 1 ? 1 : n * fact(n - 1);
}
console.log(fact(10), fact(20), fact(25));
function hanoi(n: number, from: string, to: string, via: string, moves: string[]): string[] {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
const m = hanoi(4, "A", "C", "B", []);
console.log(m.length, m.slice(0, 5).join(" "));
function permutations(xs: string[]): string[] {
  if (xs.length <= 1) return [xs.join("")];
  const out: string[] = [];
  xs.forEach((x, i) => {
    const rest = [...xs.slice(0, i), ...xs.slice(i + 1)];
    for (const p of permutations(rest)) out.push(x + p);
  });
  return out;
}
console.log(permutations(["a", "b", "c"]).join(" "));
function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
console.log(gcd(48, 18), gcd(17, 5), (2 ** 31) * 2);
