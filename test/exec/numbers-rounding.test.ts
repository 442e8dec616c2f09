import { program } from "../harness";

// A JS product past 2**53 is the exact product rounded to a double; Python ints stay exact.
test("products past 2**53 round like JavaScript doubles (LCG, factorial, repeated scaling)", () =>
  program`
    let seed = 42;
    function rand(): number {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    }
    const xs: number[] = [];
    for (let i = 0; i < 6; i++) xs.push(Math.floor(rand() * 1000));
    console.log(xs.join(","), seed);
    function fact(n: number): number {
      let r = 1;
      for (let i = 2; i <= n; i++) r *= i;
      return r;
    }
    console.log(fact(18), fact(21), fact(25), fact(30) === fact(30) * 1);
    let acc = 1;
    for (let i = 0; i < 70; i++) acc *= 3;
    console.log(acc, acc % 1000, acc * 2 === acc + acc);
    const big = 3037000499;
    console.log(big * big, (big * big) % 97);
  `.expectToMatchNode());

test("recursive products and hash-style accumulation round like JavaScript", () =>
  program`
    function fact(n: number): number {
      return n <= 1 ? 1 : n * fact(n - 1);
    }
    console.log(fact(22), fact(23), fact(25));
    let h = 7;
    for (const ch of "a fairly long string to hash with a polynomial") h = h * 131 + ch.charCodeAt(0);
    console.log(h);
    let p = 1;
    for (let i = 1; i <= 40; i++) p = p * 7 + i;
    console.log(p, p % 1000000007);
  `.expectToMatchNode());
