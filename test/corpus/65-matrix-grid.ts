// Grid algorithms: aliasing rows, fill traps, negative wrap, flood fill, integer division.
const W = 5, H = 4;
const shared = new Array(W).fill(0);
const bad = new Array(H).fill(shared);
bad[0][0] = 1;
console.log(bad.map((r) => r.join("")).join("/"));
const grid: number[][] = Array.from({ length: H }, (_, y) => Array.from({ length: W }, (_, x) => (x * 7 + y * 3) % 4));
console.log(grid);
const wrap = (v: number, n: number) => ((v % n) + n) % n;
console.log(wrap(-1, W), wrap(-6, W), -1 % W, -6 % W, 7 % -3, -7 % -3);
const neighbours = (x: number, y: number) =>
  [[-1, 0], [1, 0], [0, -1], [0, 1]].map(([dx, dy]) => grid[wrap(y + dy, H)][wrap(x + dx, W)]);
console.log(neighbours(0, 0), neighbours(4, 3));
function flood(g: number[][], sx: number, sy: number): number {
  const target = g[sy][sx];
  const seen: Record<string, boolean> = {};
  const stack: [number, number][] = [[sx, sy]];
  let n = 0;
  while (stack.length) {
    const [x, y] = stack.pop()!;
    const key = `${x},${y}`;
    if (seen[key] || g[y]?.[x] !== target) continue;
    seen[key] = true;
    n++;
    stack.push([x + 1, y], [x - 1, y], [x, y + 1], [x, y - 1]);
  }
  return n;
}
console.log(flood(grid, 0, 0), flood(grid, 2, 1));
const mid = grid[H / 2][W / 2 | 0];
const avg = grid.flat().reduce((a, b) => a + b, 0) / (W * H);
console.log(mid, avg, Math.floor(avg * 10) / 10, (avg * 3).toFixed(1));
const transposed = grid[0].map((_, c) => grid.map((row) => row[c]));
console.log(transposed.length, transposed[0].length, transposed[W - 1]);
const rowSums = grid.map((r) => r.reduce((a, b) => a + b));
console.log(rowSums, Math.max(...rowSums), rowSums.indexOf(Math.min(...rowSums)));
const copy = grid.map((r) => [...r]);
copy[1].reverse();
copy.sort((a, b) => a[0] - b[0]);
console.log(grid[1], copy.map((r) => r[0]));
const diag: number[] = [];
for (let i = 0; i < Math.min(W, H); i++) diag[i] = grid[i][i];
console.log(diag, diag.length);
const counts: number[] = [0, 0, 0, 0];
for (const v of grid.flat()) counts[v]++;
console.log(counts, counts[4], counts.indexOf(5));
