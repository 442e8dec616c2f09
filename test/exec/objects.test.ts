import { program } from "../harness";

test("object literals keep JS key order", () =>
  program`
    const o = { b: 1, a: "x", c: true };
    console.log(Object.keys(o).join(","));
    for (const k in o) console.log(k);
    console.log(o.a, o.b, o.c);
    o.b = 5;
    console.log(o.b);
    const n = { b: 1, 2: 1, a: 1, 1: 1 };
    console.log(Object.keys(n).join(","));
  `.expectToMatchNode());
