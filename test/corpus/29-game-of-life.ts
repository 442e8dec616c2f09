type Grid = boolean[][];
function makeGrid(rows: string[]): Grid {
  return rows.map((r) => r.split("").map((c) => c === "#"));
}
function neighbours(g: Grid, r: number, c: number): number {
  let n = 0;
  for (let dr = -1; dr <= 1; dr++)
    for (let dc = -1; dc <= 1; dc++) {
      if (dr === 0 && dc === 0) continue;
      const rr = r + dr,
        cc = c + dc;
      if (rr >= 0 && rr < g.length && cc >= 0 && cc < g[0].length && g[rr][cc]) n++;
    }
  return n;
}
function step(g: Grid): Grid {
  return g.map((row, r) =>
    row.map((alive, c) => {
      const n = neighbours(g, r, c);
      return alive ? n === 2 || n === 3 : n === 3;
    }),
  );
}
function show(g: Grid): string {
  return g.map((row) => row.map((a) => (a ? "#" : ".")).join("")).join("\n");
}
let g = makeGrid([".....", "..#..", "..#..", "..#..", "....."]);
for (let i = 0; i < 3; i++) {
  console.log(show(g));
  console.log("--");
  g = step(g);
}
