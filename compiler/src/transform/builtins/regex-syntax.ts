// JavaScript regular expression syntax -> a pattern for MicroPython's `re` (re1.5).
//
// re1.5 is a small backtracking engine over bytes: no {m,n}, no \b, no backreferences, no
// lookaround, no flags, no escapes such as \n or \x41, character classes of single bytes, and
// jump offsets of one signed byte (regex-jumps.ts). Subjects are given to it as UTF-8 in which
// each non-ASCII whitespace character is re-encoded with bytes that never occur in UTF-8
// (regex-atoms.ts, tsmpy/regex.py). The translation makes every atom match whole characters:
//   - ASCII literals stay (escaped where re1.5 would read them as syntax); non-ASCII ones are their
//     bytes; with `i`, letters become their case variants (`[aA]`, `(?:é|É)`, JS's Canonicalize
//     without `u`);
//   - `.`, classes, \d \w \s and their negations match one whole character, with JS's sets;
//   - {n}, {n,}, {n,m} are expanded (`XX(?:X(?:X)?)?`).
// What cannot be made to agree is refused with the feature's name (RegexRefusal). Where JS and
// re1.5 differ on captures (JS resets a group's capture at each iteration of an enclosing loop,
// re1.5 keeps the last one), a capturing group that may not take part in every iteration is
// refused; so is a repeated part that can match the empty string (JS stops such loops, re1.5
// recurses without end).
import { CharSet, RegexRefusal, TRAIL, TRAILS, b, caseVariants, classEscape, escapeAscii, refuse, setCode, utf8 } from "./regex-atoms";
import { checkJumps } from "./regex-jumps";

export { RegexRefusal };

export interface RegexTranslation {
  /** The re1.5 pattern, one char per byte (char codes 1..255). */
  pattern: string;
  /** Number of capturing groups. */
  groups: number;
}

// ---- the parser ----
interface Piece {
  code: string;
  /** Can match the empty string. */
  nullable: boolean;
  /** Contains capturing groups. */
  captures: boolean;
  /** A single re1.5 term (a quantifier applies to all of it). */
  term: boolean;
}

export function translateRegex(source: string, flags: string): RegexTranslation {
  for (const f of flags) {
    if (!"gims".includes(f)) refuse(`the '${f}' flag`);
  }
  const ignoreCase = flags.includes("i");
  const dotAll = flags.includes("s");
  const multiline = flags.includes("m");
  let pos = 0;
  let groups = 0;
  const peek = () => source[pos];
  const eat = (s: string) => source.startsWith(s, pos) && ((pos += s.length), true);

  const literal = (cp: number): Piece => {
    if (cp === 0) refuse("a NUL character");
    if (cp < 0x80) {
      const c = b(cp);
      if (ignoreCase && /[a-z]/i.test(c)) return { code: `[${c.toLowerCase()}${c.toUpperCase()}]`, nullable: false, captures: false, term: true };
      return { code: escapeAscii(c), nullable: false, captures: false, term: true };
    }
    if (ignoreCase) {
      const vs = caseVariants(cp);
      if (vs.length > 1) return { code: "(?:" + vs.map(utf8).join("|") + ")", nullable: false, captures: false, term: true };
    }
    return { code: utf8(cp), nullable: false, captures: false, term: false };
  };
  const setPiece = (set: CharSet): Piece => {
    const code = setCode(set, ignoreCase);
    // A class or a group is one re1.5 term; a bare multi-byte sequence is not.
    return { code, nullable: false, captures: false, term: code.startsWith("[") || code.startsWith("(") };
  };

  /** A character escape (after the backslash) as a code point, or a class escape as a set. */
  const escape = (inClass: boolean): number | CharSet => {
    const c = source[pos++];
    if (c === undefined) return refuse("a trailing backslash");
    const set = classEscape(c);
    if (set) return set;
    switch (c) {
      case "t": return 9;
      case "n": return 10;
      case "v": return 11;
      case "f": return 12;
      case "r": return 13;
      case "0":
        if (/[0-9]/.test(peek() ?? "")) refuse("an octal escape");
        return refuse("a NUL character");
      case "b":
        if (inClass) return 8;
        return refuse("the word boundary assertion \\b");
      case "B": return refuse("the assertion \\B");
      case "k": return refuse("a named backreference");
      case "c": {
        const l = peek();
        if (l && /[A-Za-z]/.test(l)) {
          pos++;
          return l.charCodeAt(0) % 32;
        }
        return refuse("the escape \\c");
      }
      case "x": {
        const h = source.slice(pos, pos + 2);
        if (/^[0-9a-fA-F]{2}$/.test(h)) {
          pos += 2;
          return parseInt(h, 16);
        }
        return "x".charCodeAt(0);
      }
      case "u": {
        const h = source.slice(pos, pos + 4);
        if (/^[0-9a-fA-F]{4}$/.test(h)) {
          pos += 4;
          const cp = parseInt(h, 16);
          if (cp >= 0xd800 && cp <= 0xdfff) refuse("a surrogate escape");
          return cp;
        }
        return refuse("the escape \\u without four hex digits");
      }
    }
    if (/[1-9]/.test(c)) return inClass ? refuse("an octal escape") : refuse("a backreference");
    return c.codePointAt(0)!;
  };

  const charClass = (): Piece => {
    const set: CharSet = { negated: eat("^"), ascii: [], multi: [], ws: false };
    const nested: CharSet[] = [];
    const item = (): number | CharSet => {
      if (eat("\\")) return escape(true);
      const cp = source.codePointAt(pos)!;
      pos += cp > 0xffff ? 2 : 1;
      return cp;
    };
    const add = (lo: number, hi: number) => {
      if (lo === 0) refuse("a NUL character");
      if (hi < 0x80) set.ascii.push([lo, hi]);
      else if (lo === hi) set.multi.push(lo);
      else if (lo < 0x80) {
        set.ascii.push([lo, 0x7f]);
        refuse("a character class range of non-ASCII characters");
      } else refuse("a character class range of non-ASCII characters");
    };
    while (peek() !== "]") {
      if (pos >= source.length) refuse("an unterminated character class");
      const lo = item();
      if (typeof lo !== "number") {
        nested.push(lo);
        continue;
      }
      if (peek() === "-" && source[pos + 1] !== "]" && pos + 1 < source.length) {
        pos++;
        const hi = item();
        if (typeof hi !== "number") refuse("a class escape as a range end");
        add(lo, hi as number);
      } else add(lo, lo);
    }
    pos++;
    for (const n of nested) {
      if (n.negated) {
        // [\D] is \D; with anything else a negated escape cannot be written as one byte class.
        if (nested.length === 1 && !set.ascii.length && !set.multi.length && !set.negated) return setPiece(n);
        refuse("\\D, \\W or \\S together with other items in a character class");
      }
      set.ascii.push(...n.ascii);
      set.ws ||= n.ws;
    }
    if (ignoreCase) set.multi = [...new Set(set.multi.flatMap(caseVariants))];
    return setPiece(set);
  };

  const atom = (loopDepth: { inLoop: boolean; optional: boolean }): Piece | undefined => {
    const c = peek();
    if (c === "(") {
      pos++;
      let capture = true;
      if (eat("?:")) capture = false;
      else if (source[pos] === "?") {
        if (eat("?<=") || eat("?<!")) refuse("a lookbehind assertion");
        if (eat("?=") || eat("?!")) refuse("a lookahead assertion");
        if (eat("?<")) refuse("a named capturing group");
        refuse("this group syntax");
      }
      if (capture) {
        groups++;
        if (loopDepth.inLoop && loopDepth.optional) refuse("a capturing group that may not take part in every iteration of a loop (JS resets it, MicroPython keeps the last capture)");
      }
      const inner = disjunction(loopDepth);
      if (!eat(")")) refuse("an unbalanced parenthesis");
      return { code: (capture ? "(" : "(?:") + inner.code + ")", nullable: inner.nullable, captures: capture || inner.captures, term: true };
    }
    if (c === "[") {
      pos++;
      return charClass();
    }
    if (c === ".") {
      pos++;
      // One whole character; without s, not \n, \r or a line terminator (start byte 0xf9).
      const code = dotAll ? `(?:[^${TRAIL}]${TRAILS})` : `(?:[^\n\r${b(0xf9)}${TRAIL}]${TRAILS})`;
      return { code, nullable: false, captures: false, term: true };
    }
    if (c === "\\") {
      pos++;
      const e = escape(false);
      return typeof e === "number" ? literal(e) : setPiece(e);
    }
    if (c === "*" || c === "+" || c === "?") return refuse("a quantifier with nothing to repeat");
    const cp = source.codePointAt(pos)!;
    pos += cp > 0xffff ? 2 : 1;
    return literal(cp);
  };

  /** A quantifier at pos: [min, max, lazy], or undefined (a `{` that is no quantifier is a literal). */
  const quantifier = (): [number, number, boolean] | undefined => {
    let q: [number, number] | undefined;
    const c = peek();
    if (c === "*") q = [0, Infinity];
    else if (c === "+") q = [1, Infinity];
    else if (c === "?") q = [0, 1];
    if (q) pos++;
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(pos));
      if (!m) return undefined;
      pos += m[0].length;
      const lo = Number(m[1]);
      q = [lo, m[2] === undefined ? lo : m[3] === "" ? Infinity : Number(m[3])];
    } else return undefined;
    return [q[0], q[1], eat("?")];
  };

  const repeat = (p: Piece, min: number, max: number, lazy: boolean): Piece => {
    if (max > 1 && p.nullable) refuse("a repeated part that can match the empty string");
    const t = p.term ? p.code : "(?:" + p.code + ")";
    const l = lazy ? "?" : "";
    const nullable = min === 0 || p.nullable;
    if (min === 0 && max === 1) return { code: t + "?" + l, nullable, captures: p.captures, term: false };
    if (min === 0 && max === Infinity) return { code: t + "*" + l, nullable, captures: p.captures, term: false };
    if (min === 1 && max === Infinity) return { code: t + "+" + l, nullable, captures: p.captures, term: false };
    if (min === 1 && max === 1) return p;
    if (p.captures) refuse("a counted repetition {n,m} of a capturing group");
    if (max !== Infinity && max - min > 20) refuse("a counted repetition {n,m} this large");
    if (min > 40) refuse("a counted repetition {n,m} this large");
    let code = t.repeat(min);
    if (max === Infinity) code += t + "*" + l;
    else {
      let opt = "";
      for (let k = 0; k < max - min; k++) opt = "(?:" + t + opt + ")?" + l;
      code += opt;
    }
    return { code, nullable, captures: false, term: false };
  };

  const alternative = (ctx: { inLoop: boolean; optional: boolean }): Piece => {
    let code = "";
    let nullable = true;
    let captures = false;
    let count = 0;
    let last: Piece | undefined;
    while (pos < source.length && peek() !== "|" && peek() !== ")") {
      const c = peek();
      if (c === "^" || c === "$") {
        if (multiline) refuse(`'${c}' with the 'm' flag`);
        pos++;
        code += c;
        count += 2;
        continue;
      }
      // A quantifier's body sees the loop context it creates.
      const save = pos;
      let a = atom(ctx);
      const q = quantifier();
      if (q && (q[1] > 1 || q[0] === 0)) {
        // Parse the atom again under the loop context (capture checks depend on it).
        pos = save;
        groups -= countGroups(a!.code);
        // JS clears a loop's captures at each iteration: a group must take part in every
        // iteration of every loop around it. Something optional between it and an enclosing
        // loop (a `?`, an alternative, an inner loop that may run zero times) breaks that; the
        // outermost loop's own minimum does not (no iteration, no capture, in both engines).
        a = atom({ inLoop: ctx.inLoop || q[1] > 1, optional: ctx.optional || (ctx.inLoop && q[0] === 0) || (q[1] <= 1 && q[0] === 0) });
        quantifier();
      }
      const piece = q ? repeat(a!, q[0], q[1], q[2]) : a!;
      code += piece.code;
      nullable &&= piece.nullable;
      captures ||= piece.captures;
      count++;
      last = piece;
    }
    const term = count === 1 && !!last && last.term;
    return { code, nullable, captures, term };
  };

  function disjunction(ctx: { inLoop: boolean; optional: boolean }): Piece {
    const branches: Piece[] = [];
    let first = true;
    while (first || eat("|")) {
      first = false;
      // A group in one of several branches may not take part.
      branches.push(alternative(branches.length || peekAlt() ? { inLoop: ctx.inLoop, optional: true } : ctx));
    }
    if (branches.length === 1) return branches[0];
    return {
      code: branches.map((x) => x.code).join("|"),
      nullable: branches.some((x) => x.nullable),
      captures: branches.some((x) => x.captures),
      term: false,
    };
  }

  /** True when the disjunction starting at pos has a top-level `|`. */
  function peekAlt(): boolean {
    let depth = 0;
    let inClass = false;
    for (let i = pos; i < source.length; i++) {
      const c = source[i];
      if (c === "\\") i++;
      else if (inClass) inClass = c !== "]";
      else if (c === "[") inClass = true;
      else if (c === "(") depth++;
      else if (c === ")") {
        if (depth === 0) return false;
        depth--;
      } else if (c === "|" && depth === 0) return true;
    }
    return false;
  }

  const top = disjunction({ inLoop: false, optional: false });
  if (pos < source.length) refuse("an unbalanced parenthesis");
  if (groups > 60) refuse("more than 60 capturing groups");
  checkJumps(top.code);
  return { pattern: top.code, groups };
}

/** Capturing groups opened in a translated fragment. */
function countGroups(code: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(" && code[i + 1] !== "?") n++;
  }
  return n;
}

