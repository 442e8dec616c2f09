// A tiny expression tokenizer and evaluator with precedence, errors and finally-based depth tracking.
type Tok = { kind: "num"; value: number } | { kind: "op"; op: string } | { kind: "paren"; open: boolean };
function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === " ") { i++; continue; }
    if ("0123456789.".includes(ch)) {
      let j = i;
      while (j < src.length && "0123456789.".includes(src[j])) j++;
      out.push({ kind: "num", value: parseFloat(src.slice(i, j)) });
      i = j;
      continue;
    }
    if ("+-*/%^".includes(ch)) out.push({ kind: "op", op: ch });
    else if (ch === "(" || ch === ")") out.push({ kind: "paren", open: ch === "(" });
    else throw new SyntaxError(`unexpected '${ch}' at ${i}`);
    i++;
  }
  return out;
}
let depth = 0, maxDepth = 0;
function evaluate(src: string): number {
  const toks = tokenize(src);
  let pos = 0;
  const peek = () => toks[pos];
  const prec: Record<string, number> = { "+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3 };
  function primary(): number {
    const t = toks[pos++];
    if (!t) throw new Error("unexpected end");
    if (t.kind === "num") return t.value;
    if (t.kind === "op" && t.op === "-") return -primary();
    if (t.kind === "paren" && t.open) {
      depth++;
      maxDepth = Math.max(maxDepth, depth);
      try { const v = expr(0); pos++; return v; } finally { depth--; }
    }
    throw new Error("bad token " + JSON.stringify(t));
  }
  function expr(min: number): number {
    let lhs = primary();
    for (let t = peek(); t && t.kind === "op" && prec[t.op] > min; t = peek()) {
      pos++;
      const p = prec[t.op];
      const rhs = expr(t.op === "^" ? p - 1 : p);
      switch (t.op) {
        case "+": lhs += rhs; break;
        case "-": lhs -= rhs; break;
        case "*": lhs *= rhs; break;
        case "/": lhs /= rhs; break;
        case "%": lhs %= rhs; break;
        case "^": lhs = lhs ** rhs; break;
      }
    }
    return lhs;
  }
  return expr(0);
}
for (const src of ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-7 % 3", "10 / 4", "1 / 0", "0.1 + 0.2", "((2))*(3-(4/8))", "2 * (3", "4 $ 4", "-(-(5))"]) {
  try { console.log(src, "=", evaluate(src)); } catch (e) { console.log(src, "!", (e as Error).name, (e as Error).message); }
}
console.log(depth, maxDepth, tokenize("12+3.5").map((t) => t.kind).join());
