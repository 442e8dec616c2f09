// ===, !==, == null, typeof and in.
import { program } from "../harness";

test("=== on numbers, strings and booleans", () =>
  program`
    function e(a: number, b: number) {
      return a === b;
    }
    console.log(e(1, 1.0), e(0, -0), e(NaN, NaN), e(0.1 + 0.2, 0.3));
    function b(x: boolean, y: boolean) {
      return x === y;
    }
    console.log(b(true, true), b(true, false));
  `.expectToMatchNode());

test("=== between booleans and numbers in unions is false", () =>
  program`
    function e(a: boolean | number, b: boolean | number) {
      return a === b;
    }
    console.log(e(true, 1), e(false, 0), e(1, 1), e(true, true));
  `.expectToMatchNode());

test("=== on objects and arrays is identity", () =>
  program`
    const a = [1, 2];
    const b = [1, 2];
    const c = a;
    class P {
      constructor(public x: number) {}
    }
    const p = new P(1);
    const q = new P(1);
    console.log(a === b, a === c, a !== b, p === q, p === p);
    function same(x: number[] | string, y: number[] | string) {
      return x === y;
    }
    console.log(same(a, b), same(a, a), same("s", "s"));
  `.expectToMatchNode());

test("null and undefined comparisons", () =>
  program`
    function f(x: string | null | undefined) {
      return [x === null, x === undefined, x == null, x != null, x == undefined, x !== null];
    }
    console.log(f(null).join(), f(undefined).join(), f("").join());
  `.expectToMatchNode());

test("typeof results and comparisons", () =>
  program`
    function t(x: unknown) {
      return [typeof x, typeof x === "number", typeof x === "string", typeof x !== "boolean", typeof x === "undefined", typeof x === "object", typeof x === "function"];
    }
    class K {}
    console.log(t(1).join(), t(1.5).join(), t("s").join(), t(true).join(), t(undefined).join(), t(null).join());
    console.log(t([1]).join(), t({ a: 1 }).join(), t(() => 1).join(), t(new K()).join(), t(NaN).join());
  `.expectToMatchNode());

test("typeof narrows unions", () =>
  program`
    function show(v: string | number | boolean) {
      if (typeof v === "string") return "s:" + v;
      if (typeof v === "number") return "n:" + (v + 1);
      return "b:" + v;
    }
    console.log(show("x"), show(2), show(false));
  `.expectToMatchNode());

test("in on records", () =>
  program`
    const r: Record<string, number> = { a: 1 };
    const k = "b";
    r[k] = 2;
    console.log("a" in r, "b" in r, "c" in r);
  `.expectToMatchNode());

test("loose equality between different types is refused", () =>
  program`
    function f(a: number | string, b: number) {
      return a == b;
    }
  `.expectDiagnostic("TSMPY1008", 2));

test("=== on types that also accept primitives compares values", () =>
  program`
    function e(a: {}, b: {}) {
      return a === b;
    }
    function l(a: { length: number }, b: { length: number }) {
      return a === b;
    }
    const s = "ab";
    const arr = [1];
    console.log(e(1.5, 1.5), e("a" + s, "aab"), e(arr, [1]), e(arr, arr), l(s + "c", "abc"), l(arr, arr));
  `.expectToMatchNode());
