outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j === 2) continue outer;
    if (i === 3) break outer;
    console.log(i, j);
  }
}
let n = 0;
do {
  n++;
} while (n < 5);
console.log("n", n);
let k = 10;
while (true) {
  k -= 3;
  if (k < 0) break;
}
console.log("k", k);
const obj = { b: 2, a: 1, c: 3 };
for (const key in obj) console.log(key);
let s = "";
for (const ch of "héllo") s = ch + s;
console.log(s);
for (let i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);
let count = 0;
for (let i = 0; i < 10; i++) {
  if (i % 2) continue;
  count += i;
}
console.log(count);
