// Loop shapes: range lowering when provably equivalent, while lowering otherwise,
// continue running the update, labelled jumps through flags.
export function sums(xs: number[]): number {
  let total = 0;
  for (let i = 0; i < xs.length; i++) total += xs[i];
  for (let i = 10; i >= 0; i -= 2) total += i;
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] < 0) continue;
    xs.push(0);
    if (xs.length > 10) break;
  }
  return total;
}

export function labelled(grid: number[][]): number {
  let found = -1;
  search: for (const row of grid) {
    for (const cell of row) {
      if (cell < 0) continue search;
      if (cell === 0) {
        found = 0;
        break search;
      }
    }
  }
  return found;
}

export function doWhile(n: number): number {
  let k = 0;
  do {
    k++;
    if (k % 2 === 0) continue;
    n--;
  } while (n > 0);
  return k;
}

export function keys(o: { a: number; b: string }): string {
  let s = "";
  for (const k in o) s += k;
  return s;
}

export function countTo(n: number): number {
  // n may be a float: range() when it is a small int at run time, JS comparisons otherwise.
  let s = 0;
  for (let i = 0; i < n; i++) s += i;
  return s;
}
