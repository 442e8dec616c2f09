import { program as base, ProgramCase } from "../harness";

// Entry named app.ts (main.ts is a reserved module name on the device).
const program = (s: TemplateStringsArray, ...v: unknown[]) => new ProgramCase({ "app.ts": Object.values(base(s, ...v).files)[0] }, "app.ts");

test("stringify indentation with arrays of objects and empty containers", () =>
  program`
    const data = { list: [{ a: 1, b: [] }, { a: 2, b: [{}] }], meta: { count: 2, tags: [] as string[] } };
    console.log(JSON.stringify(data, null, 4));
    console.log(JSON.stringify([[], {}, [[]]], null, "\\t"));
  `.expectToMatchNode());

test("stringify escapes", () =>
  program`
    const s = "quote\\" back\\\\ nl\\n cr\\r tab\\t bs\\b ff\\f nul\\u0000 us\\u001f del\\u007f ls\\u2028 é 😀 </script>";
    console.log(JSON.stringify(s));
    console.log(JSON.stringify({ [s]: 1 }));
  `.expectToMatchNode());

test("stringify number formatting and number-keyed records", () =>
  program`
    console.log(JSON.stringify([0.1, 1e-7, 123456789012345680000, -1.5e-10, 2 ** 53, 1 / 3, -0]));
    const r: Record<number, string> = {};
    r[10] = "ten"; r[2] = "two"; r[1.5] = "x";
    console.log(JSON.stringify(r));
  `.expectToMatchNode());

test("stringify toJSON and nested undefined", () =>
  program`
    class Money {
      constructor(public cents: number) {}
      toJSON() { return (this.cents / 100).toFixed(2); }
    }
    console.log(JSON.stringify({ price: new Money(1999), none: undefined, list: [undefined, new Money(5)] }));
    console.log(JSON.stringify(undefined), JSON.stringify([undefined]), JSON.stringify({ a: undefined }));
  `.expectToMatchNode());

test("parse whitespace, duplicate keys and numbers", () =>
  program`
    const v = JSON.parse(' \\n\\t{ "a" : 1 , "b":[ ] ,"a": 2, "n": -0.5e+2, "big": 12345678901234567890, "z": 0 } ');
    console.log(JSON.stringify(v), Object.keys(v).join(","), v.n, v.big);
  `.expectToMatchNode());

test("parse then modify and stringify again", () =>
  program`
    interface Todo { id: number; title: string; done: boolean }
    const todos: Todo[] = JSON.parse('[{"id":1,"title":"a","done":false},{"id":2,"title":"b","done":true}]');
    todos.push({ id: 3, title: "c", done: false });
    todos[0].done = true;
    const open = todos.filter((t) => !t.done).map((t) => t.title);
    console.log(open.join(","), JSON.stringify(todos));
  `.expectToMatchNode());

test("parse errors carry SyntaxError messages", () =>
  program`
    for (const s of ["[1, 2", "{\\"a\\" 1}", "nul", "1 2", "\\"abc"]) {
      try {
        JSON.parse(s);
      } catch (e) {
        console.log(e instanceof SyntaxError, e instanceof Error);
      }
    }
  `.expectToMatchNode());

test("Object helpers on parsed and class values", () =>
  program`
    class Pt { x = 1; y = 2; }
    const p = new Pt();
    console.log(Object.keys(p).join(","), JSON.stringify(Object.entries(p)), Object.values(p).join("+"));
    const o = JSON.parse('{"2":"b","1":"a","k":"v"}');
    console.log(Object.keys(o).join(","), Object.values(o).join(""));
    const copy = Object.assign({}, p, { z: 3 });
    console.log(JSON.stringify(copy));
  `.expectToMatchNode());

test("parse error messages match V8's", () =>
  program`
    const bad = ["[1, 2", '{"a" 1}', "nul", "1 2", '"abc', "", "{", "[1,]", '{"a":1,}', "tru", "01", "{'a':1}", "[1 2]", "-", "1.",
      '"a\\nb"', '{"a":}', "  ", "[", "x", '"\\\\x"', '"\\\\u12"', "1e", "1e+", "[1,", '{"a":1', '{"a"', '{"a":', "trux", "[tru]",
      '{"a":1 "b":2}', "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,x]", "abcdefghijklmnopqrstuvwxyz0123456789",
      "-x", "+1", ".5", "[-]", '"\\t"', "{,}", "[,1]", "[1,2,3,4,5,6,7,8,9,x,11,12,13,14,15,16,17,18]"];
    for (const s of bad) {
      try {
        JSON.parse(s);
        console.log("ok?", s);
      } catch (e) {
        console.log((e as Error).name, (e as Error).message);
      }
    }
  `.expectToMatchNode());
