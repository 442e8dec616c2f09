// Number semantics and printing, and the plain-Python forms the int-range analysis allows.
import { program } from "../harness";

test("printing doubles: shortest round trip, exponents, subnormals", () =>
  program`
    const xs = [0.1, 0.7, 1 / 3, 2 / 3, 1e21, 1e-7, 1.5e-7, 123e-20, 1e300 * 10, 5e-324, 2.5e-310, 1.7976931348623157e308, 2 ** -1074, 0.000001, 1234567.125, 100 / 3];
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      console.log(x, \`\${x}\`, "" + -x);
    }
  `.expectToMatchNode());

test("pseudo-random doubles print like Node", () =>
  program`
    let seed = 12345;
    const out: string[] = [];
    for (let i = 0; i < 200; i++) {
      seed = (seed * 16807) % 2147483647;
      const x = seed / 2147483647;
      out.push(\`\${x * 1000}\`, "" + x / 7, "" + (x - 0.5) * 1e-5, "" + x * 1e25);
    }
    console.log(out.join(" "));
  `.expectToMatchNode());

test("large integers print like doubles", () =>
  program`
    const big = 123456789012345680000;
    let acc = 1;
    for (let i = 0; i < 30; i++) acc *= 3;
    console.log(big, 2 ** 53 + 1, 2 ** 64, acc, \`\${acc}\`, 9007199254740991 + 2, 2 ** 1024, -(2 ** 70));
  `.expectToMatchNode());

test("integer division results stay JS numbers", () =>
  program`
    let a = 10, b = 4;
    console.log(a / b, a / 5, \`\${a / 5}\`, (a / 5) * 3, Math.floor(a / b), Math.ceil(a / b), a / b + b / a);
    const half = Math.floor(a / 2);
    console.log(half % 3, half & 1, half.toString());
  `.expectToMatchNode());

test("NaN and Infinity arithmetic", () =>
  program`
    const inf = Infinity, nan = NaN;
    console.log(inf - inf, inf * 0, -inf, nan + 1, inf / inf, 1 / inf, -1 / inf, inf > 1e308, nan < 1, nan > 1, nan === nan);
    console.log(\`\${inf} \${-inf} \${nan}\`, "" + inf);
  `.expectToMatchNode());

test("remainder traps", () =>
  program`
    function m(a: number, b: number) {
      return a % b;
    }
    console.log(m(-7, 3), m(7, -3), m(-7, -3), m(5.5, 2), m(-5.5, 2), m(5, 0), m(0, 0), m(Infinity, 3), m(3, -Infinity), m(1e17, 7), m(0.3, 0.1));
  `.expectToMatchNode());

test("exponent traps", () =>
  program`
    function p(a: number, b: number) {
      return a ** b;
    }
    console.log(p(-8, 1 / 3), p(0, -1), p(-0, -1), p(2, 0.5), p(NaN, 0), p(1, NaN), p(1, Infinity), p(-1, Infinity), p(4, -0.5), p(-2, 3), p(10, 308), p(10, 309));
  `.expectToMatchNode());

test("Math.round halves and negative values", () =>
  program`
    const vals = [2.5, -2.5, 0.49999999999999994, -0.5, 1.5, -1.5, 3.7, -3.7, 1e20 + 0.5, 4503599627370495.5];
    const out: number[] = [];
    for (let i = 0; i < vals.length; i++) out.push(Math.round(vals[i]));
    console.log(out.join(" "));
  `.expectToMatchNode());

test("int32 wrapping of shifts and bitwise operators", () =>
  program`
    function f(a: number, b: number) {
      return [a << b, a >> b, a >>> b, a & b, a | b, a ^ b, ~a];
    }
    console.log(f(1, 31).join(), f(-1, 0).join(), f(5.7, 1.9).join(), f(2 ** 32 + 3, 33).join(), f(-2147483649, -1).join(), f(NaN, Infinity).join());
  `.expectToMatchNode());

test("bitwise constants fold with JS results", () =>
  program`
    console.log(1 << 31, 1 << 32, -1 >>> 0, -1 >>> 31, ~5, ~~3.7, 5.7 | 0, 2 ** 32 | 0, 0x7fffffff + 1 | 0, 0xff << 24, 6 & -2, -8 >> 1);
  `.expectToMatchNode());

test("hash loop stays in int32", () =>
  program`
    const s = "The quick brown fox";
    let h = 5381;
    for (let i = 0; i < s.length; i++) {
      h = ((h << 5) + h + s.charCodeAt(i)) | 0;
    }
    let x = 123456789;
    for (let i = 0; i < 10; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
    }
    console.log(h, h >>> 0, x, (x >>> 0) % 100);
  `.expectToMatchNode());

test("counters and lengths compile to plain Python operators", () => {
  const text = program`
    const xs = [3, 4, 5];
    let odd = 0;
    for (let i = 0; i < xs.length; i++) {
      if (i % 2 === 1) odd++;
      if ((i & 1) === 0) odd += xs.length % 2;
    }
    const n = xs.length;
    const third = n / 3;
    console.log(odd, third, \`\${odd}\`, n >> 1);
  `.python();
  expect(text).toContain("i % 2");
  expect(text).toContain("i & 1");
  expect(text).toContain("len(xs) % 2");
  expect(text).toContain("n / 3");
  expect(text).toContain("str(odd)");
  expect(text).toContain("n >> 1");
  expect(text).not.toContain("js_mod");
  expect(text).not.toContain("js_div");
});

test("helpers remain where operands may be negative or fractional", () => {
  const text = program`
    function f(a: number, b: number) {
      return [a % b, a / b, a & b, a | 0, a ** b];
    }
    // (a private function's parameters take the facts of its arguments: give it a fractional call)
    console.log(f(1, 2), f(-1.5, 0.5));
  `.python();
  expect(text).toContain("js_mod(a, b)");
  expect(text).toContain("a / b if b else js_div(a, b)");
  expect(text).toContain("js_band(a, b)");
  expect(text).toContain("js_toint32(a)");
  expect(text).toContain("js_pow(a, b)");
});

test("counter analysis programs match Node", () =>
  program`
    let total = 0;
    for (let i = 0; i < 20; i++) {
      total += i % 3;
      if (i % 5 === 0) total -= 1;
    }
    let k = 10;
    while (k > 0) k -= 3;
    console.log(total, k, k % 3, total % 4, (total * 7) % 5);
    let w = 1;
    for (let i = 0; i < 40; i++) w *= 2;
    console.log(w, w % 1000, w | 0);
  `.expectToMatchNode());

test("integers past 2**53 round like doubles in %, bitwise and >>>", () =>
  program`
    const m = 9007199254740991;
    let k = m + 2;
    console.log((m + 2) % 10, k % 10, k & 1, (k * 2) | 0, m / 2, (m * 4) % 7, (m + 2) >>> 0, m % 10, m & 0xff);
  `.expectToMatchNode());

test("string to number conversion", () =>
  program`
    const strs = ["0x1F", "0b101", "0o17", "-0x10", "0x", "0xG", " 12 ", "12px", ".5", "5.", "Infinity", "-Infinity", "inf", "INF", "1_000", "+5", "  ", "1e1000", "-0", "1.0", "12345678901234567890", "1e", "+.5", "nan", "1e5", "\\n7\\t", "--1", "1-1", "-0.0", "00012", "1e+3"];
    const out: string[] = [];
    for (let i = 0; i < strs.length; i++) out.push(strs[i] + "=>" + +strs[i]);
    console.log(out.join(" | "));
    console.log(+"-0", +"", +" 0x10 ");
  `.expectToMatchNode());

test("+ on values of unknown type", () =>
  program`
    function add(a: any, b: any) {
      return a + b;
    }
    console.log(add([1], 1), add({}, 1), add(1, true), add(null, 1), add(undefined, 1), add([1, 2], [3]), add("a", null), add(1.5, 2));
  `.expectToMatchNode());

test("zero to a negative power", () =>
  program`
    function p(a: number, b: number) {
      return a ** b;
    }
    console.log(p(-0, -1.5), p(-0, -1), p(-0, -2), p(0, -3), p(-0, 3), p(0, 0));
  `.expectToMatchNode());

test("division by a variable that may be zero", () =>
  program`
    function d(a: number, b: number) {
      return [a / b, (a + 1) / b, -a / b];
    }
    let n = 5;
    const q = (n = 0) / n;
    console.log(d(1, 0), d(-1, 0), d(0, 0), d(3, 2), d(1, -0), d(NaN, NaN), q);
  `.expectToMatchNode());

test("remainder compared with zero stays plain for any sign", () => {
  const p = program`
    function even(n: number) {
      return n % 2 === 0;
    }
    function notMultiple(n: number) {
      return 0 !== n % 2.5;
    }
    const vals = [-4, -3, 0, 4.5, -4.0, -1e-20, 1e300, -7.5, NaN, Infinity, -Infinity, 5];
    const out: string[] = [];
    for (let i = 0; i < vals.length; i++) out.push(\`\${even(vals[i])}/\${notMultiple(vals[i])}\`);
    console.log(out.join(" "));
  `;
  expect(p.python()).toContain("n % 2 == 0");
  return p.expectToMatchNode();
});

test("Math rounding of bounded values gives ints usable with plain operators", () => {
  const p = program`
    const W = 30;
    const xs = [5, 6, 7];
    const mid = Math.floor(xs.length / 2);
    const q = Math.round(W / 7) % 3;
    const r = Math.floor(Math.random() * 10) % 10;
    console.log(Math.floor(W / 4) % 3, mid % 2, q, r >= 0 && r < 10, Math.ceil(-W / 4) % 5);
  `;
  const text = p.python();
  expect(text).toContain("js_floor(W / 4) % 3");
  expect(text).not.toContain("js_mod(js_floor(len");
  return p.expectToMatchNode();
});

test("powers of -Infinity", () =>
  program`
    function p(a: number, b: number) {
      return a ** b;
    }
    console.log(p(-Infinity, 3.5), p(-Infinity, 3), p(-Infinity, -3), p(-Infinity, -2), p(-Infinity, 2), p(-Infinity, Infinity), p(-Infinity, -Infinity), p(Infinity, -1), 1 / p(-Infinity, -3));
  `.expectToMatchNode());

test("a for loop's test bounds its counter inside the body", () => {
  const p = program`
    const xs = [5, 6, 7, 8];
    let acc = 0;
    for (let i = 0; i < xs.length; i++) acc = (acc + (i | 0) + (i << 2)) | 0;
    const out: number[] = [];
    for (let j = xs.length - 1; j >= 0; j--) out.push(j % 2, xs[j] & 1);
    for (let k = 10; k > 0; k -= 3) out.push(k % 3);
    for (let m = -3; m < 3; m++) out.push(m % 2);
    let once = true;
    for (let q = 0; q < 5; q++) {
      if (q === 2 && once) {
        q -= 4;
        once = false;
      }
      out.push(q % 3);
    }
    console.log(acc, out.join());
  `;
  const text = p.python();
  expect(text).toContain("j % 2");
  expect(text).toContain("k % 3");
  expect(text).toContain("js_mod(m, 2)");
  expect(text).toContain("js_mod(q, 3)");
  return p.expectToMatchNode();
});
