import { program } from "../harness";

// Reading or writing a property of null/undefined through an `any` value throws a TypeError,
// as in JS, instead of quietly giving undefined.
test("property access on a null or undefined any value throws", () =>
  program`
    const values: any[] = [null, undefined, { field: 1 }];
    for (const v of values) {
      try {
        console.log("read", v.field);
      } catch (e) {
        console.log("read failed", e instanceof TypeError);
      }
      try {
        v.field = 2;
        console.log("write ok");
      } catch (e) {
        console.log("write failed", e instanceof TypeError);
      }
    }
  `.expectToMatchNode());
