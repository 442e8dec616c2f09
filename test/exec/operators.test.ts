// Operators, numbers, string conversion and truthiness: every case runs on MicroPython and on Node.
import { program } from "../harness";

test("remainder with negative and fractional operands", () =>
  program`
    const a = -7, b = 3, c = 7, d = -3;
    console.log(-7 % 3, 7 % -3, a % b, c % d, 5.5 % 2, -5.5 % 2, 0 % 5);
    let z = 0;
    console.log(5 % z, a % 0.5, 10 % 2.5, Infinity % 2, 3 % Infinity, -4 % 2);
  `.expectToMatchNode());

test("division, infinities and NaN", () =>
  program`
    let zero = 0;
    const n = -1;
    console.log(1 / zero, n / zero, zero / zero, 10 / 5, 7 / 2, 1 / 3, -0 / 5);
    console.log(\`\${10 / 5} \${1 / zero} \${0 / zero} \${-1 / zero}\`);
    console.log(1 / -0, 1 / (-0.0 * zero), \`\${1 / -0}\`);
  `.expectToMatchNode());

test("exponent", () =>
  program`
    const third = 1 / 3;
    let e = -1;
    console.log(2 ** -1, 2 ** e, (-8) ** third, 2 ** 10, 2 ** 0.5, 0 ** e, 10 ** 21, 2 ** 53 + 1);
    let b = 3;
    b **= 2;
    console.log(b, (-2) ** 3, 1.5 ** 2, NaN ** 0, 1 ** Infinity);
  `.expectToMatchNode());

test("number printing", () =>
  program`
    const xs = [0.1 + 0.2, 1e21, 1e-7, 123456789012345680000, 1e-6, 1.5e300 * 1.5e300, 2 ** 53, 2 ** 64, 5e-324, 1.7976931348623157e308, 100, 1e20, 0.000001234, 4.35, 2 / 3];
    for (const x of xs) console.log(x, String(x), \`\${x}\`, "" + x);
    console.log(Number.MAX_SAFE_INTEGER, 9007199254740993, -0, String(-0), \`\${-0}\`, [-0].length);
  `.expectToMatchNode());

test("big integer arithmetic prints like doubles", () =>
  program`
    let f = 1;
    for (let i = 1; i <= 25; i++) f = f * i;
    console.log(f, \`\${f}\`);
    let p = 2 ** 53;
    p = p + 1;
    console.log(p, "" + p);
  `.expectToMatchNode());

test("Math.round", () =>
  program`
    console.log(Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), Math.round(-0.6), Math.round(1.5), Math.round(3));
  `.expectToMatchNode());

test("unary plus and minus", () =>
  program`
    const s = "42";
    const t = " 3.5 ";
    const x = 5;
    console.log(+s, +t, -x, +"", +"abc", -(-x), - -x);
  `.expectToMatchNode());

test("32-bit results", () =>
  program`
    let one = 1;
    console.log(1 << 31, one << 31, -1 >>> 0, ~5, 5.7 | 0, -5.7 | 0, 2 ** 32 | 0, (2 ** 32 + 5) | 0);
    console.log(0xffffffff & 0xff, -1 >>> 28, -16 >> 2, 1 << 32, 1 << 33, 255 ^ 15, ~-1, ~2147483648);
  `.expectToMatchNode());

test("bitwise on variables and compound assignment", () =>
  program`
    let h = 0;
    const s = "hello world";
    for (let i = 0; i < s.length; i++) {
      h = (h << 5) - h + i * 7919;
      h |= 0;
    }
    console.log(h, h >>> 0, h >> 3, h & 0xffff);
    let m = 0xdeadbeef;
    m ^= 0x12345678;
    m >>>= 4;
    m <<= 7;
    m &= ~0;
    console.log(m);
    let f = 3.9;
    f |= 0;
    console.log(f, NaN | 0, Infinity | 0, 1e20 | 0);
  `.expectToMatchNode());

test("+ with strings converts like JS", () =>
  program`
    const u: number | undefined = undefined;
    console.log("a" + 1 + 2, 1 + 2 + "a", "x" + true, "x" + null, "x" + undefined, "v=" + [1, 2], "" + u);
    console.log(\`\${[1, [2, 3]]}\`, \`\${[]}\`, \`\${[null, undefined, 1]}\`, "n" + 0.5 + 1e21, "b" + false);
    let s = "s";
    s += 1;
    s += true;
    s += [3, 4];
    console.log(s);
  `.expectToMatchNode());

test("String() and templates", () =>
  program`
    const n = 10;
    const b = false;
    console.log(String(n / 4), String(true), String(null), String(undefined), String([1, 2]), \`\${n}\${b}\${null}\`, String(-0), String(-n / 4));
  `.expectToMatchNode());

test("strict equality", () =>
  program`
    const a = [1];
    const b = [1];
    const n = NaN;
    console.log(n === n, n !== n, a === b, a === a, 1 === 1.0, "a" === "a", 0 === -0);
    function eq(x: number | string, y: number | string) {
      return [x === y, x !== y];
    }
    function eqb(x: boolean | number, y: boolean | number) {
      return x === y;
    }
    console.log(eq(1, "1"), eq(1, 1), eq("a", "a"), eqb(true, 1), eqb(1, 1), eqb(false, 0));
  `.expectToMatchNode());

test("== null and undefined", () =>
  program`
    function f(x: number | null | undefined) {
      return [x == null, x != null, x === null, x === undefined, x !== undefined];
    }
    console.log(f(null), f(undefined), f(0));
  `.expectToMatchNode());

test("typeof", () =>
  program`
    const fn = () => 1;
    const v: unknown[] = [1, "s", true, null, undefined, [1], fn, 1.5];
    for (let i = 0; i < v.length; i++) console.log(typeof v[i]);
    const u: string | number = Math.PI > 3 ? "s" : 2;
    if (typeof u === "string") console.log("string!");
    console.log(typeof null, typeof undefined, typeof 1 === "number");
  `.expectToMatchNode());

test("&& and || return operands", () =>
  program`
    const z = 0;
    const n = NaN;
    const e = "";
    const x = "x";
    const one = 1;
    console.log(z || "d", n || 1, e || "d", x || "y", z && "d", one && 2, e && "x", n && 1);
    const arr: number[] = [];
    const k = () => [] as number[];
    console.log(k() && 1, arr && "yes", arr || "no");
  `.expectToMatchNode());

test("?? only for null and undefined", () =>
  program`
    const e = "";
    const z = 0;
    const nu: string | null = null;
    const un: number | undefined = undefined;
    console.log(e ?? "d", z ?? 5, nu ?? "d", un ?? 7, NaN ?? 1);
  `.expectToMatchNode());

test("if and while on numbers, arrays and strings", () =>
  program`
    const vals = [0, 1, -1, NaN, 0.5];
    for (let i = 0; i < vals.length; i++) console.log(vals[i], vals[i] ? "t" : "f", !vals[i]);
    const empty: number[] = [];
    if (empty) console.log("empty arrays are truthy");
    const rec: Record<string, number> = {};
    if (rec) console.log("empty records are truthy");
    let k = 3;
    while (k) k--;
    const e = "", a = "a", nu = null;
    console.log(k, !e, !a, !!nu);
  `.expectToMatchNode());

test("logical assignment", () =>
  program`
    let a: string | null = null;
    a ??= "set";
    a ??= "again";
    let b = 0;
    b ||= 5;
    let c = 1;
    c &&= 9;
    let d = NaN;
    d ||= 2;
    console.log(a, b, c, d);
    let x: number | undefined;
    const r = (x ??= 4) + 1;
    console.log(x, r);
  `.expectToMatchNode());

test("increments inside expressions", () =>
  program`
    let x = 1;
    const y = x++ + ++x;
    console.log(x, y);
    let i = 5;
    i += i++;
    console.log(i);
    let a: number, b: number;
    a = b = 3;
    console.log(a, b);
    const xs = [1, 2, 3];
    let j = 0;
    xs[j++] += 10;
    xs[j] = xs[j] * 2 + 1;
    console.log(xs, j);
  `.expectToMatchNode());

test("a value that changes the target's index is refused", () =>
  program`
    const xs = [1, 2, 3];
    let j = 0;
    xs[j] = j++;
  `.expectDiagnostic("TSMPY1101", 3));

test("compound assignment operators", () =>
  program`
    let n = 17;
    n -= 2;
    n *= 3;
    n /= 5;
    n %= 4;
    n **= 2;
    console.log(n);
    let m = -7;
    m %= 3;
    let q = 7;
    q /= 0;
    console.log(m, q);
  `.expectToMatchNode());

test("comma, void and conditional", () =>
  program`
    let c = 0;
    const v = (c++, c++, c);
    console.log(v, void 0, void c++, c);
    const t = c > 2 ? "big" : c > 1 ? "mid" : "small";
    console.log(t);
  `.expectToMatchNode());

test("String() of a function is refused", () =>
  program`
    const f = () => 1;
    console.log("" + f);
  `.expectDiagnostic("TSMPY1012", 2));

test("lone surrogates in string literals are refused", () =>
  program`
    const s = "a\\uD800b";
  `.expectDiagnostic("TSMPY1102", 1));

test("strings: templates with objects, errors and classes with toString", () =>
  program`
    class P {
      constructor(public x: number) {}
      toString() {
        return "P(" + this.x + ")";
      }
    }
    const p = new P(2);
    const e = new Error("boom");
    console.log("p=" + p, \`\${[p, p]}\`, \`\${{ a: 1 }}\`, "" + e, \`<\${"\\u00e9\\u{1F600}"}>\`);
  `.expectToMatchNode());

test("unary minus binds looser than ** on the left operand", () =>
  program`
    const a = 3;
    console.log((-a) ** 2, -(a ** 2), 2 ** -a, (-2) ** a);
  `.expectToMatchNode());

test("string comparison and mixed-type operators", () =>
  program`
    const a = "10", b = "9";
    console.log(a < b, a > b, "abc" < "abd", "" < "a", a + b);
  `.expectToMatchNode());

test("operators on non-numbers are refused", () =>
  program`
    const s = "3";
    const n = -s;
  `.expectDiagnostic("TSMPY1012", 2));

test("delete on records and plain objects", () =>
  program`
    const r: Record<string, number> = { a: 1, b: 2, c: 3 };
    delete r.b;
    const k = "c";
    const ok = delete r[k];
    interface O {
      x?: number;
      y: number;
    }
    const o: O = { x: 1, y: 2 };
    delete o.x;
    console.log(Object.keys(r), ok, o.x, Object.keys(o), o);
  `.expectToMatchNode());

test("delete on a class instance is refused", () =>
  program`
    class C {
      x?: number = 1;
    }
    const c = new C();
    delete c.x;
  `.expectDiagnostic("TSMPY1006", 5));
