function* count(n: number) {
  for (let i = 0; i < n; i++) yield i;
}
console.log([...count(3)]);

// A lazy pipeline and a closing for-of.
function* squares(): Generator<number> {
  try {
    for (let i = 1; ; i++) yield i * i;
  } finally {
    console.log("squares closed");
  }
}
let total = 0;
for (const s of squares()) {
  if (s > 50) break;
  total += s;
}
console.log("total", total);
const [first, second] = squares();
console.log(first, second);
