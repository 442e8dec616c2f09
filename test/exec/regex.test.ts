// Regular expressions on MicroPython's re (re1.5): literals and new RegExp of constant strings
// in test/exec/match/matchAll/replace/replaceAll/search/split, lastIndex, printing, and a coded
// refusal for every feature the engine cannot reproduce.
import { program } from "../harness";

test("test() with classes, anchors, quantifiers and alternation", () =>
  program`
    const inputs = ["abc", "ABC", "a1", "", "hello world", "2024-01-31", "x-y_z"];
    for (const s of inputs) {
      console.log(JSON.stringify(s), /^[a-z]+$/.test(s), /\\d/.test(s), /^\\w+$/.test(s), /o w|x-/.test(s), /^\\d{4}-\\d{2}-\\d{2}$/.test(s));
    }
  `.expectToMatchNode());

test("exec() returns a match array with index and input, or null", () =>
  program`
    const m = /(\\d+)-(\\d+)/.exec("range 10-20 and 30-40");
    console.log(m);
    if (m) console.log(m[0], m[1], m[2], m.index, m.input, m.length);
    console.log(/z/.exec("abc"));
  `.expectToMatchNode());

test("a global regex's exec loop follows lastIndex", () =>
  program`
    const re = /o(\\w)/g;
    const s = "foo boat cool";
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) console.log(m[0], m[1], m.index, re.lastIndex);
    console.log(re.lastIndex);
  `.expectToMatchNode());

test("test() with g advances lastIndex between calls", () =>
  program`
    const re = /a/g;
    console.log(re.test("banana"), re.lastIndex, re.test("banana"), re.lastIndex, re.test("banana"), re.lastIndex, re.test("banana"), re.lastIndex);
    re.lastIndex = 5;
    console.log(re.test("banana"), re.lastIndex);
    re.lastIndex = 100;
    console.log(re.test("banana"), re.lastIndex);
    re.lastIndex = 1.7;
    console.log(re.test("banana"), re.lastIndex);
    re.lastIndex = -3;
    console.log(re.exec("banana")?.index, re.lastIndex);
  `.expectToMatchNode());

test("each evaluation of a literal is a new RegExp with its own lastIndex", () =>
  program`
    function hasA(s: string): boolean {
      const re = /a/g;
      return re.test(s);
    }
    console.log(hasA("a"), hasA("a"), hasA("xa"));
    const made: RegExp[] = [];
    for (let i = 0; i < 2; i++) made.push(/b/g);
    made[0].test("bb");
    console.log(made[0].lastIndex, made[1].lastIndex, made[0] === made[1]);
  `.expectToMatchNode());

test("match without g is exec; with g the list of matches, or null", () =>
  program`
    const s = "a1b22c333";
    console.log(s.match(/\\d+/));
    console.log(s.match(/\\d+/g));
    console.log(s.match(/x/g), s.match(/x/));
    console.log("aaa".match(/a*?/g), "abc".match(/(?:)/g));
  `.expectToMatchNode());

test("captures that take no part are undefined", () =>
  program`
    const m = "b".match(/(a)?b/);
    console.log(m, m![1] === undefined);
    console.log("ac".match(/(a)(b)?(c)/));
    console.log("x".replace(/(y)?x/, "[$1]"), "xy".split(/(q)?y/));
  `.expectToMatchNode());

test("matchAll yields match arrays", () =>
  program`
    const text = "k1=v1; k2=v2; k3=v3";
    for (const m of text.matchAll(/(\\w+)=(\\w+)/g)) console.log(m[1], "->", m[2], "at", m.index);
    console.log([..."a1b2c3".matchAll(/[a-z](\\d)/g)].map((m) => m[1]).join(""));
    console.log(Array.from("xx".matchAll(/y/g)).length);
  `.expectToMatchNode());

test("replace: first match, or every match with g", () =>
  program`
    const s = "one two three two one";
    console.log(s.replace(/two/, "2"), s.replace(/two/g, "2"), s.replace(/o/g, ""), s.replace(/^\\w+/, "ONE"));
    console.log(s.replaceAll(/o(n|w)/g, "0$1"), s.replace(/z/g, "!"));
  `.expectToMatchNode());

test("replacement patterns $&, $1, $$, $\` and $'", () =>
  program`
    const s = "John Smith";
    console.log(s.replace(/(\\w+)\\s(\\w+)/, "$2, $1"));
    console.log(s.replace(/o/, "[$&]"), s.replace(/o/, "$$"), s.replace(/S/, "<$\\\`|$'>"));
    console.log(s.replace(/(J)/, "$2$1$0$10$01"), "abcdefghijk".replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, "$11-$10-$1"));
    console.log(s.replace(/(?:Smith)/, "$<name>"), s.replace(/h/g, "$"));
  `.expectToMatchNode());

test("replace with a function gets the match, captures, offset and string", () =>
  program`
    const s = "a1b22c333";
    console.log(s.replace(/\\d+/g, (d) => "<" + d.length + ">"));
    console.log(s.replace(/([a-z])(\\d+)/g, (all, l, d, off) => l.toUpperCase() + off + ":" + d.length + ";"));
    console.log(s.replace(/([a-z])(\\d+)/g, (all: string, l: string, d: string, off: number, str: string) => "(" + all + " " + str.length + ")"));
    console.log("x".replace(/(y)?x/, (m, y) => String(y)));
    console.log("abc".replace(/b/, () => "" + 42));
  `.expectToMatchNode());

test("search gives the first index or -1", () =>
  program`
    const s = "hello world";
    console.log(s.search(/o/), s.search(/w\\w+/), s.search(/z/), s.search(/^/), s.search(/$/));
  `.expectToMatchNode());

test("split on a regex: separators, captures spliced in, limit", () =>
  program`
    console.log("a, b,c ,  d".split(/\\s*,\\s*/));
    console.log("one  two\\tthree\\nfour".split(/\\s+/));
    console.log("a1b2c3".split(/(\\d)/));
    console.log("a1b2c3".split(/\\d/, 2), "a1b2c3".split(/(\\d)/, 4), "abc".split(/b/, 0));
    console.log("abc".split(/(?:)/), "abc".split(/x*/), "".split(/x/), "".split(/(?:)/));
    console.log("a,b,".split(/,/), ",a".split(/,/), "test".split(/t/));
  `.expectToMatchNode());

test("split with a global regex and with empty matches between separators", () =>
  program`
    console.log("2024-01-31".split(/-/g), "a--b".split(/-*/), "ab".split(/a*?/));
  `.expectToMatchNode());

test("the i flag matches ASCII letters either case, in classes too", () =>
  program`
    console.log(/hello/i.test("HeLLo"), /[a-c]+/i.exec("xxABCabcD")![0], /[^a-z]+/i.exec("abcXYZ123def")![0]);
    console.log("Straße STRASSE".replace(/s/gi, "_"), /k/i.test("\\u212a"));
  `.expectToMatchNode());

test("the i flag with non-ASCII letters follows JS's case folding without u", () =>
  program`
    console.log(/é/i.test("É"), /[éà]+/i.exec("xÀÉé")![0], /σ/i.test("ς"), /ς/i.test("Σ"), /ÿ/i.test("Ÿ"), /ſ/i.test("s"), /k/i.test("\\u212a"));
    console.log("Ärger ärger".replace(/ä/gi, "ae"), "İstanbul".match(/i/gi));
  `.expectToMatchNode());

test("the s flag lets . match line terminators", () =>
  program`
    console.log(/a.c/.test("a\\nc"), /a.c/s.test("a\\nc"), /a.c/.test("a\\rc"), /a.c/.test("a\\u2028c"), /a.c/s.test("a\\u2028c"));
    console.log("l1\\nl2\\r\\nl3".match(/.+/g));
  `.expectToMatchNode());

test("counted repetition {n}, {n,}, {n,m} and their lazy forms", () =>
  program`
    const s = "aaaaaaa";
    console.log(s.match(/a{3}/g), s.match(/a{2,}/g), s.match(/a{2,3}/g), s.match(/a{2,3}?/g), s.match(/a{0,2}/g));
    console.log(/^\\d{3}-\\d{3,4}$/.test("555-1234"), /^\\d{3}-\\d{3,4}$/.test("555-12"), /x{,2}/.test("x{,2}"), /a{/.test("a{"));
  `.expectToMatchNode());

test("lazy quantifiers", () =>
  program`
    const html = "<b>bold</b> and <i>it</i>";
    console.log(html.match(/<.+?>/g), html.match(/<.+>/g), html.replace(/<(\\w+)>(.*?)<\\/\\w+>/g, "[$2]"));
  `.expectToMatchNode());

test("non-capturing groups, nested groups and alternation", () =>
  program`
    console.log("catdogbird".match(/(?:cat|dog)+/)![0], "2024-01".match(/((\\d+)-(\\d+))/));
    console.log("abcabc".replace(/(a(b)(c))/g, "<$1|$2|$3>"), /^(?:yes|no|maybe)$/.test("maybe"), /^(?:yes|no)$/.test("yesno"));
  `.expectToMatchNode());

test("escapes: \\t \\n \\x41 \\u00e9 \\cJ and escaped syntax characters", () =>
  program`
    console.log(/a\\tb/.test("a\\tb"), /\\x41\\u00e9/.test("Aé"), /\\cJ/.test("\\n"), /\\v\\f/.test("\\v\\f"));
    console.log("a.b*c+d?e(f)g[h]i{j}k|l^m$n/o\\\\p".replace(/[.*+?()[\\]{}|^$\\/\\\\]/g, "_"));
    console.log(/\\./.test("x"), /\\$\\d/.exec("cost: $5")![0], /[\\b]/.test("\\b"));
  `.expectToMatchNode());

test("character class escapes and ranges", () =>
  program`
    console.log("a-1z".match(/[\\d-z]/g), "a-1z".match(/[\\w-]/g));
    const s = "Ab_9 -é!\\t";
    console.log(s.match(/\\w/g), s.match(/\\W/g), s.match(/\\d/g), s.match(/\\D/g)!.length, s.match(/\\s/g), s.match(/\\S/g)!.length);
    console.log(s.match(/[\\w-]/g), s.match(/[^\\w\\s]/g), s.match(/[a-zA-Z0-9]/g), "a-z".match(/[a\\-z]/g), "]x".match(/[\\]]/g));
  `.expectToMatchNode());

test("non-ASCII subjects: indices count characters, . and negated classes take whole characters", () =>
  program`
    const s = "héllo wörld ñ";
    console.log(s.search(/w/), s.match(/w(.)r/), s.replace(/[^a-z ]/g, "?"), s.split(/ö/), /^.{5}$/.test("héllo"));
    console.log("日本語テキスト".match(/.{2}/g), "naïve café".replace(/é|ï/g, (c) => c.toUpperCase()));
    const re = /[éö]/g;
    re.test(s);
    console.log(re.lastIndex);
  `.expectToMatchNode());

test("non-ASCII literals in patterns, quantified", () =>
  program`
    console.log("xééy".match(/é+/)![0], "über".replace(/^ü/, "ue"), /[äöü]+/.exec("Grüße")![0], "€€€".split(/€/));
  `.expectToMatchNode());

test("JS whitespace in \\s and \\S: no-break space, ideographic space, BOM", () =>
  program`
    const s = "a\\u00a0b\\u3000c\\ufeffd e\\u2028f";
    console.log(s.split(/\\s/).length, s.replace(/\\s/g, "_"), s.match(/\\S+/g), /^\\s+$/.test("\\u00a0\\u2003\\t"));
  `.expectToMatchNode());

test("anchors ^ and $ only at the ends of the input", () =>
  program`
    console.log(/^b/.test("a\\nb"), /a$/.test("a\\nb"), /a$/.test("ba"), "aXa".replace(/^a|a$/g, "_"), "abc".replace(/$/, "!"));
  `.expectToMatchNode());

test("the m flag is accepted where the pattern has no anchors", () =>
  program`
    console.log("a\\nb".match(/\\w/gm), /x/m.flags);
  `.expectToMatchNode());

test("new RegExp with constant strings", () =>
  program`
    const re = new RegExp("(\\\\d+)px", "g");
    console.log("10px 20px".replace(re, "$1em"), re.source, re.flags, re.global);
    const PLAIN = "a/b";
    const r2 = new RegExp(PLAIN);
    console.log(r2.source, r2.test("xa/by"), RegExp("x").test("yx"), new RegExp("").source);
  `.expectToMatchNode());

test("RegExp properties and toString", () =>
  program`
    const re = /a(b)c/gi;
    console.log(re.source, re.flags, re.global, re.ignoreCase, re.multiline, re.dotAll, re.sticky, re.unicode, re.lastIndex);
    console.log(re.toString(), /x/.toString(), /x/sg.flags);
  `.expectToMatchNode());

test("console.log prints RegExp objects and match arrays like Node", () =>
  program`
    console.log(/ab+c/gi, [/x/, /y\\/z/]);
    console.log({ re: /a/, m: "xay".match(/(a)/) });
    console.log("abcdefg".match(/(a)(b)(c)(d)(e)(f)/));
    console.log("2024-01-31".match(/(\\d+)-(\\d+)-(\\d+)/));
  `.expectToMatchNode());

test("match arrays behave as arrays", () =>
  program`
    const m = "key=value".match(/(\\w+)=(\\w+)/)!;
    const [, k, v] = m;
    console.log(k, v, m.slice(1), m.map((x) => x.length), m.length, m.includes("key"), m.join("|"));
    for (const part of m) console.log(part);
  `.expectToMatchNode());

test("match arrays in JSON, templates, concat, flatMap and union-typed calls", () =>
  program`
    const m = "k=v".match(/(\\w)=(\\w)/)!;
    console.log(JSON.stringify(m), String(m.length), ["0"].concat(m, m), ["a=b", "c=d"].flatMap((s) => s.match(/(\\w)=(\\w)/)!));
    const either = "x1".match(/(\\d)/) ?? [];
    console.log(either.map((x) => x + "!"), Array.isArray(m));
  `.expectToMatchNode());

test("RegExp objects and match arrays seen as objects: JSON, keys, values, entries", () =>
  program`
    const r = /a(b)?/g;
    const m = "xab".match(/a(b)?/)!;
    console.log(JSON.stringify(r), JSON.stringify({ r }), typeof r, Object.keys(r), [r].join(" "));
    console.log(JSON.stringify(m), Object.keys(m), Object.values(m), Object.entries(m).length);
    r.lastIndex = 2;
    console.log(r.exec("abab"), r.lastIndex);
  `.expectToMatchNode());

test("a RegExp reaching replace and split through a string | RegExp union or any", () =>
  program`
    function swap(s: string, p: string | RegExp, r: string): string {
      return s.replace(p, r);
    }
    function parts(s: string, p: string | RegExp): string[] {
      return s.split(p);
    }
    console.log(swap("a-b-c", "-", "+"), swap("a-b-c", /-/g, "+"), swap("a1b2", /(\\d)/, "<$1>"));
    console.log(parts("a, b,c", ","), parts("a, b,c", /\\s*,\\s*/));
    const loose: any = /o/g;
    const text = "foo boo";
    console.log(text.replace(loose, "0"), text.replaceAll(loose, (m: string) => m.toUpperCase()), text.split(loose).length);
    const once: any = /o/;
    try {
      text.replaceAll(once, "0");
    } catch (e) {
      console.log((e as Error).name);
    }
  `.expectToMatchNode());

test("a RegExp passed to functions and stored in objects", () =>
  program`
    const rules: { name: string; re: RegExp }[] = [
      { name: "digits", re: /^\\d+$/ },
      { name: "word", re: /^[a-z]+$/i },
      { name: "email", re: /^[\\w.+-]+@[\\w-]+\\.[\\w.]+$/ },
    ];
    function classify(s: string): string {
      for (const r of rules) if (r.re.test(s)) return r.name;
      return "other";
    }
    for (const s of ["123", "Hello", "me@example.com", "a b"]) console.log(s, classify(s));
  `.expectToMatchNode());

test("a tokenizer with a sticky-free exec loop", () =>
  program`
    const src = "let x = 42 + y1 * (3 - z);";
    const tok = /\\s*(?:(\\d+)|([A-Za-z_]\\w*)|(\\S))/g;
    const out: string[] = [];
    let m: RegExpExecArray | null;
    while ((m = tok.exec(src)) !== null) {
      if (m[1] !== undefined) out.push("num:" + m[1]);
      else if (m[2] !== undefined) out.push("id:" + m[2]);
      else out.push("op:" + m[3]);
    }
    console.log(out.join(" "));
  `.expectToMatchNode());

test("word counting and text cleanup", () =>
  program`
    const text = "The cat sat. The cat ran! Did the dog see the cat?";
    const words = text.toLowerCase().replace(/[^a-z\\s]/g, "").split(/\\s+/);
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    console.log([...counts.entries()].filter(([, n]) => n > 1));
    console.log(text.split(/[.!?]\\s*/).filter((s) => s.length > 0));
  `.expectToMatchNode());

test("template-like substitution with a replacer function", () =>
  program`
    const vars: Record<string, string> = { name: "Ada", lang: "TS" };
    const tpl = "Hi {{name}}, you write {{ lang }} and {{missing}}.";
    console.log(tpl.replace(/\\{\\{\\s*(\\w+)\\s*\\}\\}/g, (_, k: string) => vars[k] ?? "?"));
  `.expectToMatchNode());

test("camelCase and snake_case conversions", () =>
  program`
    const camel = (s: string) => s.replace(/[-_](\\w)/g, (_, c: string) => c.toUpperCase());
    const snake = (s: string) => s.replace(/([A-Z])/g, "_$1").toLowerCase();
    console.log(camel("foo-bar_baz"), snake("fooBarBaz"), "  trim me  ".replace(/^\\s+|\\s+$/g, ""));
  `.expectToMatchNode());

test("validation patterns", () =>
  program`
    const hex = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;
    const ip = /^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$/;
    for (const s of ["#fff", "#A0b1C2", "abcd", "ff00ff"]) console.log(s, hex.test(s));
    const m = ip.exec("192.168.0.1");
    console.log(m && m.slice(1).map(Number));
    console.log(ip.test("1.2.3"), /^[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?$/.test("-1.5e10"));
  `.expectToMatchNode());

test("a regex used in a loop is compiled once and still fresh per evaluation", () =>
  program`
    const lines = ["a=1", "b = 2", "bad", "c=  3"];
    for (const line of lines) {
      const m = /^(\\w+)\\s*=\\s*(\\d+)$/.exec(line);
      console.log(m ? m[1] + ":" + m[2] : "no match: " + line);
    }
  `.expectToMatchNode());

test("replaceAll with a global regex and a plain-text regex", () =>
  program`
    console.log("a.b.c".replaceAll(/\\./g, "/"), "x1y2".replaceAll(/\\d/g, (d) => String(Number(d) * 2)), "aaa".replaceAll(/a/g, "$&$&"));
  `.expectToMatchNode());

test("plain-text regex literals keep the string fast path", () =>
  program`
    console.log("a-b-c".split(/-/), "a-b-c".replace(/-/g, "+"), "a-b-c".replace(/-/, "+"), "a-b-c".split(/-/g));
  `.expectToMatchNode());

test("an empty regex matches everywhere", () =>
  program`
    console.log("ab".replace(/(?:)/g, "-"), /(?:)/.test(""), "ab".match(/(?:)/g), new RegExp("").test("x"));
  `.expectToMatchNode());

test("thrown errors from a replacer propagate", () =>
  program`
    try {
      "abc".replace(/b/, () => { throw new Error("no b"); });
    } catch (e) {
      console.log((e as Error).message);
    }
  `.expectToMatchNode());

test("the matched text and index of a match at the end and an empty match at the end", () =>
  program`
    console.log("abc".match(/c$/), "abc".match(/$/), "abc".match(/x*$/));
  `.expectToMatchNode());

// ---- refused features, each with its diagnostic ----
const refusals: [string, string][] = [
  ["the word boundary \\b", String.raw`console.log(/\bcat\b/.test("a cat"));`],
  ["\\B", String.raw`console.log(/\Bat/.test("cat"));`],
  ["a backreference", String.raw`console.log(/(a)\1/.test("aa"));`],
  ["a named group", String.raw`console.log(/(?<y>\d+)/.exec("2024"));`],
  ["a lookahead", String.raw`console.log(/a(?=b)/.test("ab"));`],
  ["a negative lookahead", String.raw`console.log(/a(?!b)/.test("ac"));`],
  ["a lookbehind", String.raw`console.log(/(?<=a)b/.test("ab"));`],
  ["the y flag", String.raw`console.log(/a/y.test("a"));`],
  ["the u flag", String.raw`console.log(/a/u.test("a"));`],
  ["the d flag", String.raw`console.log(/a/d.exec("a"));`],
  ["the m flag with ^", String.raw`console.log(/^b/m.test("a b"));`],
  ["a repeated empty-matching part", String.raw`console.log(/(a*)*b/.test("aab"));`],
  ["a capture that may skip an iteration", String.raw`console.log(/(?:(a)|b)+/.exec("ab"));`],
  ["a counted repetition of a capture", String.raw`console.log(/(ab){2}/.exec("abab"));`],
  ["a NUL character", String.raw`console.log(/a\0/.test("a"));`],
  ["a non-ASCII range", String.raw`console.log(/[à-ÿ]/.test("é"));`],
  ["a negated escape mixed into a class", String.raw`console.log(/[\Sx]/.test("a"));`],
  ["a non-ASCII character in a negated class", String.raw`console.log(/[^é]/.test("e"));`],
  ["a capture in a nested loop that may run zero times", String.raw`console.log(/(?:(?:(a))*b)+/.exec("abb"));`],
  ["a class escape as a range end", String.raw`console.log(/[a-\d]/.test("-"));`],
  ["the m flag with $", String.raw`console.log(/a$/m.test("a b"));`],
  ["an optional capture inside a loop", String.raw`console.log(/(?:(a)?b)+/.exec("abb"));`],
  ["a part too large for the engine", String.raw`console.log(/(?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|sigma|tau)+/.test("pi"));`],
];
for (const [what, src] of refusals) {
  test(`refused: ${what}`, () => program([src] as unknown as TemplateStringsArray).expectDiagnostic("TSMPY1606", 1));
}

test("a RegExp built at run time is refused", () =>
  program`
    const word = ["a", "b"].join("");
    console.log(new RegExp(word).test("ab"));
  `.expectDiagnostic("TSMPY1607", 2));

test("matchAll and replaceAll with a non-global regex are refused", () =>
  program`
    console.log("ab".replaceAll(/a/, "x"));
  `.expectDiagnostic("TSMPY1608", 1));

test("matchAll with a non-global regex is refused", () =>
  program`
    console.log([..."ab".matchAll(/a/)]);
  `.expectDiagnostic("TSMPY1608", 1));

test("a regex given to a method of an any-typed value is refused", () =>
  program`
    const x: any = "ab";
    console.log(x.replace(/a/, "b"));
  `.expectDiagnostic("TSMPY1602", 2));
