type Matrix = number[][];
function zeros(n: number, m: number): Matrix {
  const out: Matrix = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < m; j++) row.push(0);
    out.push(row);
  }
  return out;
}
function mul(a: Matrix, b: Matrix): Matrix {
  const r = zeros(a.length, b[0].length);
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b[0].length; j++)
      for (let k = 0; k < b.length; k++) r[i][j] += a[i][k] * b[k][j];
  return r;
}
const a: Matrix = [
  [1, 2],
  [3, 4],
];
const id: Matrix = [
  [1, 0],
  [0, 1],
];
const p = mul(a, a);
console.log(p.map((r) => r.join(" ")).join(" | "));
console.log(mul(a, id).map((r) => r.join(",")).join(";"));
let m = id;
for (let i = 0; i < 10; i++) m = mul(m, a);
console.log(m[0][0], m[1][1]);
const t = a[0].map((_, j) => a.map((row) => row[j]));
console.log(JSON.stringify(t));
