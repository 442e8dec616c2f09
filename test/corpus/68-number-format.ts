// Number formatting: fixed, precision, rounding traps, integer vs float results, radix.
const prices = [0.1 + 0.2, 1.005, 2.5, -2.5, 1e21, 123456.789, 0.000001234, 5e-7];
for (const p of prices) console.log(p, p.toFixed(2), String(p), `${p}`, p.toPrecision(3));
console.log([0.5, 1.5, 2.5, -0.5, -1.5].map(Math.round));
console.log(7 / 2, Math.floor(7 / 2), Math.trunc(-7 / 2), -7 / 2 | 0, ~~(-7.9), 7 / 7, 1 / 3);
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2));
console.log(parseInt("08"), parseInt("1e3"), parseFloat("1e3"), parseInt("  42abc"), Number(""), Number(" "), Number("1_000"));
console.log(Number.MAX_SAFE_INTEGER, Number.EPSILON > 0, Number.MIN_VALUE, Number.MAX_VALUE);
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(avg([1, 2, 3, 4]), avg([2, 4]), avg([]));
const pct = (n: number, d: number) => `${((n / d) * 100).toFixed(1)}%`;
console.log(pct(1, 3), pct(2, 3), pct(0, 0), pct(1, 0));
function money(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  const digits = String(whole);
  let grouped = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += ",";
    grouped += digits[i];
  }
  return `${sign}$${grouped}.${String(frac).padStart(2, "0")}`;
}
console.log([0, 5, 123456789, -98765].map(money), [0, 5, 99.5].map((c) => money(c)));
const ints = [10, 3, 7];
console.log(ints[ints[1] / 3], ints[(ints[2] - 1) / 2], ints[2 ** 1]);
let total = 0;
for (let i = 1; i <= 10; i++) total += 1 / i;
console.log(total, total.toFixed(5), Math.round(total * 1000) / 1000);
console.log(0.1 * 3, 0.3 / 0.1, 4.35 * 100, 1.1 + 2.2, 3 * 1.1);
console.log(2 ** 31, 2 ** 32 | 0, 2 ** 53, 2 ** -1, (-8) ** (1 / 3), 10 ** 21, 10 ** -7);
console.log(Number.isInteger(5.0), Number.isInteger(5.1), (5).toFixed(0), (1e-10).toFixed(3), (1234.5678).toFixed(1));
console.log(Math.max(), Math.min(), Math.max(1, NaN), Math.hypot(3, 4), Math.sign(-3), Math.cbrt(27));
console.log(typeof money);
