// Labelled loops, switch fallthrough with returns, break/continue inside try/finally.
function classify(n: number): string {
  let out = "";
  switch (true) {
    case n < 0:
      out += "neg";
    case n === 0:
      out += "zero?";
      break;
    case n % 2 === 0:
      return "even";
    default:
      out += "odd";
  }
  return out;
}
console.log([-1, 0, 2, 3].map(classify));
function grade(score: number): string {
  switch (Math.floor(score / 10)) {
    case 10:
    case 9: return "A";
    case 8: return "B";
    case 7: { if (score === 77) return "lucky"; }
    case 6: return "C";
    default: return "F";
  }
}
console.log([100, 95, 85, 77, 72, 65, 12].map(grade).join(""));
const found: string[] = [];
rows: for (let r = 0; r < 4; r++) {
  cols: for (let c = 0; c < 4; c++) {
    if (c > r) continue rows;
    if (r * c === 4) break rows;
    if ((r + c) % 3 === 0) continue cols;
    found.push(`${r}${c}`);
  }
}
console.log(found.join(" "));
const log: string[] = [];
outer: for (const a of [1, 2, 3]) {
  for (const b of [1, 2, 3]) {
    try {
      if (b === 2) continue outer;
      if (a === 3) break outer;
      log.push(`${a}${b}`);
    } finally {
      log.push("f");
    }
  }
}
console.log(log.join(""));
let k = 0;
do {
  k++;
  if (k === 2) continue;
  if (k > 4) break;
  log.push("k" + k);
} while (k < 10);
console.log(log.slice(-3), k);
function firstDup(xs: string[]): string | undefined {
  search: for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      if (xs[i] === xs[j]) { return xs[i]; }
      if (xs[j] === "stop") break search;
    }
  }
  return undefined;
}
console.log(firstDup(["a", "b", "a"]), firstDup(["a", "stop", "a"]), firstDup([]));
