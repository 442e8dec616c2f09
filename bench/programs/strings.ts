// String builder: render records as CSV lines, join them, then parse the text back and
// summarise it (split, slice, case changes, search, number parsing).
interface Row {
  name: string;
  qty: number;
  tag: string;
}

const TAGS = ["red", "green", "blue", "amber"];

function render(count: number): string {
  const lines: string[] = ["name,qty,tag"];
  for (let i = 0; i < count; i++) {
    const row: Row = { name: `item${i}`, qty: (i * 37) % 101, tag: TAGS[i % TAGS.length] };
    lines.push(`${row.name},${row.qty},${row.tag}`);
  }
  return lines.join("\n");
}

function parse(text: string): Row[] {
  const rows: Row[] = [];
  const lines = text.split("\n");
  for (let i = 1; i < lines.length; i++) {
    const fields = lines[i].split(",");
    rows.push({ name: fields[0], qty: parseInt(fields[1], 10), tag: fields[2] });
  }
  return rows;
}

function summarise(rows: Row[]): string {
  let total = 0;
  let longest = "";
  const initials: string[] = [];
  for (const row of rows) {
    total += row.qty;
    if (row.name.length > longest.length) longest = row.name;
    if (row.tag.startsWith("b") || row.tag.includes("mb")) {
      initials.push(row.tag.slice(0, 1).toUpperCase() + row.name.slice(4));
    }
  }
  const joined = initials.join("");
  return `${rows.length} rows, qty ${total}, longest ${longest}, ${joined.length} chars, tail ${joined.slice(-12)}`;
}

let report = "";
for (let round = 0; round < 3; round++) report = summarise(parse(render(2000)));
console.log(report);
