import { program } from "../harness";

test("memoised recursion through a closure over a record", () =>
  program`
    function memo(f: (n: number, self: (n: number) => number) => number): (n: number) => number {
      const cache: Record<string, number> = {};
      const self = (n: number): number => {
        const key = String(n);
        if (key in cache) return cache[key];
        const v = f(n, self);
        cache[key] = v;
        return v;
      };
      return self;
    }
    const fib = memo((n, self) => (n < 2 ? n : self(n - 1) + self(n - 2)));
    console.log(fib(30), fib(50));
  `.expectToMatchNode());

test("a tiny state machine with switch, labelled loops and exceptions", () =>
  program`
    type Tok = { kind: "num"; value: number } | { kind: "op"; op: string } | { kind: "end" };
    function tokenize(src: string): Tok[] {
      const out: Tok[] = [];
      let i = 0;
      scan: while (i < src.length) {
        const c = src[i];
        switch (c) {
          case " ":
            i++;
            continue scan;
          case "+":
          case "-":
          case "*":
            out.push({ kind: "op", op: c });
            i++;
            break;
          default: {
            let j = i;
            while (j < src.length && src[j] >= "0" && src[j] <= "9") j++;
            if (j === i) throw new SyntaxError("unexpected " + c + " at " + i);
            out.push({ kind: "num", value: Number(src.slice(i, j)) });
            i = j;
          }
        }
      }
      out.push({ kind: "end" });
      return out;
    }
    function evaluate(src: string): number {
      const toks = tokenize(src);
      let acc = 0;
      let op = "+";
      for (const t of toks) {
        switch (t.kind) {
          case "num":
            if (op === "+") acc += t.value;
            else if (op === "-") acc -= t.value;
            else acc *= t.value;
            break;
          case "op":
            op = t.op;
            break;
          case "end":
            return acc;
        }
      }
      throw new Error("no end");
    }
    for (const src of ["1 + 2 * 3", "10 - 4 - 3", "7", "2 $ 3"]) {
      try {
        console.log(src, "=", evaluate(src));
      } catch (e) {
        if (e instanceof SyntaxError) console.log("syntax error:", e.message);
        else throw e;
      } finally {
        console.log("--");
      }
    }
  `.expectToMatchNode());

test("event handlers registered in loops keep their own values", () =>
  program`
    type Handler = (payload: number) => string;
    const handlers: Record<string, Handler[]> = {};
    function on(name: string, h: Handler) {
      (handlers[name] ??= []).push(h);
    }
    function emit(name: string, payload: number): string[] {
      const out: string[] = [];
      for (const h of handlers[name] ?? []) out.push(h(payload));
      return out;
    }
    const names = ["a", "b"];
    for (const name of names) {
      for (let prio = 1; prio <= 2; prio++) {
        const tag = name.toUpperCase() + prio;
        on(name, (p) => tag + ":" + p * prio);
      }
    }
    console.log(emit("a", 10), emit("b", 1), emit("c", 0));
  `.expectToMatchNode());

test("defaults that read closures, rest parameters through arrows, recursion in loop closures", () =>
  program`
    let base = 1;
    function scaled(x: number, factor = base * 10): number {
      return x * factor;
    }
    console.log(scaled(2));
    base = 3;
    console.log(scaled(2), scaled(2, 1));
    const joinAll = (sep: string, ...parts: (string | number)[]): string => {
      let s = "";
      parts.forEach((p, i) => {
        s += (i > 0 ? sep : "") + p;
      });
      return s;
    };
    const partial = (sep: string) => (...parts: number[]) => joinAll(sep, ...parts);
    console.log(joinAll("-"), joinAll("-", 1, "a", 2), partial("+")(1, 2, 3));
    const counters: (() => number)[] = [];
    for (let n = 3; n <= 5; n++) {
      const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1));
      counters.push(() => fact(n));
    }
    let out = "";
    for (const c of counters) out += c() + " ";
    console.log(out);
  `.expectToMatchNode());
