// Mutating Maps, Sets and arrays while iterating them, as a subscription manager would.
const subs = new Map<string, Set<string>>([
  ["news", new Set(["ann", "bob", "cy"])],
  ["sport", new Set(["bob"])],
  ["tech", new Set(["cy", "dee"])],
]);
for (const [topic, users] of subs) {
  if (users.size === 1) subs.delete(topic);
  if (topic === "news") subs.set("late", new Set(["eve"]));
}
console.log([...subs.keys()]);
const s = new Set([1, 2, 3]);
const visited: number[] = [];
for (const x of s) {
  visited.push(x);
  if (x < 6) s.add(x * 2 + 1);
  if (x === 2) s.delete(3);
}
console.log(visited, [...s]);
const queue = ["a", "b", "c"];
const seen: string[] = [];
for (const q of queue) {
  seen.push(q);
  if (q === "a") queue.push("d");
  if (q === "b") queue.splice(0, 1);
}
console.log(seen, queue);
const nums = [1, 2, 3, 4, 5, 6];
nums.forEach((n, i) => {
  if (n % 2 === 0) nums.splice(i, 1);
});
console.log(nums);
const arr = [5, 1, 4];
const mapped = arr.map((x, i) => {
  if (i === 0) arr.push(99);
  return x * 2;
});
console.log(mapped, arr, arr.filter((x, i) => { if (i === 0) arr.pop(); return x > 1; }));
const m2 = new Map<number, string>([[1, "a"], [2, "b"]]);
m2.forEach((v, k) => {
  if (k < 4) m2.set(k + 2, v + v);
});
console.log(m2);
const found = [3, 8, 12, 5].find((x, i, a) => { a[i + 1] = (a[i + 1] ?? 0) + 1; return x > 10; });
console.log(found);
const counts: Record<string, number> = { x: 1, y: 2, z: 3 };
for (const k in counts) {
  if (k === "x") delete counts.y;
  counts[k + k] = 0;
}
console.log(counts);
