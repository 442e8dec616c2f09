const point = { x: 1, y: 2, z: 3 };
const { x, ...rest } = point;
console.log(x, JSON.stringify(rest));
const [first, second = 20, ...others] = [10, undefined, 30, 40];
console.log(first, second, others.join(","));
let a = 1,
  b = 2;
[a, b] = [b, a];
console.log(a, b);
function show({ name, age = 0 }: { name: string; age?: number }): string {
  return `${name}(${age})`;
}
console.log(show({ name: "ann" }), show({ name: "bob", age: 7 }));
const pairs: [string, number][] = [
  ["a", 1],
  ["b", 2],
];
for (const [k, v] of pairs) console.log(k, v);
const nested = { user: { profile: { tags: ["x", "y"] } } };
const {
  user: {
    profile: {
      tags: [t1, t2],
    },
  },
} = nested;
console.log(t1 + t2);
const merged = { ...point, y: 99, w: 0 };
console.log(JSON.stringify(merged), Object.keys(merged).join(""));
const arr = [1, 2, 3];
const copy = [...arr, ...[4, 5]];
console.log(copy.length, copy.join("|"), Math.max(...copy));
