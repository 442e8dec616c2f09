import { program as base, ProgramCase } from "../harness";

// Entry named app.ts (main.ts is a reserved module name on the device).
const program = (s: TemplateStringsArray, ...v: unknown[]) => new ProgramCase({ "app.ts": Object.values(base(s, ...v).files)[0] }, "app.ts");

test("CSV parsing and report", () =>
  program`
    const csv = "name,qty,price\\nwidget,3,2.50\\ngadget,10,0.99\\n gizmo , 1 , 100\\n";
    const rows = csv.trim().split("\\n").slice(1).map((line) => line.split(",").map((c) => c.trim()));
    const items = rows.map(([name, qty, price]) => ({ name, qty: parseInt(qty), price: parseFloat(price) }));
    const total = items.reduce((s, it) => s + it.qty * it.price, 0);
    for (const it of items) console.log(it.name.padEnd(8, ".") + String(it.qty).padStart(4) + (it.qty * it.price).toFixed(2).padStart(9));
    console.log("total", total.toFixed(2), Math.max(...items.map((it) => it.price)));
    console.log(JSON.stringify(items.sort((a, b) => b.qty - a.qty).map((it) => it.name)));
  `.expectToMatchNode());

test("histogram of word lengths", () =>
  program`
    const text = "It was the best of times, it was the worst of times; it was the age of wisdom.";
    const words = text.toLowerCase().split(" ").map((w) => w.replace(",", "").replace(";", "").replace(".", ""));
    const hist: number[] = new Array(8).fill(0);
    words.forEach((w) => { hist[Math.min(w.length, 7)]++; });
    hist.forEach((n, len) => { if (n > 0) console.log(String(len).padStart(2) + " " + "#".repeat(n)); });
    const unique = words.filter((w, i) => words.indexOf(w) === i);
    console.log(unique.length, unique.slice(0, 5).join(" "), words.lastIndexOf("was"));
  `.expectToMatchNode());

test("matrix utilities", () =>
  program`
    type M = number[][];
    const identity = (n: number): M => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
    const mul = (a: M, b: M): M => a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
    const transpose = (a: M): M => a[0].map((_, j) => a.map((row) => row[j]));
    const m: M = [[1, 2], [3, 4]];
    console.log(JSON.stringify(mul(m, identity(2))), JSON.stringify(mul(m, m)), JSON.stringify(transpose([[1, 2, 3], [4, 5, 6]])));
    console.log(m.map((r) => r.join(" ")).join("\\n"));
  `.expectToMatchNode());

test("inventory with records and Object helpers", () =>
  program`
    const stock: Record<string, number> = {};
    const moves: [string, number][] = [["apple", 5], ["pear", 2], ["apple", -3], ["fig", 7], ["pear", -2]];
    for (const [item, delta] of moves) stock[item] = (stock[item] === undefined ? 0 : stock[item]) + delta;
    const nonEmpty = Object.entries(stock).filter(([, n]) => n > 0);
    console.log(JSON.stringify(stock), nonEmpty.map(([k, n]) => k + ":" + n).join(" "));
    console.log(Object.keys(stock).sort().join(","), Object.values(stock).reduce((a, b) => a + b, 0));
    const inverted = Object.fromEntries(Object.entries(stock).map(([k, v]) => [String(v), k]));
    console.log(JSON.stringify(inverted));
  `.expectToMatchNode());

test("queue and stack simulation", () =>
  program`
    const queue: number[] = [];
    const stack: string[] = [];
    for (let i = 1; i <= 5; i++) { queue.push(i * i); stack.push("s" + i); }
    const served: number[] = [];
    while (queue.length > 0) {
      const v = queue.shift()!;
      served.push(v);
      if (v === 4) queue.unshift(-1);
    }
    const popped: string[] = [];
    while (stack.length) popped.push(stack.pop() as string);
    console.log(served.join(","), popped.join(","), queue.length, stack.length, queue.pop(), stack.shift());
  `.expectToMatchNode());

test("comprehension receiver named like its parameter", () =>
  program`
    const x = [1, 2, 3];
    const y = x.map((x) => x * 10);
    const z = x.filter((x) => x > 1);
    console.log(y.join(","), z.join(","), x.join(","));
  `.expectToMatchNode());

test("number formatting table", () =>
  program`
    const vals = [0, 1, -1.5, 3.14159, 1234.5, 0.000123, 1e21, 2 ** 31];
    for (const v of vals) {
      console.log([v.toFixed(2), v.toPrecision(3), v.toExponential(1), v.toString(16), String(v), Math.round(v), Math.sign(v)].join(" | "));
    }
  `.expectToMatchNode());

test("string utilities", () =>
  program`
    const capitalize = (s: string) => (s.length ? s[0].toUpperCase() + s.slice(1).toLowerCase() : s);
    const camel = (s: string) => s.split(/-/).map((p, i) => (i ? capitalize(p) : p.toLowerCase())).join("");
    const isPal = (s: string) => { const t = s.toLowerCase().split("").filter((c) => c >= "a" && c <= "z").join(""); return t === t.split("").reverse().join(""); };
    const count = (s: string, sub: string) => s.split(sub).length - 1;
    console.log(capitalize("hELLO"), capitalize(""), camel("background-color-red"), isPal("A man, a plan, a canal: Panama"), isPal("abc"), count("banana", "an"));
    const truncate = (s: string, n: number) => (s.length > n ? s.slice(0, n - 3) + "..." : s);
    console.log(truncate("The quick brown fox", 10), truncate("short", 10), "abc".at(-1), "x".concat("y", String(1)));
  `.expectToMatchNode());
