// The byte-level pieces of the regex translation (see regex-syntax.ts): the subject encoding's
// whole-character atoms, character sets as re1.5 classes, `i`'s case variants, and the refusal
// every part of the translation throws.

export class RegexRefusal {
  constructor(readonly feature: string) {}
}


export const refuse = (feature: string): never => {
  throw new RegexRefusal(feature);
};

// ---- byte-level building blocks ----
// The subject encoding (tsmpy/regex.py): UTF-8, except that each non-ASCII whitespace character
// is three bytes, a start byte 0xf9 (the line terminators U+2028/U+2029) or 0xf8 (the others) and
// two payload bytes from 0xfa-0xff; bytes 0xf8-0xff never occur in UTF-8. Every character is thus
// one start byte (ASCII, a UTF-8 lead, 0xf8/0xf9) and the trailing bytes after it (continuations
// 0x80-0xbf, payloads 0xfa-0xff). No atom matches a trailing byte first, so no match can start
// inside a character, and `[start][trailing]*` is one whole character.
export const b = (n: number) => String.fromCharCode(n);
/** The trailing bytes, as raw class pairs (two). */
export const TRAIL = `${b(0x80)}-${b(0xbf)}${b(0xfa)}-${b(0xff)}`;
export const TRAILS = `[${TRAIL}]*`;
/** The whitespace start bytes, as one raw class pair. */
const WS_START = `${b(0xf8)}-${b(0xf9)}`;

const LINE_TERMINATORS = [0x2028, 0x2029];
const OTHER_WS = [0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000, 0xfeff];

/** A character's bytes in the subject encoding. */
export function utf8(cp: number): string {
  const lt = LINE_TERMINATORS.indexOf(cp);
  if (lt >= 0) return b(0xf9) + b(0xfa) + b(0xfa + lt);
  const ws = OTHER_WS.indexOf(cp);
  if (ws >= 0) return b(0xf8) + b(0xfa + Math.floor(ws / 6)) + b(0xfa + (ws % 6));
  return Array.from(Buffer.from(String.fromCodePoint(cp), "utf8"), (x) => b(x)).join("");
}

/**
 * The characters that match `cp` under the `i` flag without `u` (JS's Canonicalize: the simple
 * uppercase, except that a non-ASCII character never maps to an ASCII one), found once per
 * character by testing the BMP with Node's own case mapping.
 */
const variantCache = new Map<number, number[]>();
export function caseVariants(cp: number): number[] {
  if (cp > 0xffff) return [cp];
  const canon = (c: number) => {
    const u = String.fromCharCode(c).toUpperCase();
    if (u.length !== 1) return c;
    const k = u.charCodeAt(0);
    return c >= 128 && k < 128 ? c : k;
  };
  let out = variantCache.get(cp);
  if (!out) {
    const k = canon(cp);
    out = [];
    for (let c = 128; c <= 0xffff; c++) if ((c < 0xd800 || c > 0xdfff) && canon(c) === k) out.push(c);
    if (!out.includes(cp)) out.push(cp);
    variantCache.set(cp, out);
  }
  return out;
}

const SYNTAX = "\\.^$*+?()[]{}|-/";
export const escapeAscii = (c: string) => (SYNTAX.includes(c) ? "\\" + c : c);

// ---- character sets (classes and class escapes) ----
export interface CharSet {
  negated: boolean;
  /** ASCII ranges, inclusive. */
  ascii: [number, number][];
  /** Non-ASCII single characters (code points). */
  multi: number[];
  /** Includes the non-ASCII whitespace characters (from \s). */
  ws: boolean;
}

const DIGITS: [number, number][] = [[0x30, 0x39]];
const WORD: [number, number][] = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
const SPACE: [number, number][] = [[0x09, 0x0d], [0x20, 0x20]];

export function classEscape(c: string): CharSet | undefined {
  switch (c) {
    case "d": return { negated: false, ascii: DIGITS, multi: [], ws: false };
    case "D": return { negated: true, ascii: DIGITS, multi: [], ws: false };
    case "w": return { negated: false, ascii: WORD, multi: [], ws: false };
    case "W": return { negated: true, ascii: WORD, multi: [], ws: false };
    case "s": return { negated: false, ascii: SPACE, multi: [], ws: true };
    case "S": return { negated: true, ascii: SPACE, multi: [], ws: true };
  }
  return undefined;
}

function withCase(ranges: [number, number][]): [number, number][] {
  const out = [...ranges];
  for (const [lo, hi] of ranges) {
    for (const [a, z, d] of [[0x61, 0x7a, -32], [0x41, 0x5a, 32]]) {
      const l = Math.max(lo, a);
      const h = Math.min(hi, z);
      if (l <= h) out.push([l + d, h + d]);
    }
  }
  return out;
}

/** `[...]` of re1.5 for ASCII ranges plus raw pairs (`extra`, `extraPairs` of them), or "" when empty. */
function classCode(ranges: [number, number][], negated: boolean, extra = "", extraPairs = 0): string {
  let items = "";
  let pairs = extraPairs;
  const single = (c: number) => {
    if (c === 0) refuse("a NUL character");
    items += "]\\-^".includes(b(c)) ? "\\" + b(c) : b(c);
    pairs++;
  };
  for (let [lo, hi] of ranges) {
    if (hi === 0x5d && lo < hi) {
      single(0x5d);
      hi--;
    }
    if (lo === hi) single(lo);
    else {
      if (lo === 0) refuse("a NUL character");
      items += ("]\\-^".includes(b(lo)) ? "\\" + b(lo) : b(lo)) + "-" + b(hi);
      pairs++;
    }
  }
  if (pairs > 100) refuse("a character class this large");
  if (!items && !extra) return "";
  return "[" + (negated ? "^" : "") + items + extra + "]";
}

/** A character set as one re1.5 term matching one whole character. */
export function setCode(set: CharSet, ignoreCase: boolean): string {
  const ascii = ignoreCase ? withCase(set.ascii) : set.ascii;
  if (set.negated) {
    if (set.multi.length) refuse("non-ASCII characters in a negated character class");
    // A start byte outside the set (whitespace starts too unless \s is in it), then its trailing bytes.
    const start = classCode(ascii, true, TRAIL + (set.ws ? WS_START : ""), set.ws ? 3 : 2);
    return `(?:${start}${TRAILS})`;
  }
  const alts: string[] = [];
  if (set.ws) alts.push(classCode(ascii, false, WS_START, 1) + `[${b(0xfa)}-${b(0xff)}]*`);
  else {
    const cls = classCode(ascii, false);
    if (cls) alts.push(cls);
  }
  for (const cp of set.multi) alts.push(utf8(cp));
  if (alts.length === 0) return `[${b(0xff)}]`; // `[]` matches nothing: a payload byte never starts a character
  if (alts.length === 1 && alts[0].startsWith("[") && !set.ws) return alts[0];
  return "(?:" + alts.join("|") + ")";
}

