import { program as base, ProgramCase } from "../harness";

// Entry named app.ts (main.ts is a reserved module name on the device).
const program = (s: TemplateStringsArray, ...v: unknown[]) => new ProgramCase({ "app.ts": Object.values(base(s, ...v).files)[0] }, "app.ts");

test("methods on JSON.parse results typed any", () =>
  program`
    const data = JSON.parse('{"items":[3,1,2],"name":" Box ","price":2.5,"tags":["a","b"]}');
    console.log(data.items.map((x: number) => x * 2).join(","), data.items.filter((x: number) => x > 1).length);
    data.items.push(10);
    data.items.sort((a: number, b: number) => a - b);
    console.log(data.items.join("-"), data.items.indexOf(10), data.items.includes(3), data.items.reduce((a: number, b: number) => a + b, 0));
    console.log("[" + data.name.trim().toUpperCase() + "]", data.price.toFixed(2), data.tags.join("+"), data.name.split("o").length);
    console.log(data.items.slice(-2).join(","), data.name.replace("Box", (m: string) => m.toLowerCase()), data.items.some((x: number) => x > 5));
  `.expectToMatchNode());

test("methods on unions of arrays and strings", () =>
  program`
    function first(v: string | string[]): string { return v.slice(0, 1).toString(); }
    function size(v: string | number[]): number { return v.length; }
    function has(v: string | string[], x: string): boolean { return v.includes(x); }
    console.log(first("xyz"), first(["p", "q"]), size("abcd"), size([1, 2]), has("hello", "ll"), has(["a"], "b"));
  `.expectToMatchNode());

test("any-typed objects with their own methods", () =>
  program`
    class Counter { n = 0; inc(by: number) { this.n += by; return this; } }
    const c: any = new Counter();
    c.inc(2).inc(3);
    console.log(c.n);
    const o: any = { greet: (who: string) => "hi " + who };
    console.log(o.greet("bob"));
    const nothing: any = {};
    try {
      nothing.missing();
    } catch (e) {
      console.log(e instanceof TypeError);
    }
  `.expectToMatchNode());
