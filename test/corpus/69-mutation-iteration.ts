// Mutation while iterating: for-of over a growing array, splice in forEach, object keys added in for-in.
const queue = [1, 2, 3];
for (const q of queue) {
  if (q < 3) queue.push(q * 10);
  if (queue.length > 6) break;
}
console.log(queue);
const xs = [1, 2, 3, 4, 5, 6];
const visited: number[] = [];
xs.forEach((x, i) => {
  visited.push(x);
  if (x % 2 === 0) xs.splice(i, 1);
});
console.log(xs, visited);
const ys = [5, 1, 4];
const mapped = ys.map((y, i, arr) => { if (i === 0) arr.push(99); return y + arr.length; });
console.log(mapped, ys);
const obj: Record<string, number> = { a: 1, b: 2 };
for (const k in obj) {
  obj[k + k] = obj[k] * 2;
  if (Object.keys(obj).length > 5) break;
}
console.log(obj);
const list = [3, 1, 2];
const alias = list;
const sorted = list.sort();
console.log(sorted === list, alias, list.reverse() === alias, alias);
const filtered: number[] = [];
for (let i = 0; i < list.length; i++) {
  if (list[i] === 2) { list.splice(i, 1); i--; continue; }
  filtered.push(list[i]);
}
console.log(filtered, list);
const str = "hello";
let rev = "";
for (const ch of str) rev = ch + rev;
console.log(rev, [...str].reverse().join("") === rev);
const nested = [[1, 2], [3], []];
const flat: number[] = [];
for (const inner of nested) for (const v of inner) { flat.push(v); inner.length = 0; }
console.log(flat, nested);
let removed = 0;
const words = ["a", "bb", "cc", "d", "ee"];
while (words.some((w) => w.length === 2)) {
  words.splice(words.findIndex((w) => w.length === 2), 1);
  removed++;
}
console.log(words, removed);
const arr2 = [1, 2, 3];
arr2.length = 2;
console.log(arr2.length, arr2[2], arr2.join("-"), arr2.concat(arr2));
