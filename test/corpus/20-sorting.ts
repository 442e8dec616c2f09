function bubble(xs: number[]): number[] {
  const a = xs.slice();
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < a.length - 1 - i; j++)
      if (a[j] > a[j + 1]) {
        const t = a[j];
        a[j] = a[j + 1];
        a[j + 1] = t;
      }
  return a;
}
function quick(xs: number[]): number[] {
  if (xs.length <= 1) return xs;
  const [pivot, ...rest] = xs;
  return [...quick(rest.filter((x) => x < pivot)), pivot, ...quick(rest.filter((x) => x >= pivot))];
}
function merge(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0,
    j = 0;
  while (i < a.length && j < b.length) out.push(a[i] <= b[j] ? a[i++] : b[j++]);
  return out.concat(a.slice(i), b.slice(j));
}
function mergeSort(xs: number[]): number[] {
  if (xs.length < 2) return xs;
  const mid = Math.floor(xs.length / 2);
  return merge(mergeSort(xs.slice(0, mid)), mergeSort(xs.slice(mid)));
}
const data = [5, 3, 8, 1, 9, 2, 7, 3, 10, -1];
console.log(bubble(data).join(" "));
console.log(quick(data).join(" "));
console.log(mergeSort(data).join(" "));
console.log(data.slice().sort().join(" "));
console.log(data.slice().sort((a, b) => b - a).join(" "));
const people = [
  { name: "b", age: 30 },
  { name: "a", age: 25 },
  { name: "c", age: 30 },
];
people.sort((p, q) => p.age - q.age);
console.log(people.map((p) => p.name).join(""));
