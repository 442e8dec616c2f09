// Assignments and updates used as values, compound operators, evaluation order.
import { program } from "../harness";

test("chained assignment and assignment as a value", () =>
  program`
    let a = 0, b = 0, c = 0;
    a = b = c = 7;
    let d: number;
    const e = (d = 4) * 2;
    class Box {
      v = 0;
    }
    const box = new Box();
    const f = (box.v = 9) + 1;
    console.log(a, b, c, d, e, box.v, f);
  `.expectToMatchNode());

test("pre and post increment in expressions", () =>
  program`
    let x = 1;
    const y = x++ + ++x;
    const z = x-- - --x;
    let i = 5;
    i += i++;
    let j = 5;
    j = j++ + j;
    console.log(x, y, z, i, j);
  `.expectToMatchNode());

test("updates on properties and elements", () =>
  program`
    class Counter {
      n = 0;
      items: number[] = [0, 0];
    }
    const c = new Counter();
    const before = c.n++;
    const after = ++c.n;
    c.items[1]++;
    const old = c.items[0]--;
    let k = 0;
    c.items[k++] += 10;
    console.log(before, after, c.n, c.items.join(), old, k);
  `.expectToMatchNode());

test("compound assignment with every operator", () =>
  program`
    let n = 17;
    n -= 2; n *= 3; n /= 5; n %= 4; n **= 2;
    let m = -7;
    m %= 3;
    let q = 7;
    q /= 0;
    let b = 0b1010;
    b &= 6; b |= 1; b ^= 0xff; b <<= 3; b >>= 1; b >>>= 2;
    let neg = -1;
    neg >>>= 0;
    let s = "a";
    s += 1;
    s += null;
    s += [1, 2];
    console.log(n, m, q, b, neg, s);
  `.expectToMatchNode());

test("compound assignment evaluates the target once", () =>
  program`
    let calls = 0;
    const xs = [1, 2, 3];
    function idx() {
      calls++;
      return 1;
    }
    xs[idx()] += 5;
    xs[idx()] **= 2;
    xs[idx()] %= 4;
    console.log(xs.join(), calls);
  `.expectToMatchNode());

test("assignments as values inside conditions and loops", () =>
  program`
    const data = [3, 1, 4, 1, 5];
    let i = 0;
    let v: number;
    let sum = 0;
    while ((v = data[i++]) !== 5) sum += v;
    console.log(sum, i, v);
  `.expectToMatchNode());

test("comma operator and void", () =>
  program`
    let a = 1;
    const b = (a++, a++, a * 10);
    const u = void a++;
    console.log(a, b, u);
    for (let i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);
  `.expectToMatchNode());

test("conditional operator with side effects in branches", () =>
  program`
    let hits = 0;
    function bump(): number {
      return ++hits;
    }
    const flag = hits === 0;
    const r = flag ? bump() : bump() + 100;
    const s = !flag ? bump() : 0;
    console.log(r, s, hits, hits > 0 ? (hits > 1 ? "many" : "one") : "none");
  `.expectToMatchNode());

test("string building with += in a loop", () =>
  program`
    let s = "";
    for (let i = 0; i < 5; i++) s += i % 2 === 0 ? i : "-";
    let t = "";
    for (let i = 0; i < 3; i++) t += i / 2 + ",";
    console.log(s, t);
  `.expectToMatchNode());

test("a value that changes the target's object is refused", () =>
  program`
    let xs = [1];
    const ys = [2];
    xs[0] = (xs = ys, 5);
  `.expectDiagnostic("TSMPY1101", 3));

test("postfix update on fractional numbers returns the exact old value", () =>
  program`
    let x = 0.1;
    const a = x++;
    let y = 0.7;
    const b = y-- + y;
    let n = 1;
    const c = n++ + n;
    console.log(a, x, b, y, c, n);
  `.expectToMatchNode());

test("logical assignments as values keep JS order with their neighbours", () =>
  program`
    let x = 0;
    const arr = [7, 8];
    const r = x + (x ||= 5);
    let y: number | null = null;
    const s = (y ??= 3) + (y ??= 4);
    let z = 2;
    const t = (z &&= 0) + z;
    let q: number | undefined;
    const v = q ?? (q ??= arr[0]++);
    let f = 0.5;
    const g = (f &&= NaN) || f;
    console.log(r, x, s, y, t, z, q, v, arr, g);
  `.expectToMatchNode());
