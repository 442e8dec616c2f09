function table(rows: (string | number)[][]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      const w = String(cell).length;
      if (widths[i] === undefined || w > widths[i]) widths[i] = w;
    });
  const lines: string[] = [];
  for (const row of rows) {
    lines.push(row.map((cell, i) => (typeof cell === "number" ? String(cell).padStart(widths[i]) : cell.padEnd(widths[i]))).join(" | "));
  }
  return lines.join("\n");
}
console.log(
  table([
    ["name", "qty", "price"],
    ["apple", 3, 1.25],
    ["kiwi", 12, 0.5],
  ]),
);
let s = "";
for (let i = 0; i < 20; i++) s += i % 3 === 0 ? "fizz" : String(i);
console.log(s, s.length);
const parts: string[] = [];
for (let i = 1; i <= 15; i++) parts.push(i % 15 === 0 ? "FizzBuzz" : i % 3 === 0 ? "Fizz" : i % 5 === 0 ? "Buzz" : `${i}`);
console.log(parts.join(" "));
