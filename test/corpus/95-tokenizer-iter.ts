// An expression tokenizer as an iterable class, a recursive-descent evaluator, and error positions.
type Tok = { kind: "num" | "op" | "lp" | "rp" | "id"; text: string; pos: number };
class Lexer implements Iterable<Tok> {
  constructor(private src: string) {}
  *[Symbol.iterator](): Generator<Tok> {
    const re = /\s*(?:(\d+(?:\.\d+)?)|([a-z]+)|([-+*\/^%])|(\()|(\)))/g;
    let m: RegExpExecArray | null;
    let last = 0;
    while ((m = re.exec(this.src)) !== null) {
      if (m.index !== last) throw new SyntaxError(`unexpected '${this.src[last]}' at ${last}`);
      last = re.lastIndex;
      const pos = m.index + m[0].length - m[0].trim().length;
      if (m[1]) yield { kind: "num", text: m[1], pos };
      else if (m[2]) yield { kind: "id", text: m[2], pos };
      else if (m[3]) yield { kind: "op", text: m[3], pos };
      else if (m[4]) yield { kind: "lp", text: "(", pos };
      else yield { kind: "rp", text: ")", pos };
    }
    if (this.src.slice(last).trim() !== "") throw new SyntaxError(`unexpected '${this.src.slice(last).trim()[0]}' at ${last}`);
  }
}
const vars = new Map<string, number>([["pi", 3.14159], ["x", 4]]);
function evaluate(src: string): number {
  const toks = [...new Lexer(src)];
  let i = 0;
  const peek = (): Tok | undefined => toks[i];
  const fail = (msg: string): never => {
    throw new SyntaxError(`${msg} at ${peek()?.pos ?? src.length}`);
  };
  function primary(): number {
    const t = toks[i++];
    if (!t) return fail("unexpected end");
    if (t.kind === "num") return parseFloat(t.text);
    if (t.kind === "id") {
      const v = vars.get(t.text);
      if (v === undefined) throw new ReferenceError(`${t.text} is not defined`);
      return v;
    }
    if (t.kind === "op" && t.text === "-") return -primary();
    if (t.kind === "lp") {
      const v = expr();
      if (peek()?.kind !== "rp") fail("expected )");
      i++;
      return v;
    }
    i--;
    return fail(`unexpected ${t.text}`);
  }
  function power(): number {
    const base = primary();
    if (peek()?.text === "^") { i++; return base ** power(); }
    return base;
  }
  function term(): number {
    let v = power();
    while (peek()?.kind === "op" && "*/%".includes(peek()!.text)) {
      const op = toks[i++].text;
      const r = power();
      v = op === "*" ? v * r : op === "/" ? v / r : v % r;
    }
    return v;
  }
  function expr(): number {
    let v = term();
    while (peek()?.text === "+" || peek()?.text === "-") {
      const op = toks[i++].text;
      v = op === "+" ? v + term() : v - term();
    }
    return v;
  }
  const result = expr();
  if (i < toks.length) fail("trailing input");
  return result;
}
console.log([...new Lexer("3 + 4.5*(x-1)")].map((t) => `${t.kind}:${t.text}@${t.pos}`).join(" "));
const cases = ["1 + 2 * 3", "2 ^ 3 ^ 2", "(1 + 2) * -x", "10 / 4 % 2", "7 / 0", "-7 % 3", "pi * x ^ 2", "1 +", "(2", "3 $ 4", "y + 1", "2 3", "0.1 + 0.2"];
for (const c of cases) {
  try {
    const v = evaluate(c);
    console.log(c.padEnd(14), "=", v, Number.isInteger(v) ? "int" : v.toFixed(3));
  } catch (e) {
    if (e instanceof SyntaxError) console.log(c.padEnd(14), "syntax:", e.message);
    else if (e instanceof ReferenceError) console.log(c.padEnd(14), "ref:", e.message);
    else throw e;
  }
}
let count = 0;
for (const t of new Lexer("a+b+c+d+e")) {
  if (t.kind === "id") count++;
  if (count === 3) break;
}
console.log("ids before break", count);
