import { program as base, ProgramCase } from "../harness";

// Entry named app.ts (main.ts is a reserved module name on the device).
const program = (s: TemplateStringsArray, ...v: unknown[]) => new ProgramCase({ "app.ts": Object.values(base(s, ...v).files)[0] }, "app.ts");

test("floor, ceil, round, trunc, sign, abs with special values", () =>
  program`
    const vals = [2.5, -2.5, 3.7, -3.7, 0.49999999999999994, 7, -0.4, Infinity, -Infinity, NaN];
    console.log(vals.map((v) => Math.floor(v)).join(","));
    console.log(vals.map((v) => Math.ceil(v)).join(","));
    console.log(vals.map((v) => Math.round(v)).join(","));
    console.log(vals.map((v) => Math.trunc(v)).join(","));
    console.log(vals.map((v) => Math.sign(v)).join(","));
    console.log(vals.map((v) => Math.abs(v)).join(","));
  `.expectToMatchNode());

test("sqrt, cbrt, pow, exp, logs", () =>
  program`
    console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1), Math.sqrt(Infinity));
    console.log(Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2), Math.cbrt(0));
    console.log(Math.pow(2, 10), Math.pow(2, -1), Math.pow(2, 0.5), Math.pow(0, -1), Math.pow(-8, 1 / 3), Math.pow(NaN, 0));
    console.log(Math.exp(0), Math.exp(1), Math.exp(1000), Math.exp(-1000));
    console.log(Math.log(Math.E), Math.log(0), Math.log(-1), Math.log2(8), Math.log2(1024), Math.log10(1000), Math.log10(0.001));
  `.expectToMatchNode());

test("trigonometry and hypot", () =>
  program`
    console.log(Math.sin(0), Math.cos(0), Math.tan(0), Math.sin(Math.PI / 2), Math.cos(Math.PI));
    console.log(Math.asin(1), Math.acos(1), Math.atan(1), Math.atan2(1, 1), Math.atan2(-1, -1), Math.asin(2), Math.sin(Infinity));
    console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(1, 1, 1), Math.hypot(NaN, Infinity), Math.hypot(-5));
  `.expectToMatchNode());

test("min and max with spread, NaN and no arguments", () =>
  program`
    const xs = [3, 1, 4, 1, 5, 9, 2, 6];
    console.log(Math.max(...xs), Math.min(...xs), Math.max(1, 2), Math.min(1, 2, -3));
    console.log(Math.max(), Math.min(), Math.max(1, NaN, 3), Math.min(NaN), Math.max(-Infinity, -5));
    console.log(Math.max(0.5, 1), Math.min(...[2.5, 2]), Math.max(1, ...xs, 20));
    const empty: number[] = [];
    console.log(Math.max(...empty));
  `.expectToMatchNode());

test("constants and random", () =>
  program`
    console.log(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
    let ok = true;
    for (let i = 0; i < 200; i++) {
      const r = Math.random();
      if (r < 0 || r >= 1) ok = false;
    }
    const d = Math.floor(Math.random() * 6) + 1;
    console.log(ok, d >= 1 && d <= 6, Number.isInteger(d));
  `.expectToMatchNode());

test("math in ordinary code", () =>
  program`
    function dist(x1: number, y1: number, x2: number, y2: number): number {
      return Math.sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2);
    }
    console.log(dist(0, 0, 3, 4), dist(1, 1, 2, 2).toFixed(3));
    const deg = (r: number) => Math.round((r * 180) / Math.PI);
    console.log(deg(Math.PI / 4), deg(Math.atan2(1, 0)));
    const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
    console.log(clamp(5, 0, 3), clamp(-2, 0, 3), clamp(1.5, 0, 3));
  `.expectToMatchNode());

test("unknown Math members are refused", () =>
  program`
    const r = Math.fround(1.5);
  `.expectDiagnostic("TSMPY1007", 1));

test("negative zero results print like Node", () =>
  program`
    console.log(Math.round(-0.4), Math.ceil(-0.5), Math.trunc(-0.9), Math.floor(-0), Math.sign(-0), Math.round(0.4), Math.ceil(0.5));
    console.log(Math.max(-0, 0), Math.min(0, -0), Math.max(0, -0), Math.min(-0, 0), Math.round(-2.5), Math.round(2.5), Math.round(-2.6));
  `.expectToMatchNode());

test("one-argument Math functions used as values: map callbacks, variables, identity", () =>
  program`
    console.log([0.5, 1.5, 2.5, -0.5, -1.5, 2.4].map(Math.round), [1.2, -1.2].map(Math.floor), [-3, 4].map(Math.abs));
    const f: (x: number) => number = Math.sqrt;
    const fs = [Math.ceil, Math.trunc, Math.sign, Math.atan];
    console.log(f(16), fs.map((g) => g(-2.5)), [4, 9].map(Math.sqrt).filter((v) => v > 2));
    const r = Math.round;
    console.log(r === Math.round, fs.includes(Math.trunc), fs.indexOf(Math.sign), r(2.5));
  `.expectToMatchNode());
