function groupBy<T, K extends string>(xs: T[], key: (x: T) => K): Record<K, T[]> {
  const out = {} as Record<K, T[]>;
  for (const x of xs) {
    const k = key(x);
    if (!out[k]) out[k] = [];
    out[k].push(x);
  }
  return out;
}
const words = ["apple", "avocado", "banana", "blueberry", "cherry"];
const g = groupBy(words, (w) => w[0]);
for (const k of Object.keys(g)) console.log(k, g[k].length, g[k].join(","));
function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
console.log(range(5).join(""));
function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
console.log(JSON.stringify(chunk([1, 2, 3, 4, 5, 6, 7], 3)));
function unique<T>(xs: T[]): T[] {
  return xs.filter((x, i) => xs.indexOf(x) === i);
}
console.log(unique([3, 1, 3, 2, 1]).join(","));
const zip = <A, B>(a: A[], b: B[]): [A, B][] => a.map((x, i) => [x, b[i]]);
console.log(JSON.stringify(zip([1, 2], ["a", "b"])));
