import { program as base, ProgramCase } from "../harness";

// Entry named app.ts (main.ts is a reserved module name on the device).
const program = (s: TemplateStringsArray, ...v: unknown[]) => new ProgramCase({ "app.ts": Object.values(base(s, ...v).files)[0] }, "app.ts");

test("length, indexing, at, charAt, charCodeAt, codePointAt", () =>
  program`
    const s = "hello";
    console.log(s.length, s[0], s[4], s.at(0), s.at(-1), s.at(10) === undefined);
    console.log(s.charAt(1), JSON.stringify(s.charAt(10)), s.charAt(0), s.charCodeAt(0), s.charCodeAt(99), s.codePointAt(1), s.codePointAt(9));
    console.log("".length, "é".charCodeAt(0));
  `.expectToMatchNode());

test("indexOf, lastIndexOf, includes, startsWith, endsWith", () =>
  program`
    const s = "abcabc";
    console.log(s.indexOf("b"), s.indexOf("z"), s.indexOf("b", 2), s.indexOf("", 3), s.indexOf("", 99), s.indexOf("a", -5));
    console.log(s.lastIndexOf("b"), s.lastIndexOf("b", 3), s.lastIndexOf("z"), s.lastIndexOf("c", 0), s.lastIndexOf(""));
    console.log(s.includes("ca"), s.includes("x"), s.includes("a", 4), s.includes(""));
    console.log(s.startsWith("ab"), s.startsWith("b"), s.startsWith("ca", 2), s.endsWith("bc"), s.endsWith("ab", 5), s.endsWith("a", 1));
  `.expectToMatchNode());

test("slice, substring, substr", () =>
  program`
    const s = "JavaScript";
    console.log(s.slice(4), s.slice(0, 4), s.slice(-6), s.slice(-6, -3), s.slice(5, 2), s.slice(), s.slice(100));
    console.log(s.substring(4), s.substring(4, 0), s.substring(-3, 2), s.substring(2, 100), s.substring(6, 6));
    console.log(s.substr(4, 3), s.substr(-6, 2), s.substr(3), s.substr(2, -1));
    const a = 2, b = -2;
    console.log(s.slice(a, b), s.substring(b, a), s.slice(1.7));
  `.expectToMatchNode());

test("split with separators and limits", () =>
  program`
    const csv = "a,b,,c";
    console.log(JSON.stringify(csv.split(",")), JSON.stringify(csv.split(",", 2)), JSON.stringify(csv.split("")));
    console.log(JSON.stringify("".split(",")), JSON.stringify("".split("")), JSON.stringify("a b".split(" ", 0)));
    const sep = "::";
    console.log(JSON.stringify("x::y::z".split(sep)), JSON.stringify("abc".split("", 2)));
    console.log(JSON.stringify("1.2.3".split(/\\./)), JSON.stringify("a-b".split(/-/)));
  `.expectToMatchNode());

test("trim, case, repeat, pad", () =>
  program`
    const s = "  \\t hi there \\n ";
    console.log("[" + s.trim() + "]", "[" + s.trimStart() + "]", "[" + s.trimEnd() + "]");
    console.log("MiXeD".toUpperCase(), "MiXeD".toLowerCase());
    console.log("ab".repeat(3), "[" + "x".repeat(0) + "]");
    const n = 2;
    console.log("-".repeat(n));
    console.log("5".padStart(3, "0"), "5".padStart(3), "abc".padStart(2), "7".padEnd(4, "ab"), "x".padEnd(3) + "|", "1".padStart(6, "123"));
    try {
      "a".repeat(-1);
    } catch (e) {
      console.log(e instanceof RangeError);
    }
  `.expectToMatchNode());

test("replace and replaceAll with strings, $ patterns and functions", () =>
  program`
    const s = "a-b-c";
    console.log(s.replace("-", "+"), s.replaceAll("-", "+"), s.replace("x", "y"), s.replace("", "!"), s.replaceAll("", "."));
    console.log(s.replace("b", "[$&]"), s.replace("b", "$$"), s.replace("b", "$\`|$'"), s.replaceAll("-", "<$&>"));
    console.log(s.replace("b", (m) => m.toUpperCase()), s.replaceAll("-", (m, i) => String(i)));
    console.log("aaa".replace(/a/g, "b"), "a.b.c".replace(/\\./g, "/"), "x+y".replace(/\\+/, " plus "));
    const from = "-", to = "=";
    console.log(s.replace(from, to), s.replaceAll(from, to));
  `.expectToMatchNode());

test("concat, toString, String(), fromCharCode, template conversions", () =>
  program`
    const s = "ab";
    console.log(s.concat("c", "d"), s.concat(String(1), "x"), s.toString(), s.valueOf());
    console.log(String(12.5), String(true), String(null), String(undefined), String([1, [2, 3]]), String(-0), String(1e21));
    console.log(String.fromCharCode(72, 105), String.fromCharCode(65), String.fromCharCode(...[97, 98]));
    console.log(\`\${1 / 3}|\${[1, 2]}\`);
  `.expectToMatchNode());

test("string building in loops", () =>
  program`
    const words = ["alpha", "beta", "gamma"];
    let out = "";
    for (let i = 0; i < words.length; i++) {
      out += words[i].charAt(0).toUpperCase() + words[i].slice(1);
      if (i < words.length - 1) out += " ";
    }
    console.log(out);
    const counts: number[] = [];
    const text = "the cat and the hat";
    let pos = text.indexOf("the");
    while (pos !== -1) {
      counts.push(pos);
      pos = text.indexOf("the", pos + 1);
    }
    console.log(counts.join(","));
    console.log(text.split(" ").map((w) => w.length).join(","));
    console.log(text.split(" ").filter((w) => w.startsWith("h") || w.endsWith("t")).join(" "));
  `.expectToMatchNode());

// Regular expressions beyond plain text are lowered to MicroPython's re (test/exec/regex.test.ts).
test("replace with a regex class", () =>
  program`
    const s = "a1b2";
    console.log(s.replace(/[0-9]/g, ""));
  `.expectToMatchNode());

test("split on a regex class", () =>
  program`
    const s = "a1b2";
    console.log(s.split(/\\d/));
  `.expectToMatchNode());

test("a regular expression given to a method that takes none is refused", () =>
  program`
    const s: any = "a1b2";
    console.log(s.includes(/\\d/));
  `.expectDiagnostic("TSMPY1602", 2));

test("localeCompare is refused", () =>
  program`
    const r = "a".localeCompare("b");
  `.expectDiagnostic("TSMPY1603", 1));

test("normalize is refused", () =>
  program`
    const r = "a".normalize();
  `.expectDiagnostic("TSMPY1007", 1));

test("case conversion and trim beyond ASCII", () =>
  program`
    const words = ["straße", "Ærøskøbing", "ÉCOLE", "привет", "ΟΔΟΣ ΣΑΣ", "İstanbul", "ŉ", "Ω", "ǅ", "ｆｕｌｌ"];
    console.log(words.map((w) => w.toUpperCase()).join(" "));
    console.log(words.map((w) => w.toLowerCase()).join(" "));
    console.log("Ünïcödé".toUpperCase(), "plain".toUpperCase());
    const spaced = "\\u00a0\\u3000 mid \\ufeff\\u2028";
    console.log("[" + spaced.trim() + "]", "[" + spaced.trimStart().length + "]", "[" + spaced.trimEnd().length + "]");
  `.expectToMatchNode());
