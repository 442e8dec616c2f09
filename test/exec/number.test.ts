import { program as base, ProgramCase } from "../harness";

// Entry named app.ts (main.ts is a reserved module name on the device).
const program = (s: TemplateStringsArray, ...v: unknown[]) => new ProgramCase({ "app.ts": Object.values(base(s, ...v).files)[0] }, "app.ts");

test("parseInt with radix, whitespace and partial input", () =>
  program`
    console.log(parseInt("42"), parseInt("  12px"), parseInt("abc"), parseInt("-7.9"), parseInt("+15"), parseInt(""));
    console.log(parseInt("ff", 16), parseInt("0x1A"), parseInt("0x1A", 16), parseInt("101", 2), parseInt("z", 36), parseInt("9", 8));
    console.log(parseInt("12", 1), parseInt("12", 37), parseInt("12", 0), parseInt("\\n 3 4"), parseInt("-0"), parseInt("123456789012345678901"));
    console.log(Number.parseInt("08"), Number.parseFloat("3.5e2x"));
  `.expectToMatchNode());

test("parseFloat", () =>
  program`
    console.log(parseFloat("3.14"), parseFloat("  2.5abc"), parseFloat(".5"), parseFloat("-.5e1"), parseFloat("1e"), parseFloat("abc"));
    console.log(parseFloat("Infinity"), parseFloat("-Infinity"), parseFloat("1."), parseFloat("5"), parseFloat("1e400"), parseFloat("0.1e-2"));
  `.expectToMatchNode());

test("Number() conversions", () =>
  program`
    console.log(Number("12"), Number(" 3.5 "), Number(""), Number("x"), Number("0x10"), Number(true), Number(null), Number(undefined), Number(7), Number());
  `.expectToMatchNode());

test("toFixed with JavaScript rounding", () =>
  program`
    console.log((1.005).toFixed(2), (2.5).toFixed(0), (1.45).toFixed(1), (0.5).toFixed(0), (1.5).toFixed(0), (-1.5).toFixed(0));
    console.log((3.14159).toFixed(2), (10).toFixed(2), (0).toFixed(1), (-0.0001).toFixed(2), (1e21).toFixed(2), (123.456).toFixed());
    console.log(NaN.toFixed(2), (0.000001).toFixed(7), (1.23e-10).toFixed(2), (99.995).toFixed(2), (8.345).toFixed(2));
    const price = 19.999;
    console.log("$" + price.toFixed(2), (price * 3).toFixed(1));
  `.expectToMatchNode());

test("toString with and without radix", () =>
  program`
    const n = 255;
    console.log(n.toString(), n.toString(16), n.toString(2), (-255).toString(36), (0).toString(2), (3.5).toString(), (1e21).toString());
    console.log((0.5).toString(2), (0.1).toString(2), (3.75).toString(16), (-10.25).toString(8), (0.3).toString(3));
  `.expectToMatchNode());

test("Number predicates and global isNaN/isFinite", () =>
  program`
    const vals = [1, 1.5, -0, NaN, Infinity, 1e300, 2 ** 53];
    console.log(vals.map((v) => Number.isInteger(v)).join(","));
    console.log(vals.map((v) => Number.isNaN(v)).join(","));
    console.log(vals.map((v) => Number.isFinite(v)).join(","));
    console.log(vals.map((v) => Number.isSafeInteger(v)).join(","));
    console.log(isNaN(NaN), isNaN(1), isFinite(1), isFinite(Infinity), isNaN(0 / 0));
    const s: any = "abc";
    console.log(isNaN(s), isFinite(s), isNaN("12" as any));
  `.expectToMatchNode());

test("Number constants", () =>
  program`
    console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, Number.MAX_VALUE, Number.MIN_VALUE);
    console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, Number.MAX_SAFE_INTEGER + 1 > Number.MAX_SAFE_INTEGER);
    console.log(0.1 + 0.2 - 0.3 < Number.EPSILON);
  `.expectToMatchNode());

test("toPrecision", () =>
  program`
    const vals = [0, 1, 1.5, 123.456, 0.000123456, 1e21, 99.99, 1.005, 123456789, 0.5, -2.345, 1e-7, 5e-324];
    for (const p of [1, 2, 3, 6, 10]) console.log(vals.map((v) => v.toPrecision(p)).join(" "));
    console.log((12.5).toPrecision(), NaN.toPrecision(3), (-Infinity).toPrecision(2), (-0).toPrecision(2));
  `.expectToMatchNode());

test("toExponential", () =>
  program`
    const vals = [0, 1, 1.5, 123.456, 0.000123456, 1e21, 99.99, 1.005, 123456789, -2.345, 5e-324];
    for (const f of [0, 1, 2, 5]) console.log(vals.map((v) => v.toExponential(f)).join(" "));
    console.log(vals.map((v) => v.toExponential()).join(" "), NaN.toExponential(2));
  `.expectToMatchNode());

test("toLocaleString is refused", () =>
  program`
    const s = (1.5).toLocaleString();
  `.expectDiagnostic("TSMPY1007", 1));
