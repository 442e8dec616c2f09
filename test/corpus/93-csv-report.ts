// CSV parsing with quoted fields via regex, grouping with generics, JSON output.
const csv = `id,name,dept,salary,start
1,"Smith, Jane",Engineering,85000,2019-04-01
2,Bob Lee,Sales,52000.50,2021-11-15
3,"O""Brien, Pat",Engineering,91000,2018-01-20
4,Ann,,47000,2022-06-30
5,Raj Patel,Sales,,2020-02-10`;
function parseLine(line: string): string[] {
  const out: string[] = [];
  const re = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    if (re.lastIndex >= line.length) break;
  }
  return out;
}
const [header, ...rows] = csv.split("\n").map(parseLine);
console.log(header, rows.length);
type Row = Record<string, string>;
const records: Row[] = rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
console.log(records[2]);
function groupBy<T, K extends string>(xs: T[], key: (x: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const x of xs) {
    const k = key(x);
    let list = m.get(k);
    if (!list) m.set(k, (list = []));
    list.push(x);
  }
  return m;
}
const byDept = groupBy(records, (r) => r.dept || "(none)");
const report = [...byDept].map(([dept, rs]) => {
  const salaries = rs.map((r) => parseFloat(r.salary)).filter((n) => !isNaN(n));
  const total = salaries.reduce((a, b) => a + b, 0);
  return { dept, count: rs.length, avg: salaries.length ? Math.round(total / salaries.length) : null, names: rs.map((r) => r.name.split(/,\s*/)[0]) };
});
console.log(JSON.stringify(report, null, 2));
const years = records.map((r) => Number(r.start.match(/^(\d+)-/)?.[1] ?? "0"));
console.log(years, Math.min(...years));
console.log(records.map((r) => r.name.padEnd(14, ".") + "|" + (r.salary ? Number(r.salary).toFixed(2) : "n/a").padStart(10)).join("\n"));
