import { program } from "../harness";
test("a left operand settled by its type is still evaluated once, in order", () =>
  program`
    function f(): number { return 0; }
    function g(): number | undefined { return undefined; }
    console.log(f() ?? 1, g() ?? 2, f() || 3);
    let i = 1;
    const xs = [10, 20, 30];
    function h(a: number, b: number) { return a * 100 + b; }
    console.log(h(i, xs[i++] ?? 0), i);
  `.expectToMatchNode());
