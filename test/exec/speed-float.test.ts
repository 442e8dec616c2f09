// Float fast paths: math.sqrt for arguments that can never be negative (analysis/sign.ts) and
// division by a computed divisor through temporaries and a zero test (expressions/arithmetic.ts).
// Each case checks the fast form is emitted, then that NaN, Infinity, -0 and zero divisors still
// behave as in Node.
import { program } from "../harness";

test("Math.sqrt of a square or a sum of squares is math.sqrt; NaN, Infinity and -0 as in JS", async () => {
  const p = program`
    function norm(x: number, y: number): number {
      const d2 = x * x + y * y;
      return Math.sqrt(d2);
    }
    console.log(norm(3, 4), norm(NaN, 1), norm(-Infinity, 2), norm(-0, -0), norm(1e200, 1e200));
    console.log(Object.is(Math.sqrt(-0), -0), Math.sqrt(Math.abs(-16)), Math.sqrt(2 * 8));
  `;
  const python = p.python();
  expect(python).toContain("math.sqrt(d2)");
  expect(python).not.toContain("js_sqrt(d2)");
  await p.expectToMatchNode();
});

test("Math.sqrt of what may be negative keeps js_sqrt (NaN, not ValueError)", async () => {
  const p = program`
    function f(a: number, b: number): number {
      return Math.sqrt(a - b) + Math.sqrt(a * b);
    }
    let g = { v: 2 };
    function sq(o: { v: number }): number {
      return Math.sqrt(o.v * o.v);
    }
    console.log(f(1, 4), f(4, 1), f(-2, 3), sq(g));
  `;
  const python = p.python();
  expect(python).toContain("js_sqrt(a - b)");
  expect(python).toContain("js_sqrt(a * b)");
  await p.expectToMatchNode();
});

test("division by a computed divisor: zero, -0, NaN and Infinity divisors give JS's results", async () => {
  const p = program`
    function step(dt: number, x: number): number {
      const d2 = x * x;
      const mag = dt / (d2 * Math.sqrt(d2));
      return mag;
    }
    console.log(step(0.01, 2), step(1, 0), step(-1, 0), step(0, 0), step(1, NaN), step(1, Infinity), step(-1, -0.0));
    let e = 10;
    const xs = [0.5, 0, -0.0];
    for (const x of xs) e -= 1 / (x * 2);
    console.log(e);
    const z = -0.0;
    console.log(1 / (z * 1.5), 1 / (z + 0.0));
  `;
  const python = p.python();
  expect(python).toMatch(/_t\d+ = d2 \* math\.sqrt\(d2\)\s*\n\s*mag = dt \/ _t\d+ if _t\d+ else js_div\(dt, _t\d+\)/);
  await p.expectToMatchNode();
});

test("the dividend is read before a divisor that reassigns it; no temporaries under ?: and &&", async () => {
  const p = program`
    let k = 1;
    function bump(): number {
      k = 5;
      return 2;
    }
    const r = k / (bump() + 0);
    console.log(r, k);
    function pick(flag: boolean, a: number, b: number): number {
      const v = flag ? a / (b - 1) : -1;
      const w = flag && a / (b + 1) > 0;
      return v + (w ? 1 : 0);
    }
    console.log(pick(true, 3, 1), pick(false, 3, 1), pick(true, -3, 4));
  `;
  const python = p.python();
  expect(python).toContain("js_div(a, b - 1)");
  await p.expectToMatchNode();
});
