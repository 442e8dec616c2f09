// Recursion within ~100 frames: permutations, subsets, merge sort, tree depth, Ackermann-lite, hanoi.
function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs.slice()];
  const out: T[][] = [];
  xs.forEach((x, i) => {
    const rest = [...xs.slice(0, i), ...xs.slice(i + 1)];
    for (const p of permutations(rest)) out.push([x, ...p]);
  });
  return out;
}
console.log(permutations([1, 2, 3]).map((p) => p.join("")).join(" "));
const subsets = (xs: string[]): string[][] => xs.length === 0 ? [[]] : subsets(xs.slice(1)).flatMap((s) => [s, [xs[0], ...s]]);
console.log(subsets(["a", "b", "c"]).map((s) => s.join("") || "{}"));
function mergeSort(xs: number[]): number[] {
  if (xs.length < 2) return xs;
  const mid = xs.length >> 1;
  const a = mergeSort(xs.slice(0, mid)), b = mergeSort(xs.slice(mid));
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++]);
  return out;
}
console.log(mergeSort([5, -1, 3.5, 0, 9, -7, 3.5, 2]));
interface TreeNode { v: number; kids?: TreeNode[] }
const tree: TreeNode = { v: 1, kids: [{ v: 2, kids: [{ v: 4 }] }, { v: 3, kids: [{ v: 5, kids: [{ v: 6 }] }, { v: 7 }] }] };
const depth = (t: TreeNode): number => 1 + Math.max(0, ...(t.kids ?? []).map(depth));
const sum = (t: TreeNode): number => t.v + (t.kids?.reduce((s, k) => s + sum(k), 0) ?? 0);
const paths = (t: TreeNode, pre = ""): string[] => t.kids ? t.kids.flatMap((k) => paths(k, pre + t.v + ">")) : [pre + t.v];
console.log(depth(tree), sum(tree), paths(tree));
const moves: string[] = [];
function hanoi(n: number, from: string, to: string, via: string): void {
  if (n === 0) return;
  hanoi(n - 1, from, via, to);
  moves.push(from + to);
  hanoi(n - 1, via, to, from);
}
hanoi(4, "A", "C", "B");
console.log(moves.length, moves.slice(0, 5).join(","));
function countDown(n: number): number { return n <= 0 ? 0 : 1 + countDown(n - 1); }
console.log(countDown(90));
function gcd(a: number, b: number): number { return b === 0 ? Math.abs(a) : gcd(b, a % b); }
console.log(gcd(48, -18), gcd(-48, 18), gcd(17, 5), gcd(0, 0));
const collatz = (n: number, steps = 0): number => (n === 1 ? steps : collatz(n % 2 ? 3 * n + 1 : n / 2, steps + 1));
console.log([6, 7, 27].map((n) => collatz(n)));
function power(base: number, exp: number): number {
  if (exp === 0) return 1;
  const half = power(base, Math.floor(exp / 2));
  return exp % 2 ? half * half * base : half * half;
}
console.log(power(2, 10), power(3, 13), power(1.5, 3), power(2, 60), power(7, 20));
