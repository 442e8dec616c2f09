import { program } from "../harness";

test("closures capture each iteration's for-let counter", () =>
  program`
    const fs: (() => number)[] = [];
    for (let i = 0; i < 3; i++) fs.push(() => i);
    let out = "";
    for (const f of fs) out += f() + ",";
    console.log(out);
    const gs: (() => number)[] = [];
    let n = 5;
    for (let i = 0; i < n; i += 2) {
      gs.push(function () {
        const doubled = i * 2;
        return doubled;
      });
    }
    out = "";
    for (const g of gs) out += g() + ",";
    console.log(out);
  `.expectToMatchNode());

test("closures capture let/const declared in loop bodies and for-of/for-in heads", () =>
  program`
    const fs: (() => string)[] = [];
    for (const w of ["a", "b", "c"]) fs.push(() => w.toUpperCase());
    const o = { x: 1, y: 2 };
    for (const k in o) fs.push(() => k + "!");
    let i = 0;
    while (i < 3) {
      const j = i * 10;
      let label = "j=" + j;
      fs.push(() => label);
      i++;
    }
    do {
      const snapshot = i;
      fs.push(() => "do " + snapshot);
      i++;
    } while (i < 5);
    let out = "";
    for (const f of fs) out += f() + " ";
    console.log(out);
  `.expectToMatchNode());

test("closure capture in nested loops and nested closures", () =>
  program`
    const fs: (() => string)[] = [];
    for (let a = 0; a < 2; a++) {
      for (let b = 0; b < 2; b++) {
        fs.push(() => a + ":" + b);
      }
    }
    const hs: (() => () => number)[] = [];
    for (let i = 0; i < 3; i++) hs.push(() => () => i * i);
    let out = "";
    for (const f of fs) out += f() + " ";
    for (const h of hs) out += h()() + " ";
    console.log(out);
    const adders: ((x: number) => number)[] = [];
    for (let i = 1; i <= 3; i++) {
      const base = i * 100;
      adders.push((x) => x + base + i);
    }
    console.log(adders[0](1), adders[1](1), adders[2](1));
  `.expectToMatchNode());

test("per-iteration capture with function declarations in loop bodies and counters written before capture", () =>
  program`
    const fs: (() => number)[] = [];
    for (let i = 0; i < 3; i++) {
      function get() {
        return i * 7;
      }
      fs.push(get);
    }
    for (let i = 0; i < 6; i++) {
      i++;
      fs.push(() => i);
    }
    let out = "";
    for (const f of fs) out += f() + ",";
    console.log(out);
  `.expectToMatchNode());

test("closures share and mutate outer state (counters, nonlocal)", () =>
  program`
    function makeCounter() {
      let count = 0;
      return {
        inc: () => ++count,
        get: () => count,
      };
    }
    const c1 = makeCounter();
    const c2 = makeCounter();
    c1.inc();
    c1.inc();
    c2.inc();
    console.log(c1.get(), c2.get());
    let total = 0;
    const add = (n: number) => {
      total += n;
    };
    for (let i = 0; i < 4; i++) add(i);
    console.log(total);
    function outer() {
      let x = 1;
      function middle() {
        function inner() {
          x *= 10;
        }
        inner();
        inner();
      }
      middle();
      return x;
    }
    console.log(outer());
    let msg = "a";
    const setMsg = (m: string) => (msg = m);
    console.log(setMsg("b"), msg);
  `.expectToMatchNode());

test("a loop closure that mutates its captured variable is refused", () =>
  program`
    const fs: (() => number)[] = [];
    for (let i = 0; i < 3; i++) {
      fs.push(() => i++);
    }
  `.expectDiagnostic("TSMPY1009", 3));

test("a captured loop variable reassigned after the closure is refused", () =>
  program`
    const fs: (() => number)[] = [];
    for (let i = 0; i < 3; i++) {
      let v = i;
      fs.push(() => v);
      v = 100;
    }
  `.expectDiagnostic("TSMPY1009", 5));

test("closures in a for-loop head capturing its variable are refused", () =>
  program`
    const fs: (() => number)[] = [];
    for (let i = 0; i < 3; fs.push(() => i), i++) {}
  `.expectDiagnostic("TSMPY1201", 2));

test("object-literal methods and accessors made in loops keep their iteration's values", () =>
  program`
    const objs: { get(): number; readonly twice: number; label(): string }[] = [];
    for (let i = 0; i < 3; i++) {
      const name = "o" + i;
      objs.push({
        get() {
          return i;
        },
        get twice() {
          return i * 2;
        },
        label() {
          return name + ":" + this.get();
        },
      });
    }
    let out = "";
    for (const o of objs) out += o.get() + "/" + o.twice + "/" + o.label() + " ";
    console.log(out);
  `.expectToMatchNode());
test("closures capturing variables outside the loop still see later writes", () =>
  program`
    let shared = 0;
    const fs: (() => number)[] = [];
    for (let i = 0; i < 3; i++) {
      shared = i * 2;
      fs.push(() => shared + i);
    }
    shared = 100;
    let out = "";
    for (const f of fs) out += f() + ",";
    console.log(out);
  `.expectToMatchNode());

test("synchronous array callbacks in loops share the iteration's bindings", () =>
  program`
    const rows = [[1, 2], [3, 4, 5]];
    let out = "";
    for (const row of rows) {
      let acc = 0;
      row.forEach((v) => {
        acc += v;
      });
      const doubled = row.map((v) => v * 2 + acc);
      out += acc + ":" + doubled.length + ":" + doubled[0] + " ";
    }
    console.log(out);
    const later: (() => number)[][] = [];
    for (let i = 0; i < 2; i++) later.push([1, 2].map((k) => () => k * 10 + i));
    out = "";
    for (const fs of later) for (const f of fs) out += f() + " ";
    console.log(out);
  `.expectToMatchNode());

test("a hoisted function declaration capturing a body binding of its own block is refused", () =>
  program`
    const fs: (() => number)[] = [];
    for (let i = 0; i < 3; i++) {
      const v = i * 2;
      function f() {
        return v;
      }
      fs.push(f);
    }
  `.expectDiagnostic("TSMPY1201", 4));

test("function declarations in loops capture head bindings and outer-block bindings", () =>
  program`
    const fs: (() => string)[] = [];
    for (const w of ["p", "q"]) {
      const up = w + w;
      {
        function f() {
          return w + "/" + up;
        }
        fs.push(f);
      }
      try {
        throw new Error(w);
      } catch (e) {
        function g() {
          return "caught " + (e as Error).message;
        }
        fs.push(g);
      }
    }
    let out = "";
    for (const f of fs) out += f() + " ";
    console.log(out);
  `.expectToMatchNode());

test("immediately invoked closures in loops share the iteration's bindings", () =>
  program`
    let out = "";
    for (let i = 0; i < 3; i++) {
      let acc = i;
      (() => {
        acc += 10;
      })();
      const r = (function () {
        return acc * 2;
      })();
      out += acc + "/" + r + " ";
    }
    console.log(out);
  `.expectToMatchNode());

test("self-referencing closures created in loops", () =>
  program`
    const fs: ((k: number) => number)[] = [];
    for (let step = 1; step <= 3; step++) {
      const down = (k: number): number => (k <= 0 ? 0 : step + down(k - step));
      fs.push(down);
      const walk = function (k: number): number {
        if (k <= 0) return 0;
        return 1 + walk(k - step);
      };
      fs.push(walk);
    }
    let out = "";
    for (const f of fs) out += f(6) + " ";
    console.log(out);
  `.expectToMatchNode());

test("a closure inside its binding's own initialiser in a loop is refused", () =>
  program`
    const all: { get: () => number }[] = [];
    for (let i = 0; i < 2; i++) {
      const box = { get: () => (box === undefined ? -1 : i) };
      all.push(box);
    }
  `.expectDiagnostic("TSMPY1201", 3));
