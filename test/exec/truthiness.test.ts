// JS truthiness chosen from static types; && || ?? return operands.
import { program } from "../harness";

test("numbers: 0 and NaN are falsy, ints stay plain", () => {
  const p = program`
    function t(x: number) {
      return x ? "T" : "F";
    }
    let n = 3;
    const out: string[] = [];
    while (n) {
      out.push(t(n), t(n / 2 - 1), t(0 / 0), t(-0));
      n--;
    }
    console.log(out.join(""));
  `;
  expect(p.python()).toContain("while n:");
  return p.expectToMatchNode();
});

test("nullable numbers and strings", () =>
  program`
    function t(x: number | undefined | null) {
      return x ? "T" : "F";
    }
    function s(x: string | null | undefined) {
      return x ? "T" : "F";
    }
    function u(x: string | number) {
      return x ? "T" : "F";
    }
    console.log(t(undefined), t(null), t(0), t(NaN), t(2), s(""), s(null), s(undefined), s("a"), u(""), u(0), u(NaN), u("0"), u(1));
  `.expectToMatchNode());

test("arrays, records and objects are always truthy", () =>
  program`
    function a(x: number[] | undefined) {
      return x ? "T" : "F";
    }
    function r(x: Record<string, number> | null) {
      return x ? "T" : "F";
    }
    class C {}
    const c: C | undefined = new C();
    const empty: string[] = [];
    console.log(a([]), a(undefined), a([0]), r({}), r(null), c ? "T" : "F", !empty, !!empty);
  `.expectToMatchNode());

test("unknown values go through js_truthy", () =>
  program`
    function t(x: unknown) {
      return x ? "T" : "F";
    }
    console.log(t(0), t(""), t([]), t({}), t(null), t(undefined), t(NaN), t("x"), t(-1), t(false), t(true));
  `.expectToMatchNode());

test("&& and || return operands of every type", () =>
  program`
    function f(a: number, b: string) {
      return [a || b, a && b, b || a, b && a];
    }
    console.log(f(0, ""), f(1, "x"), f(NaN, "y"), f(2, ""));
    const xs: number[] = [];
    const ys = xs || [1];
    console.log(ys.length, (xs && 5) + 1);
  `.expectToMatchNode());

test("?? and ??= only replace null and undefined", () =>
  program`
    function f(x: number | null | undefined, s: string | undefined) {
      let y = x;
      y ??= -1;
      return [x ?? 10, s ?? "dflt", y];
    }
    console.log(f(0, ""), f(null, undefined), f(undefined, "a"), f(NaN, undefined));
  `.expectToMatchNode());

test("||= and &&= evaluate the right side only when assigning", () =>
  program`
    let calls = 0;
    function v(n: number) {
      calls++;
      return n;
    }
    let a = 1;
    a ||= v(5);
    let b = 0;
    b ||= v(6);
    let c = 2;
    c &&= v(7);
    let d = NaN;
    d &&= v(8);
    const o = { n: 0 };
    o.n ||= v(9);
    console.log(a, b, c, d, o.n, calls);
  `.expectToMatchNode());

test("short-circuit skips side effects in the right operand", () =>
  program`
    let count = 0;
    function hit(): boolean {
      count++;
      return true;
    }
    const a = false && hit();
    const b = true || hit();
    const z = 0;
    const c = z && hit();
    const nu: boolean | null = null as boolean | null;
    const d = nu ?? hit();
    console.log(a, b, c, d, count);
  `.expectToMatchNode());

test("negation of mixed types", () =>
  program`
    function n(x: number | string | null) {
      return !x;
    }
    console.log(n(0), n(""), n(null), n(NaN), n("a"), n(4));
  `.expectToMatchNode());

test("right operands that need statements run only when JS evaluates them", () =>
  program`
    function f(o: number | null, p: number | undefined) {
      const arr = [1, 10];
      const r = o ?? arr[0]++;
      const s = p || arr[1]++;
      const t = o && arr[1]++;
      return [r, s, t, arr[0], arr[1]];
    }
    console.log(f(null, 0), f(5, 3), f(0, undefined));
  `.expectToMatchNode());

test("object types an array can hide behind use js_truthy", () => {
  const p = program`
    function t(x: object) {
      return x ? "T" : "F";
    }
    function u(x: {}) {
      return x ? "T" : "F";
    }
    function l(x: { length: number }) {
      return x ? "T" : "F";
    }
    interface Named {
      name: string;
    }
    function n(x: Named | null) {
      return x ? "T" : "F";
    }
    console.log(t([]), t({}), u(0), u(NaN), u(""), u([]), l([]), l("ab"), n(null), n({ name: "" }));
  `;
  expect(p.python()).toContain('return "T" if x else "F"');
  return p.expectToMatchNode();
});
