import { program } from "../harness";

test("if / else chains and nested blocks with shadowing", () =>
  program`
    const x: number = 5;
    if (x > 3) {
      const x = "inner";
      console.log(x);
      {
        const x = 42;
        console.log(x + 1);
      }
      console.log(x);
    } else if (x > 1) console.log("mid");
    else console.log("low");
    console.log(x);
    for (const n of [0, 1, 2, 3]) {
      if (n === 0) console.log("zero");
      else if (n === 1) console.log("one");
      else console.log("many", n);
    }
  `.expectToMatchNode());

test("switch: fallthrough, default in the middle, grouped cases", () =>
  program`
    function f(n: number): string {
      let out = "";
      switch (n) {
        case 1:
          out += "one ";
        case 2:
          out += "two ";
          break;
        default:
          out += "default ";
        case 3:
          out += "three ";
          break;
        case 4:
        case 5:
          out += "four-five ";
      }
      return out;
    }
    for (let i = 0; i <= 6; i++) console.log(i, "[" + f(i) + "]");
  `.expectToMatchNode());

test("switch: no fallthrough, default first, returns, strings", () =>
  program`
    function kind(s: string): string {
      switch (s) {
        default:
          return "other";
        case "a":
        case "e":
          return "vowel";
        case "z":
          return "last";
      }
    }
    console.log(kind("a"), kind("e"), kind("z"), kind("q"));
    function g(n: number): number {
      let r = 0;
      switch (n) {
        case 0: {
          const r2 = 10;
          r = r2;
          break;
        }
        case 1:
          if (n > 0) {
            r = 11;
            break;
          }
          r = 12;
          break;
        default:
          r = -1;
      }
      return r;
    }
    console.log(g(0), g(1), g(2));
  `.expectToMatchNode());

test("switch: strict equality on cases", () =>
  program`
    function h(v: number | string | boolean): string {
      switch (v) {
        case 1: return "num1";
        case "1": return "str1";
        case true: return "true";
        default: return "none";
      }
    }
    console.log(h(1), h("1"), h(true), h(false), h(0));
  `.expectToMatchNode());

test("break and continue inside a switch inside loops", () =>
  program`
    let seen = "";
    for (let i = 0; i < 8; i++) {
      switch (i % 4) {
        case 0:
          continue;
        case 1:
          seen += i * 10 + ",";
          break;
        case 2:
          if (i > 5) break;
          seen += i * 100 + ",";
          break;
        default:
          seen += -i + ",";
      }
      seen += i + ";";
    }
    console.log(seen);
    let j = 0;
    while (j < 5) {
      j++;
      switch (j) {
        case 2:
          continue;
        case 4:
          if (j === 4) break;
          console.log("never");
        default:
          console.log("j", j);
      }
    }
  `.expectToMatchNode());

test("for loops: continue still runs the update; non-range shapes", () =>
  program`
    let s = "";
    for (let i = 0; i < 10; i++) {
      if (i % 3 === 0) continue;
      s += i;
    }
    console.log(s);
    let t = "";
    for (let i = 0, j = 10; i < j; i += 2, j--) {
      if (i === 4) continue;
      t += i + ":" + j + " ";
    }
    console.log(t);
    let k = 0;
    for (;;) {
      k++;
      if (k > 3) break;
    }
    console.log(k);
    const xs = [3, 1, 4, 1, 5];
    let sum = 0;
    for (let i = 0; i < xs.length; i++) sum += xs[i];
    console.log(sum);
    for (let i = xs.length - 1; i >= 0; i--) if (xs[i] === 1) console.log("one at", i);
    for (let i = 0; i < xs.length; i++) {
      if (xs[i] === 4) xs.push(9);
      if (i > 8) break;
    }
    console.log(xs);
    for (let i = 0; i < 3; i++) {
      i++;
      console.log("i", i);
    }
    for (let i = 10; i > 0; i -= 3) console.log("down", i);
    for (let i = 0; i <= 10; i += 5) console.log("up", i);
  `.expectToMatchNode());

test("for loops: continue inside try/finally runs the finally before the update", () =>
  program`
    for (let i = 0; i < 4; i++) {
      try {
        if (i % 2 === 0) continue;
        console.log("body", i);
      } finally {
        console.log("finally", i);
      }
    }
    let n = 0;
    do {
      try {
        n++;
        if (n < 3) continue;
        console.log("n", n);
      } finally {
        console.log("f", n);
      }
    } while (n < 5);
  `.expectToMatchNode());

test("while and do-while with continue", () =>
  program`
    let i = 0;
    do {
      i++;
      if (i === 2) continue;
      console.log("do", i);
    } while (i < 4);
    let once = 0;
    do {
      once++;
    } while (false);
    console.log(once);
    let w = 10;
    while (w > 0) {
      w -= 3;
      if (w === 4) continue;
      console.log("w", w);
    }
  `.expectToMatchNode());

test("for-of over arrays and strings, for-in over objects and arrays", () =>
  program`
    for (const c of "héllo") console.log(c);
    const words = ["a", "bb", "ccc"];
    for (const w of words) {
      if (w === "bb") continue;
      console.log(w, w.length);
    }
    let last = "";
    for (last of words) {}
    console.log(last);
    const o = { b: 1, a: 2, 10: "x", 2: "y" };
    for (const k in o) console.log(k);
    for (const k in words) console.log(k, typeof k);
    const rec: Record<string, number> = {};
    rec["z"] = 1;
    rec["y"] = 2;
    for (const k in rec) console.log(k, rec[k]);
  `.expectToMatchNode());

test("labelled break and continue across nested loops", () =>
  program`
    outer: for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        if (j === 2) continue outer;
        if (i === 3) break outer;
        console.log(i, j);
      }
      console.log("never printed");
    }
    let count = 0;
    loop1: while (true) {
      let k = 0;
      loop2: do {
        k++;
        count++;
        for (const x of [1, 2, 3]) {
          if (x === 2 && k === 2) continue loop2;
          if (count > 6) break loop1;
        }
        console.log("k", k, count);
      } while (k < 3);
      console.log("inner done");
    }
    console.log("count", count);
    grid: for (let a = 0; a < 3; a++) {
      for (let b = 0; b < 3; b++) {
        switch (b) {
          case 1:
            continue grid;
          default:
            console.log("ab", a, b);
        }
      }
    }
    found: for (let p = 0; p < 3; p++) {
      for (let q = 0; q < 3; q++) {
        try {
          if (p * q === 2) break found;
        } finally {
          console.log("fin", p, q);
        }
      }
    }
  `.expectToMatchNode());
