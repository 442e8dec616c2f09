import { program as base, ProgramCase } from "../harness";

// Entry named app.ts (main.ts is a reserved module name on the device).
const program = (s: TemplateStringsArray, ...v: unknown[]) => new ProgramCase({ "app.ts": Object.values(base(s, ...v).files)[0] }, "app.ts");

test("split and join round trips with limits and long separators", () =>
  program`
    const s = "a,b,c,d";
    console.log(s.split(",", 2).join(";"), s.split(",", 10).length, s.split(",", -1).length, "ab".split("abc").length, s.split(",,").length);
    console.log(JSON.stringify(",a,".split(",")), JSON.stringify("aXbXc".split("X", 1)));
  `.expectToMatchNode());

test("padStart and padEnd edge cases", () =>
  program`
    console.log("[" + "abc".padStart(6, "12345") + "]", "[" + "abc".padEnd(6, "") + "]", "[" + "abc".padStart(0) + "]", "[" + "".padEnd(3, "ab") + "]");
    const time = (h: number, m: number) => String(h).padStart(2, "0") + ":" + String(m).padStart(2, "0");
    console.log(time(7, 5), time(12, 30));
  `.expectToMatchNode());

test("repeat, substring and substr with unusual arguments", () =>
  program`
    console.log("ab".repeat(2.7), "x".repeat(0).length, "hello".substring(NaN, 2), "hello".substring(3, -1), "hello".substr(-3, -1).length, "hello".substr(1, 100));
    try {
      "a".repeat(Infinity);
    } catch (e) {
      console.log(e instanceof RangeError);
    }
  `.expectToMatchNode());

test("charCodeAt with fractional index and fromCharCode wrapping", () =>
  program`
    const s = "abc";
    console.log(s.charCodeAt(1.9), s.charAt(2.5), String.fromCharCode(65 + 65536), String.fromCharCode(0x263a));
  `.expectToMatchNode());

test("replace with offsets, literal $1 and $<name>", () =>
  program`
    const s = "cat hat cat";
    console.log(s.replace("cat", (m, off) => m.toUpperCase() + off));
    console.log(s.replaceAll("cat", (m, off) => "[" + off + "]"));
    console.log(s.replace("hat", "$1"), s.replace("hat", "$<n>"), s.replace("hat", "$"), s.replace("hat", "$$$&"));
    console.log("aaa".replaceAll("aa", "b"), "x".replaceAll("x", "$&$&"));
  `.expectToMatchNode());

test("trim of whitespace-only strings; case of digits and symbols", () =>
  program`
    console.log("[" + "  \\t\\n ".trim() + "]", "a1-B2_ç".toUpperCase(), "A1-B2_Ç".toLowerCase());
  `.expectToMatchNode());

test("startsWith, endsWith and includes with positions", () =>
  program`
    const s = "hello";
    console.log(s.startsWith("lo", 3), s.startsWith("h", 10), s.startsWith("", 10), s.endsWith("hel", 3), s.endsWith("o", 100), s.endsWith("h", -1));
    console.log(s.includes("h", -5), s.includes("o", 5), s.includes("", 99), s.indexOf("l", 3.5));
  `.expectToMatchNode());

test("string methods on values from objects and arrays", () =>
  program`
    interface User { first: string; last: string }
    const users: User[] = [{ first: "ada", last: "lovelace" }, { first: "alan", last: "turing" }];
    const full = users.map((u) => u.first[0].toUpperCase() + u.first.slice(1) + " " + u.last.toUpperCase());
    console.log(full.join("; "));
    const initials = users.map((u) => (u.first.charAt(0) + u.last.charAt(0)).toUpperCase()).join("");
    console.log(initials, users.filter((u) => u.last.includes("ing")).length);
  `.expectToMatchNode());

test("JSON parse of surrogate pairs and escapes", () =>
  program`
    const s: string = JSON.parse('"\\\\ud83d\\\\ude00 \\\\u00e9\\\\t"');
    console.log(s, s.length === 4 || s.length === 5, JSON.stringify(s));
  `.expectToMatchNode());

test("fromCharCode combines surrogate pairs", () =>
  program`
    const face = String.fromCharCode(0xd83d, 0xde00);
    console.log(face, face === "😀", String.fromCharCode(104, 0xd83d, 0xde00, 105));
  `.expectToMatchNode());
