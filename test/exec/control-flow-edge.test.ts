import { program } from "../harness";

test("switch with fallthrough and break/continue inside a loop", () =>
  program`
    let out = "";
    for (let i = 0; i < 6; i++) {
      switch (i) {
        case 1:
          if (i === 1) break;
          out += "never";
        case 2:
          continue;
        case 3:
          out += "three>";
        default:
          out += "d" + i;
      }
      out += "|";
    }
    console.log(out);
  `.expectToMatchNode());

test("switch discriminant and case tests evaluated in JS order", () =>
  program`
    let log = "";
    function val(tag: string, v: number): number {
      log += tag;
      return v;
    }
    function pick(x: number): string {
      switch (val("D", x)) {
        case val("a", 1):
          return "one";
        default:
          return "dflt";
        case val("b", 2):
          return "two";
        case val("c", 3):
          return "three";
      }
    }
    console.log(pick(2), log);
    log = "";
    console.log(pick(9), log);
    log = "";
    console.log(pick(1), log);
    let n = 0;
    switch (n++) {
      case 0:
        console.log("zero, n is", n);
    }
    switch (n) {
    }
    console.log("empty switch ok");
  `.expectToMatchNode());

test("labelled continue in while-form for loops and do-while", () =>
  program`
    let s = "";
    let limit = 4;
    outer: for (let i = 0; i < limit && s.length < 100; i++) {
      let j = 0;
      while (true) {
        j++;
        if (j > i) continue outer;
        s += i + "" + j + " ";
      }
    }
    console.log(s);
    let k = 0;
    let t = "";
    dl: do {
      k++;
      for (const c of "abc") {
        if (c === "b" && k % 2 === 0) continue dl;
        t += c + k;
      }
      t += ";";
    } while (k < 4);
    console.log(t);
    let m = 0;
    named: for (const x of [1, 2, 3]) {
      for (const y of [1, 2, 3]) {
        m++;
        if (y === x) continue named;
        if (x === 3) break named;
      }
    }
    console.log("m", m);
  `.expectToMatchNode());

test("jumps out of try/catch/finally in loops", () =>
  program`
    let out = "";
    for (let i = 0; i < 5; i++) {
      try {
        if (i === 1) throw new Error("e" + i);
        if (i === 3) continue;
        out += "t" + i;
      } catch (e) {
        out += "c" + i;
        continue;
      } finally {
        out += "f" + i;
      }
      out += ";";
    }
    console.log(out);
    out = "";
    let i = 0;
    while (i < 5) {
      i++;
      try {
        if (i === 2) continue;
      } finally {
        if (i === 4) break;
      }
      out += i;
    }
    console.log(out, i);
    out = "";
    outer: for (let a = 0; a < 3; a++) {
      for (let b = 0; b < 3; b++) {
        try {
          if (b === 1) continue outer;
          out += a + "" + b + " ";
        } finally {
          out += "F ";
        }
      }
    }
    console.log(out);
  `.expectToMatchNode());

test("closures in loops combined with continue and labels", () =>
  program`
    const fs: (() => string)[] = [];
    outer: for (let i = 0; i < 4; i++) {
      if (i === 1) continue;
      for (const ch of "xy") {
        if (i === 3) break outer;
        fs.push(() => ch + i);
      }
    }
    for (let i = 0; i < 10 && fs.length < 8; i++) {
      const sq = i * i;
      if (i % 2 === 1) continue;
      fs.push(() => "sq" + sq);
    }
    let out = "";
    for (const f of fs) out += f() + " ";
    console.log(out);
  `.expectToMatchNode());

test("loop conditions and updates with side effects", () =>
  program`
    let calls = 0;
    function more(): boolean {
      calls++;
      return calls < 4;
    }
    while (more()) console.log("tick", calls);
    const items = ["a", "b", "c"];
    let idx = 0;
    let item: string | undefined;
    while (idx < items.length && (item = items[idx++]) !== "c") console.log(item);
    let x = 0;
    for (let i = 0; i < 3; i++, x += 10) console.log(i, x);
    console.log(x);
    let n = 10;
    for (; n > 0; n = Math.floor(n / 2)) console.log("n", n);
  `.expectToMatchNode());

test("for-of over arrays mutated during iteration", () =>
  program`
    const xs = [1, 2, 3];
    let out = "";
    for (const x of xs) {
      if (x < 3) xs.push(x + 10);
      out += x + ",";
    }
    console.log(out);
    const ys = [1, 2, 3, 4];
    out = "";
    for (const y of ys) {
      out += y + ",";
      if (y === 2) ys.pop();
    }
    console.log(out);
  `.expectToMatchNode());

test("switch (true), default-only switch, do-while(false) with continue", () =>
  program`
    function grade(score: number): string {
      switch (true) {
        case score >= 90:
          return "A";
        case score >= 80:
          return "B";
        default:
          return "C";
      }
    }
    console.log(grade(95), grade(85), grade(10));
    let x = 3;
    switch (x) {
      default:
        x *= 2;
    }
    console.log(x);
    let runs = 0;
    do {
      runs++;
      if (runs < 5) continue;
      console.log("unreachable?");
    } while (false);
    console.log("runs", runs);
    type Shape = { kind: "circle"; r: number } | { kind: "square"; s: number };
    function area(sh: Shape): number {
      switch (sh.kind) {
        case "circle":
          return 3 * sh.r * sh.r;
        case "square":
          return sh.s * sh.s;
      }
    }
    console.log(area({ kind: "circle", r: 2 }), area({ kind: "square", s: 3 }));
  `.expectToMatchNode());

test("for-of over array entries/keys/values and destructuring heads", () =>
  program`
    const xs = ["a", "b", "c"];
    for (const [i, x] of xs.entries()) console.log(i, x);
    for (const k of xs.keys()) console.log("key", k);
    for (const v of xs.values()) console.log("value", v);
    for (const e of xs.entries()) console.log(e[0] + 1, e[1]);
    const fs: (() => string)[] = [];
    for (const [i, x] of xs.entries()) {
      if (i === 0) xs.push("d");
      if (i > 4) break;
      fs.push(() => i + x);
    }
    let out = "";
    for (const f of fs) out += f() + " ";
    console.log(out);
    const pairs: [string, number][] = [["x", 1], ["y", 2]];
    for (const [name, n] of pairs) console.log(name, n * 2);
    const o = { p: 1, q: 2 };
    for (const [k, v] of Object.entries(o)) console.log(k, v);
  `.expectToMatchNode());

test("for-in skips indices removed before their turn", () =>
  program`
    const xs = [1, 2, 3, 4];
    let seen = "";
    for (const i in xs) {
      seen += i;
      xs.pop();
    }
    console.log(seen);
    const rec: Record<string, number> = { a: 1, b: 2 };
    for (const k in rec) {
      rec[k + k] = 0;
      seen += k;
    }
    console.log(seen);
  `.expectToMatchNode());

test("function declarations in switch clauses are hoisted to the whole case block", () =>
  program`
    function run(x: number): number {
      switch (x) {
        case 1:
          return helper() + 1;
        case 2:
          function helper() {
            return 40;
          }
          return helper() + 2;
        default:
          return 0;
      }
    }
    console.log(run(1), run(2), run(3));
  `.expectToMatchNode());

test("jump stress: labels, switch, try/finally and every loop kind together", () =>
  program`
    let log = "";
    const w = (s: string | number) => {
      log += s + " ";
    };
    outer: for (let i = 0; i < 4; i++) {
      let j = 0;
      inner: do {
        j++;
        try {
          switch ((i + j) % 4) {
            case 0:
              w("c0:" + i + j);
              continue inner;
            case 1:
              for (const ch of "ab") {
                if (ch === "b" && i === 2) continue outer;
                if (ch === "b") break;
                w(ch + i + j);
              }
              break;
            case 2:
              if (j > 1) break inner;
              w("c2");
            default:
              w("d" + i + j);
              try {
                if (i === 3) break outer;
              } finally {
                w("F" + i);
              }
          }
          w("after-switch");
        } finally {
          w("f" + i + j);
        }
        w("end-body");
      } while (j < 3);
      w("|");
    }
    console.log(log);
    let k = 0;
    let t = "";
    loop: while (k < 6) {
      k++;
      for (let m = 0; m < 3; m++) {
        try {
          if (m === k % 3) continue loop;
          if (k === 5) break loop;
          t += k + "" + m + ",";
        } catch (e) {
          t += "never";
        } finally {
          t += ".";
        }
      }
    }
    console.log(t, k);
  `.expectToMatchNode());

test("counting loops with bounds that may be floats, NaN or Infinity", () =>
  program`
    function count(n: number): string {
      let s = "";
      for (let i = 0; i < n; i++) s += i;
      s += "|";
      for (let i = 0; i <= n; i += 2) s += i;
      s += "|";
      for (let i = 5; i > n; i--) s += i;
      s += "|";
      for (let i = 5; i >= n; i -= 2) s += i;
      return s;
    }
    console.log(count(3), count(2.5), count(0), count(-1.5), count(NaN), count(10 / 4));
    function untilBreak(limit: number): number {
      let last = -1;
      for (let i = 0; i < limit; i++) {
        if (i > 6) break;
        last = i;
      }
      return last;
    }
    console.log(untilBreak(Infinity), untilBreak(-Infinity), untilBreak(1e300), untilBreak(4));
    let total = 0;
    for (let i = 0; i < 2.5; i++) total += i;
    console.log(total);
  `.expectToMatchNode());

test("for-of heads assigning existing variables and destructuring patterns", () =>
  program`
    let a = 0;
    let b = "";
    const pairs: [number, string][] = [[1, "x"], [2, "y"]];
    for ([a, b] of pairs) console.log(a, b);
    console.log("last", a, b);
    const o = { n: 0 };
    for (o.n of [5, 6]) console.log(o.n);
    let key = "";
    for (key in { p: 1, q: 2 }) console.log(key);
    console.log(key);
  `.expectToMatchNode());
