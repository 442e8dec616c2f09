// N-queens: count every placement of n queens on an n x n board by backtracking.
function countQueens(n: number): number {
  const cols: boolean[] = new Array(n).fill(false);
  const rising: boolean[] = new Array(2 * n).fill(false);
  const falling: boolean[] = new Array(2 * n).fill(false);
  let solutions = 0;

  function place(row: number): void {
    if (row === n) {
      solutions++;
      return;
    }
    for (let c = 0; c < n; c++) {
      const r = row + c;
      const f = row - c + n;
      if (cols[c] || rising[r] || falling[f]) continue;
      cols[c] = rising[r] = falling[f] = true;
      place(row + 1);
      cols[c] = rising[r] = falling[f] = false;
    }
  }

  place(0);
  return solutions;
}

const counts: number[] = [];
for (let n = 4; n <= 9; n++) counts.push(countQueens(n));
console.log(`queens 4..9: ${counts.join(" ")}`);
