import { program as base, ProgramCase } from "../harness";

// Entry named app.ts (main.ts is a reserved module name on the device).
const program = (s: TemplateStringsArray, ...v: unknown[]) => new ProgramCase({ "app.ts": Object.values(base(s, ...v).files)[0] }, "app.ts");

test("comprehension parameters do not clobber outer bindings", () =>
  program`
    const x = 100;
    const i = -1;
    const ys = [1, 2, 3].map((x, i) => x + i);
    console.log(ys.join(","), x, i);
    function f(): number[] {
      const x = 5;
      const r = [1, 2].filter((x) => x > 1);
      return [x, ...r];
    }
    console.log(f().join(","));
  `.expectToMatchNode());

test("builtins inside class methods and comprehensions", () =>
  program`
    class Cart {
      items: { name: string; price: number }[] = [];
      add(name: string, price: number): number { return this.items.push({ name, price }); }
      total(): number { return this.items.reduce((s, it) => s + it.price, 0); }
      names(): string { return this.items.map((it) => it.name.toUpperCase()).join(", "); }
      cheap(limit: number): string[] { return this.items.filter((it) => it.price < limit).map((it) => it.name); }
      label(): string[] { return this.items.map((it) => this.fmt(it.price)); }
      fmt(p: number): string { return "$" + p.toFixed(2); }
    }
    const c = new Cart();
    console.log(c.add("apple", 1.25), c.add("pear", 2.5), c.add("fig", 0.755));
    console.log(c.total(), c.names(), c.cheap(2).join("+"), c.label().join(" "));
  `.expectToMatchNode());

test("chains and common idioms", () =>
  program`
    const s = "Hello, World";
    console.log(s.split("").reverse().join(""), s.toLowerCase().split(", ").map((w) => w.length).join("/"));
    const xs = [3, 1, 2];
    console.log(xs.slice().reverse().join(","), xs.join(","), xs.indexOf(2) !== -1, xs.concat(5, [6, 7]).join(","));
    console.log(Object.keys({ a: 1, b: 2 }).length, "abc".split("").map((c) => c.charCodeAt(0)).join(","));
    console.log(new Array(5).fill(0).map((_, i) => i * i).join(","), Array(3).join("-"), [1, 2, 3].includes(2));
    const words = ["b", "a", "c"];
    const sortedCopy = [...words].sort();
    console.log(sortedCopy.join(""), words.join(""));
    const matrix = [[1, 2], [3, 4]];
    console.log(matrix.map((row) => row.map((v) => v * 10).join(" ")).join(" / "));
    console.log([1, 2, 3, 4, 5].filter((n) => n % 2).map((n) => n * n).reduce((a, b) => a + b));
  `.expectToMatchNode());

test("optional receivers", () =>
  program`
    function len(s?: string): number | undefined { return s?.length; }
    function up(s: string | null): string | undefined { return s?.toUpperCase(); }
    function firsts(xs?: number[]): number[] | undefined { return xs?.map((x) => x + 1); }
    console.log(len("abc"), len(), up("a"), up(null), JSON.stringify(firsts([1])), firsts());
  `.expectToMatchNode());

test("filter callbacks returning non-booleans", () =>
  program`
    const items = [{ tag: "a" }, { tag: "" }, { tag: "b" }];
    console.log(items.filter((it) => it.tag).length, items.find((it) => !it.tag) !== undefined);
    const nums = [0, 5, -1, NaN];
    console.log(nums.filter((n) => n).join(","), nums.some((n) => n !== n), nums.every((n) => n > -2));
    console.log(nums.findIndex((n) => Number.isNaN(n)), [[], [1]].filter((a) => a.length).length);
  `.expectToMatchNode());

test("JSON of errors and special objects", () =>
  program`
    const e = new Error("boom");
    console.log(JSON.stringify(e), JSON.stringify({ e }));
    class MyErr extends Error {
      code = 7;
      constructor(m: string) { super(m); this.name = "MyErr"; }
    }
    console.log(JSON.stringify(new MyErr("x")));
  `.expectToMatchNode());
