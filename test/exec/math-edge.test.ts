import { program as base, ProgramCase } from "../harness";

// Entry named app.ts (main.ts is a reserved module name on the device).
const program = (s: TemplateStringsArray, ...v: unknown[]) => new ProgramCase({ "app.ts": Object.values(base(s, ...v).files)[0] }, "app.ts");

test("rounding huge and tiny values", () =>
  program`
    console.log(Math.floor(1e300), Math.ceil(-1e300), Math.round(1e20), Math.trunc(2 ** 60 + 0.5), Math.round(5e-324), Math.floor(-5e-324));
    console.log(Math.round(0.5), Math.round(1.5), Math.round(-1.5), Math.round(4503599627370495.5), Math.floor(-0.5), Math.ceil(0.2));
  `.expectToMatchNode());

test("pow and roots with negative bases and special exponents", () =>
  program`
    console.log(Math.pow(-8, 1 / 3), Math.pow(-2, 3), Math.pow(-2, 0.5), Math.pow(0, 0), Math.pow(Infinity, -1), Math.pow(1, Infinity));
    console.log(Math.sqrt(0), Math.sqrt(-0), Math.cbrt(-27), Math.cbrt(Infinity), Math.sqrt(NaN));
  `.expectToMatchNode());

test("sign, abs, min and max on mixed ints and floats", () =>
  program`
    console.log(Math.sign(-3), Math.sign(0), Math.sign(2.5), Math.abs(-Infinity), Math.abs(-7), Math.abs(-0.25));
    console.log(Math.min(1, 0.5, 2), Math.max(1, 1.5), Math.min(-Infinity, 0), Math.max(Infinity, NaN), Math.max(2, 2.0));
  `.expectToMatchNode());

test("logs and exponentials at the edges", () =>
  program`
    console.log(Math.log(1), Math.log(Infinity), Math.log2(0.5), Math.log10(1e15), Math.log10(-1), Math.exp(-Infinity), Math.exp(Infinity), Math.exp(NaN));
    console.log(Math.log2(3).toFixed(10), Math.log10(2).toFixed(12), Math.exp(2).toFixed(8));
  `.expectToMatchNode());

test("trigonometry at the edges", () =>
  program`
    console.log(Math.acos(-1), Math.asin(-1), Math.atan(Infinity), Math.atan2(0, -1), Math.atan2(0, 0), Math.tan(NaN), Math.cos(-Infinity), Math.acos(1.5));
    console.log(Math.sin(1).toFixed(10), Math.cos(1).toFixed(10), Math.tan(1).toFixed(10));
  `.expectToMatchNode());

test("integer arithmetic helpers built on Math", () =>
  program`
    function gcd(a: number, b: number): number { return b === 0 ? a : gcd(b, a % b); }
    function isPrime(n: number): boolean {
      if (n < 2) return false;
      for (let i = 2; i <= Math.sqrt(n); i++) if (n % i === 0) return false;
      return true;
    }
    const primes = Array.from({ length: 30 }, (_, i) => i).filter(isPrime);
    console.log(gcd(48, 18), primes.join(","), Math.floor(17 / 5), 17 % 5, Math.ceil(17 / 5));
    const digits = (n: number) => Math.floor(Math.log10(n)) + 1;
    console.log(digits(9), digits(10), digits(12345));
  `.expectToMatchNode());

test("parseInt and parseFloat details", () =>
  program`
    console.log(parseInt("010"), parseInt("1e3"), parseInt("0.0000005"), parseInt(" \\t\\n 42 "), parseInt("-0x10"), parseInt("0x"), parseInt("12", 36));
    console.log(parseFloat("1e3"), parseFloat("-0"), parseFloat("1.5.3"), parseFloat("0x10"), parseFloat("  -.25e-1xyz"), parseFloat("+5"), parseFloat("e5"));
  `.expectToMatchNode());

test("toFixed details", () =>
  program`
    console.log((0.1).toFixed(20), (-1.005).toFixed(2), (1.255).toFixed(2), (1234.5678).toFixed(2), (0.5).toFixed(1), (-0.5).toFixed(0), (2 ** 70).toFixed(1));
    console.log((1e-7).toFixed(10), (123).toFixed(0), (-0).toFixed(2), (0.045).toFixed(2), (10.235).toFixed(2));
  `.expectToMatchNode());

test("toString radix details", () =>
  program`
    console.log((2 ** 40).toString(36), (-0).toString(2), (255.5).toString(16), (0.1).toString(3), (1 / 3).toString(2), (1e21).toString(7), (123.456).toString(36));
  `.expectToMatchNode());

test("Number predicates on big and fractional values", () =>
  program`
    console.log(Number.isInteger(1e300), Number.isInteger(0.1 + 0.2), Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53), Number.isFinite(-1e308 * 10));
  `.expectToMatchNode());

test("imul and clz32", () =>
  program`
    console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(2 ** 31, 2), Math.imul(-5, 12.7), Math.imul(123456789, 987654321));
    console.log(Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.clz32(0.5), Math.clz32(2 ** 32), Math.clz32(1000));
  `.expectToMatchNode());
