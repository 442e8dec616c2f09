import { program } from "../harness";

test("primitives and strings", () =>
  program`
    console.log(1, -0, 0, 1.5, -2.25, 1e21, 1e-7, NaN, Infinity, -Infinity);
    console.log("top", "it's", true, false, null, undefined);
    console.log(["a", "it's", 'say "hi"', "both ' and \\"", "all ' \\" \`", "back\\\\slash", "tab\\there", "nl\\nx"]);
    console.log([-0, 0, 1.5]);
    console.log([true, null, undefined]);
  `.expectToMatchNode());

test("objects and nesting", () =>
  program`
    console.log({ a: 1, b: "x" }, {});
    console.log({ "a-b": 1, "$x": 2, _y: 3, z9: 4, 1: 5, "": 6 });
    console.log({ a: { b: { c: { d: 1 } } } });
    console.log({ a: { b: { c: {} } } }, { a: [[[[1]]]] });
    console.log([[1, 2], [3, [4, [5, [6]]]]]);
    console.log([], [[]], [{}]);
  `.expectToMatchNode());
