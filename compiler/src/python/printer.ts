// Python AST -> source text, plus a line map (Python line -> TypeScript line).
// The only module that knows Python's concrete syntax: precedence, parentheses, indentation,
// literal spelling.
import type * as py from "./ast";

export interface PrintedModule {
  text: string;
  /** lineMap[i] is the TypeScript line (1-based) of Python line i + 1, or 0 when unknown. */
  lineMap: number[];
}

// Python operator precedence, low to high.
const PREC = {
  namedExpr: 0,
  lambda: 1,
  ifExp: 2,
  or: 3,
  and: 4,
  not: 5,
  compare: 6,
  bitOr: 7,
  bitXor: 8,
  bitAnd: 9,
  shift: 10,
  arith: 11,
  term: 12,
  unary: 13,
  power: 14,
  await: 15,
  primary: 16,
  atom: 17,
} as const;

const BIN_PREC: Record<py.BinOperator, number> = {
  "|": PREC.bitOr,
  "^": PREC.bitXor,
  "&": PREC.bitAnd,
  "<<": PREC.shift,
  ">>": PREC.shift,
  "+": PREC.arith,
  "-": PREC.arith,
  "*": PREC.term,
  "/": PREC.term,
  "//": PREC.term,
  "%": PREC.term,
  "@": PREC.term,
  "**": PREC.power,
};

export function precedenceOf(e: py.Expr): number {
  switch (e.kind) {
    case "NamedExpr":
      return PREC.namedExpr;
    case "Lambda":
      return PREC.lambda;
    case "IfExp":
      return PREC.ifExp;
    case "BoolOp":
      return e.op === "or" ? PREC.or : PREC.and;
    case "UnaryOp":
      return e.op === "not" ? PREC.not : PREC.unary;
    case "Compare":
      return PREC.compare;
    case "BinOp":
      return BIN_PREC[e.op];
    case "Await":
      return PREC.await;
    case "Yield":
      return PREC.namedExpr;
    case "Starred":
      return PREC.namedExpr;
    case "Const":
      return typeof e.value === "number" && (e.value < 0 || Object.is(e.value, -0)) ? PREC.unary : PREC.atom;
    case "RawExpr":
      return e.prec;
    case "Call":
    case "Attribute":
    case "Subscript":
      return PREC.primary;
    default:
      return PREC.atom;
  }
}

/** Spells a JavaScript number as a Python literal. */
export function numberLiteral(value: number, forceFloat = false): string {
  if (Number.isNaN(value)) return 'float("nan")';
  if (value === Infinity) return 'float("inf")';
  if (value === -Infinity) return '-float("inf")';
  if (Object.is(value, -0)) return "-0.0";
  if (Number.isInteger(value) && !forceFloat && Math.abs(value) < 2 ** 53) return String(value);
  // Number.prototype.toString gives the shortest round-trip digits; Python reads the same text.
  let text = String(value);
  if (!/[.e]/.test(text)) text += ".0";
  return text;
}

/** Spells a JavaScript string value as a Python string literal. */
export function stringLiteral(value: string): string {
  let out = '"';
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case "\\":
        out += "\\\\";
        continue;
      case '"':
        out += '\\"';
        continue;
      case "\n":
        out += "\\n";
        continue;
      case "\r":
        out += "\\r";
        continue;
      case "\t":
        out += "\\t";
        continue;
    }
    if (cp < 0x20 || cp === 0x7f) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp >= 0xd800 && cp <= 0xdfff) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + '"';
}

class Printer {
  private lines: string[] = [];
  private map: number[] = [];
  private currentLine = 0;

  emit(indent: number, text: string, line?: number) {
    if (line) this.currentLine = line;
    this.lines.push("    ".repeat(indent) + text);
    this.map.push(line ?? this.currentLine);
  }

  blank() {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== "") {
      this.lines.push("");
      this.map.push(0);
    }
  }

  result(): PrintedModule {
    while (this.lines.length && this.lines[this.lines.length - 1] === "") {
      this.lines.pop();
      this.map.pop();
    }
    return { text: this.lines.join("\n") + "\n", lineMap: this.map };
  }

  block(body: py.Stmt[], indent: number, topLevel = false) {
    if (body.length === 0 || body.every((s) => s.kind === "Comment")) {
      for (const s of body) this.stmt(s, indent);
      this.emit(indent, "pass");
      return;
    }
    let previousWasDef = false;
    body.forEach((s, i) => {
      const isDef = s.kind === "FunctionDef" || s.kind === "ClassDef";
      if (topLevel && i > 0 && (isDef || previousWasDef)) this.blank();
      else if (!topLevel && i > 0 && isDef && previousWasDef) this.blank();
      this.stmt(s, indent);
      previousWasDef = isDef;
    });
  }

  stmt(s: py.Stmt, ind: number): void {
    const L = s.line;
    switch (s.kind) {
      case "ExprStmt":
        return this.emit(ind, expr(s.value, PREC.namedExpr + 1), L);
      case "Assign":
        return this.emit(ind, [...s.targets.map((t) => expr(t)), expr(s.value, PREC.namedExpr + 1)].join(" = "), L);
      case "AugAssign":
        return this.emit(ind, `${expr(s.target)} ${s.op}= ${expr(s.value, PREC.namedExpr + 1)}`, L);
      case "Return":
        return this.emit(ind, s.value ? `return ${expr(s.value, PREC.namedExpr + 1)}` : "return", L);
      case "Pass":
        return this.emit(ind, "pass", L);
      case "Break":
        return this.emit(ind, "break", L);
      case "Continue":
        return this.emit(ind, "continue", L);
      case "Global":
        return this.emit(ind, `global ${s.names.join(", ")}`, L);
      case "Nonlocal":
        return this.emit(ind, `nonlocal ${s.names.join(", ")}`, L);
      case "Delete":
        return this.emit(ind, `del ${s.targets.map((t) => expr(t)).join(", ")}`, L);
      case "Comment":
        return this.emit(ind, `# ${s.text}`, L);
      case "RawStmt":
        s.text.split("\n").forEach((t) => this.emit(ind, t, L));
        return;
      case "Raise":
        return this.emit(ind, s.exc ? `raise ${expr(s.exc)}` : "raise", L);
      case "Import":
        return this.emit(ind, `import ${s.names.map(alias).join(", ")}`, L);
      case "ImportFrom":
        return this.emit(ind, `from ${".".repeat(s.level ?? 0)}${s.module} import ${s.names.map(alias).join(", ")}`, L);
      case "If": {
        this.emit(ind, `if ${expr(s.test)}:`, L);
        this.block(s.body, ind + 1);
        let orelse = s.orelse;
        // Collapse `else: if` chains into `elif`.
        while (orelse.length === 1 && orelse[0].kind === "If") {
          const inner = orelse[0] as py.If;
          this.emit(ind, `elif ${expr(inner.test)}:`, inner.line);
          this.block(inner.body, ind + 1);
          orelse = inner.orelse;
        }
        if (orelse.length) {
          this.emit(ind, "else:");
          this.block(orelse, ind + 1);
        }
        return;
      }
      case "While":
        this.emit(ind, `while ${expr(s.test)}:`, L);
        this.block(s.body, ind + 1);
        if (s.orelse?.length) {
          this.emit(ind, "else:");
          this.block(s.orelse, ind + 1);
        }
        return;
      case "For":
        this.emit(ind, `${s.isAsync ? "async " : ""}for ${targetList(s.target)} in ${expr(s.iter)}:`, L);
        this.block(s.body, ind + 1);
        if (s.orelse?.length) {
          this.emit(ind, "else:");
          this.block(s.orelse, ind + 1);
        }
        return;
      case "FunctionDef":
        for (const d of s.decorators ?? []) this.emit(ind, `@${expr(d)}`, L);
        this.emit(ind, `${s.isAsync ? "async " : ""}def ${s.name}(${params(s.params)}):`, L);
        this.block(s.body, ind + 1);
        return;
      case "ClassDef":
        for (const d of s.decorators ?? []) this.emit(ind, `@${expr(d)}`, L);
        this.emit(ind, `class ${s.name}${s.bases.length ? `(${s.bases.map((b) => expr(b)).join(", ")})` : ""}:`, L);
        this.block(s.body, ind + 1);
        return;
      case "Try":
        this.emit(ind, "try:", L);
        this.block(s.body, ind + 1);
        for (const h of s.handlers) {
          const head = h.type ? ` ${expr(h.type)}${h.name ? ` as ${h.name}` : ""}` : "";
          this.emit(ind, `except${head}:`, h.line);
          this.block(h.body, ind + 1);
        }
        if (s.orelse?.length) {
          this.emit(ind, "else:");
          this.block(s.orelse, ind + 1);
        }
        if (s.finalbody?.length) {
          this.emit(ind, "finally:");
          this.block(s.finalbody, ind + 1);
        }
        return;
    }
  }
}

function alias(a: py.Alias): string {
  return a.asname && a.asname !== a.name ? `${a.name} as ${a.asname}` : a.name;
}

function targetList(t: py.Expr): string {
  if (t.kind === "Tuple" && t.elts.length > 0) return t.elts.map((e) => expr(e, PREC.bitOr)).join(", ");
  return expr(t);
}

function params(ps: py.Param[]): string {
  return ps
    .map((p) => {
      const prefix = p.star === "star" ? "*" : p.star === "kwstar" ? "**" : "";
      return prefix + p.name + (p.default ? `=${expr(p.default, PREC.lambda + 1)}` : "");
    })
    .join(", ");
}

function wrap(text: string, own: number, min: number): string {
  return own < min ? `(${text})` : text;
}

/** Prints `e`, parenthesised when its precedence is below `min`. */
export function expr(e: py.Expr, min = 0): string {
  const own = precedenceOf(e);
  switch (e.kind) {
    case "Name":
      return e.id;
    case "Const":
      return wrap(constText(e), own, min);
    case "RawExpr":
      return wrap(e.text, own, min);
    case "Attribute": {
      let base = expr(e.value, PREC.primary);
      // `1.real` is a syntax error; `(1).real` is not.
      if (e.value.kind === "Const" && typeof e.value.value === "number") base = `(${base})`;
      return `${base}.${e.attr}`;
    }
    case "Subscript":
      return `${expr(e.value, PREC.primary)}[${e.index.kind === "Tuple" && e.index.elts.length ? e.index.elts.map((x) => expr(x)).join(", ") : expr(e.index)}]`;
    case "Slice":
      return `${e.lower ? expr(e.lower) : ""}:${e.upper ? expr(e.upper) : ""}${e.step ? ":" + expr(e.step) : ""}`;
    case "Call": {
      const args = e.args.map((a) => expr(a, PREC.namedExpr + 1));
      for (const k of e.keywords ?? []) args.push(`${k.name}=${expr(k.value, PREC.namedExpr + 1)}`);
      return `${expr(e.func, PREC.primary)}(${args.join(", ")})`;
    }
    case "BinOp": {
      const p = BIN_PREC[e.op];
      const rightAssoc = e.op === "**";
      const l = expr(e.left, rightAssoc ? p + 1 : p);
      // `a - (b - c)`: the right operand of a left-associative operator needs parentheses at equal precedence.
      let r = expr(e.right, rightAssoc ? p : p + 1);
      if (rightAssoc && e.right.kind === "UnaryOp") r = expr(e.right, PREC.unary);
      return wrap(`${l} ${e.op} ${r}`, own, min);
    }
    case "UnaryOp": {
      if (e.op === "not") return wrap(`not ${expr(e.operand, PREC.not)}`, own, min);
      const inner = expr(e.operand, PREC.unary);
      // `- -x` rather than `--x`, which reads like a decrement.
      const sep = inner.startsWith(e.op) || inner.startsWith("-") ? " " : "";
      return wrap(`${e.op}${sep}${inner}`, own, min);
    }
    case "BoolOp":
      return wrap(e.values.map((v) => expr(v, own + 1)).join(` ${e.op} `), own, min);
    case "Compare": {
      // Operands are printed above comparison precedence so that no accidental chaining happens.
      const parts = [expr(e.left, PREC.compare + 1)];
      e.ops.forEach((op, i) => parts.push(op, expr(e.comparators[i], PREC.compare + 1)));
      return wrap(parts.join(" "), own, min);
    }
    case "IfExp":
      return wrap(`${expr(e.body, PREC.ifExp + 1)} if ${expr(e.test, PREC.ifExp + 1)} else ${expr(e.orelse, PREC.ifExp)}`, own, min);
    case "Lambda":
      return wrap(`lambda${e.params.length ? " " + params(e.params) : ""}: ${expr(e.body, PREC.lambda)}`, own, min);
    case "List":
      if (e.elts.some((x) => x.kind === "Starred")) {
        // MicroPython has no `[*a, *b]` displays: `[0] + list(a) + list(b)`, left to right.
        const parts: string[] = [];
        let run: string[] | undefined;
        for (const x of e.elts) {
          if (x.kind === "Starred") {
            if (run) parts.push(`[${run.join(", ")}]`);
            run = undefined;
            parts.push(`list(${expr(x.value, PREC.namedExpr + 1)})`);
          } else (run ??= []).push(expr(x, PREC.namedExpr + 1));
        }
        if (run) parts.push(`[${run.join(", ")}]`);
        return parts.length === 1 ? parts[0] : wrap(parts.join(" + "), PREC.arith, min);
      }
      return `[${e.elts.map((x) => expr(x, PREC.namedExpr + 1)).join(", ")}]`;
    case "Tuple":
      if (e.elts.length === 1) return `(${expr(e.elts[0], PREC.namedExpr + 1)},)`;
      return `(${e.elts.map((x) => expr(x, PREC.namedExpr + 1)).join(", ")})`;
    case "Dict":
      return `{${e.keys.map((k, i) => (k === null ? `**${expr(e.values[i], PREC.primary)}` : `${expr(k, PREC.namedExpr + 1)}: ${expr(e.values[i], PREC.namedExpr + 1)}`)).join(", ")}}`;
    case "Starred":
      return `${e.double ? "**" : "*"}${expr(e.value, PREC.primary)}`;
    case "NamedExpr":
      return `(${e.target.id} := ${expr(e.value, PREC.namedExpr + 1)})`;
    case "ListComp": {
      const gens = e.generators
        .map((g) => `for ${targetList(g.target)} in ${expr(g.iter, PREC.or)}${g.ifs.map((c) => ` if ${expr(c, PREC.or)}`).join("")}`)
        .join(" ");
      const inner = `${expr(e.elt, PREC.namedExpr + 1)} ${gens}`;
      return e.generator ? `(${inner})` : `[${inner}]`;
    }
    case "Await":
      return wrap(`await ${expr(e.value, PREC.primary)}`, own, min);
    case "Yield": {
      const text = e.value ? `yield${e.from ? " from" : ""} ${expr(e.value, PREC.namedExpr + 1)}` : "yield";
      return min > 0 ? `(${text})` : text;
    }
  }
}

function constText(e: py.Const): string {
  const v = e.value;
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") return numberLiteral(v, e.float);
  return stringLiteral(v);
}

export function printModule(mod: py.Module): PrintedModule {
  const p = new Printer();
  p.block(mod.body.length ? mod.body : [], 0, true);
  if (mod.body.length === 0) return { text: "", lineMap: [] };
  return p.result();
}
