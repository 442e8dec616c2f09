import { program } from "../harness";

test("default parameters: evaluated per call, applied for undefined only", () =>
  program`
    let calls = 0;
    function next(): number {
      return ++calls;
    }
    function f(a: number, b: number = next(), c: string | null = "dflt"): string {
      return a + "/" + b + "/" + c;
    }
    console.log(f(1));
    console.log(f(1));
    console.log(f(1, undefined, undefined));
    console.log(f(1, 5, null));
    console.log(f(1, 0, ""));
    const g = (xs: number[] = []) => {
      xs.push(1);
      return xs.length;
    };
    console.log(g(), g(), g([7, 8]));
    function h(a: number, b = a * 2, c = a + b) {
      return [a, b, c].length + a + b + c;
    }
    console.log(h(1), h(1, 1), h(2, undefined, 0));
  `.expectToMatchNode());

test("optional and rest parameters", () =>
  program`
    function greet(name: string, greeting?: string): string {
      return (greeting ?? "Hello") + ", " + name;
    }
    console.log(greet("a"), greet("b", "Hi"));
    function sum(...nums: number[]): number {
      let t = 0;
      for (const n of nums) t += n;
      return t;
    }
    console.log(sum(), sum(1), sum(1, 2, 3));
    function tagged(tag: string, ...rest: string[]): string {
      rest.push("end");
      return tag + ":" + rest.length + ":" + rest[0];
    }
    console.log(tagged("x"), tagged("y", "a", "b"));
    const nums = [4, 5, 6];
    console.log(sum(...nums), sum(1, ...nums, 2));
    function opt(a?: number): string {
      return a === undefined ? "none" : "some " + a;
    }
    console.log(opt(), opt(0));
  `.expectToMatchNode());

test("hoisting, recursion, mutual recursion", () =>
  program`
    console.log(fact(10), fib(20));
    function fact(n: number): number {
      return n <= 1 ? 1 : n * fact(n - 1);
    }
    function fib(n: number): number {
      if (n < 2) return n;
      return fib(n - 1) + fib(n - 2);
    }
    function isEven(n: number): boolean {
      return n === 0 ? true : isOdd(n - 1);
    }
    function isOdd(n: number): boolean {
      return n === 0 ? false : isEven(n - 1);
    }
    console.log(isEven(10), isOdd(7), isEven(7));
    function ack(m: number, n: number): number {
      if (m === 0) return n + 1;
      if (n === 0) return ack(m - 1, 1);
      return ack(m - 1, ack(m, n - 1));
    }
    console.log(ack(2, 3));
    function hanoi(n: number, from: string, to: string, via: string, moves: string[]): void {
      if (n === 0) return;
      hanoi(n - 1, from, via, to, moves);
      moves.push(from + to);
      hanoi(n - 1, via, to, from, moves);
    }
    const moves: string[] = [];
    hanoi(4, "A", "C", "B", moves);
    console.log(moves.length, moves[0], moves[14]);
    function deep(n: number): number {
      return n === 0 ? 0 : 1 + deep(n - 1);
    }
    console.log(deep(100));
    {
      console.log(inner());
      function inner() {
        return "hoisted in block";
      }
    }
  `.expectToMatchNode());

test("function expressions, arrows, higher-order functions", () =>
  program`
    const square = function (x: number) {
      return x * x;
    };
    const fact = function me(n: number): number {
      return n <= 1 ? 1 : n * me(n - 1);
    };
    const compose = <A, B, C>(f: (b: B) => C, g: (a: A) => B) => (x: A) => f(g(x));
    const inc = (x: number) => x + 1;
    console.log(square(5), fact(5), compose(square, inc)(3), compose(inc, square)(3));
    const apply = (f: (x: number) => number, times: number, x: number): number => {
      for (let i = 0; i < times; i++) x = f(x);
      return x;
    };
    console.log(apply(inc, 5, 0), apply((v) => v * 2, 10, 1));
    const noReturn = () => {};
    console.log(noReturn());
    function early(n: number) {
      if (n > 0) return;
      return "non-positive";
    }
    console.log(early(1), early(-1));
    const makeObj = () => ({ a: 1 });
    console.log(makeObj().a);
    const curry = (a: number) => (b: number) => (c: number) => a * 100 + b * 10 + c;
    console.log(curry(1)(2)(3));
  `.expectToMatchNode());

test("arguments, var, with and async generators are refused", () => {
  program`
    function f() {
      return arguments.length;
    }
  `.expectDiagnostic("TSMPY1005", 2);
  program`
    var x = 1;
  `.expectDiagnostic("TSMPY1002", 1);
  program`
    async function* af() {
      yield 1;
    }
  `.expectDiagnostic("TSMPY1801", 1);
  program`
    for (var i = 0; i < 3; i++) {}
  `.expectDiagnostic("TSMPY1002", 1);
  program`
    function f(xs: number[]) {
      for (var x of xs) {}
    }
  `.expectDiagnostic("TSMPY1002", 2);
});

test("labels on non-loops are refused", () =>
  program`
    block: {
      console.log("a");
      break block;
    }
  `.expectDiagnostic("TSMPY1018", 1));

test("function declarations passed as callbacks ignore extra arguments", () =>
  program`
    function one(a: number): number {
      return a * 10;
    }
    function none(): string {
      return "none";
    }
    const call2 = (f: (a: number, b: number) => number) => f(1, 2);
    const call3 = (f: (a: number, b: number, c: number) => string) => f(1, 2, 3);
    console.log(call2(one), call3(none));
    const handlers: ((x: number, y: number) => number)[] = [one];
    console.log(handlers[0](4, 5));
    function withDefault(a: number, b = 7): number {
      return a + b;
    }
    const call4 = (f: (a: number, b: undefined, c: number) => number) => f(1, undefined, 3);
    console.log(call4(withDefault), one(2));
  `.expectToMatchNode());

test("function values stored in variables ignore extra arguments when passed on", () =>
  program`
    const double = (a: number) => a * 2;
    const konst = function () {
      return 5;
    };
    const apply2 = (f: (a: number, b: number) => number) => f(3, 4);
    console.log(apply2(double), apply2(konst), double(1));
    const direct = (a: number) => a + 1;
    console.log(direct(1));
  `.expectToMatchNode());

test("arguments in methods is refused", () => {
  program`
    class C {
      m() {
        return arguments.length;
      }
    }
  `.expectDiagnostic("TSMPY1005", 3);
  program`
    const o = {
      m() {
        return arguments[0];
      },
    };
  `.expectDiagnostic("TSMPY1005", 3);
});

test("a callback for an optional function parameter ignores extra arguments", () =>
  program`
    function each(xs: number[], f?: (x: number, i: number, all: number[]) => void) {
      xs.forEach((x, i) => f?.(x, i, xs));
    }
    each([1, 2], (x) => console.log("got", x));
    function sortBy(xs: number[], cmp?: (a: number, b: number) => number) {
      return cmp ? xs.slice().sort(cmp) : xs.slice().sort();
    }
    console.log(sortBy([3, 10, 2]).join(), sortBy([3, 10, 2], (a, b) => a - b).join());
  `.expectToMatchNode());
