import { program } from "../harness";

test("block scoping: shadowing in nested blocks and sibling loops", () =>
  program`
    let x = 1;
    {
      let x = 2;
      {
        const x = 3;
        console.log("inner", x);
      }
      x += 10;
      console.log("middle", x);
    }
    console.log("outer", x);
    for (let i = 0; i < 2; i++) console.log("first", i);
    for (let i = 5; i < 7; i++) console.log("second", i);
    let i = 100;
    console.log("i after loops", i);
    if (x > 0) {
      let i = "shadow";
      console.log(i);
    }
    console.log(i);
  `.expectToMatchNode());

test("closures see the right binding when names are shadowed", () =>
  program`
    const v = "outer";
    const getOuter = () => v;
    function f() {
      const v = "inner";
      const getInner = () => v;
      {
        const v = "block";
        console.log(getOuter(), getInner(), v);
      }
      return getInner;
    }
    console.log(f()());
    let counter = 0;
    function bump() {
      counter++;
      {
        let counter = 50;
        counter++;
        console.log("local", counter);
      }
      return counter;
    }
    console.log(bump(), bump(), counter);
  `.expectToMatchNode());

test("identifiers that are Python keywords or builtins", () =>
  program`
    const list = [1, 2];
    const str = "s";
    let len = 3;
    function print(None: number, lambda: string) {
      return None + lambda;
    }
    const type = "t", id = 5, range = 2, from = "f", pass = true, def = 1, is = 0, not = 9;
    len += list.length;
    console.log(print(1, str), len, type, id, range, from, pass, def, is, not);
    for (const input of ["a"]) console.log(input);
    let _t1 = "temp-like";
    const js_div = "helper-like";
    console.log(_t1, js_div, 7 / len);
  `.expectToMatchNode());

test("let in loop body is fresh each iteration", () =>
  program`
    let out = "";
    for (let i = 0; i < 3; i++) {
      let acc: number | undefined;
      if (i === 0) acc = 5;
      out += String(acc) + " ";
    }
    console.log(out);
  `.expectToMatchNode());

test("const in switch cases is block-scoped to the switch", () =>
  program`
    function describe(n: number): string {
      switch (n) {
        case 0: {
          const label = "zero";
          return label;
        }
        case 1: {
          const label = "one";
          return label;
        }
        default: {
          const label = "many:" + n;
          return label;
        }
      }
    }
    console.log(describe(0), describe(1), describe(2));
  `.expectToMatchNode());

test("renamed bindings stay reachable from nested functions (nonlocal/global)", () =>
  program`
    let total = 0;
    function f(x: number) {
      {
        let total = 5;
        let x = 7;
        console.log("block", total, x);
      }
      const add = () => {
        total += x;
      };
      add();
      add();
      return x;
    }
    console.log(f(3), total);
    let i = 10;
    function g() {
      const read = () => i;
      let s = 0;
      for (let i = 0; i < 3; i++) s += i;
      return read() + s;
    }
    console.log(g());
    function h() {
      let v = 1;
      {
        let v = 2;
        const bump = () => {
          v *= 3;
        };
        bump();
        console.log("inner v", v);
      }
      const bumpOuter = () => {
        v += 100;
      };
      bumpOuter();
      return v;
    }
    console.log(h());
  `.expectToMatchNode());

test("functions hoisted above their use, including in nested blocks and after return", () =>
  program`
    function outer(): number {
      return helper(2);
      function helper(n: number): number {
        return n * factor;
      }
    }
    const factor = 21;
    console.log(outer());
    if (factor > 0) {
      console.log(local());
      function local() {
        return "local " + factor;
      }
    }
  `.expectToMatchNode());
