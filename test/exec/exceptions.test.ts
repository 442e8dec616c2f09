import { program } from "../harness";

test("throw and catch Error objects: message, name, toString, instanceof", () =>
  program`
    function fail(kind: number): never {
      if (kind === 0) throw new Error("boom");
      if (kind === 1) throw new TypeError("bad type");
      if (kind === 2) throw new RangeError("out of range");
      throw new Error();
    }
    for (let k = 0; k < 4; k++) {
      try {
        fail(k);
      } catch (e) {
        if (e instanceof Error) {
          console.log(e.name, "|", e.message, "|", String(e), "|", "" + e);
          console.log(e instanceof TypeError, e instanceof RangeError, e instanceof Error);
        }
      }
    }
  `.expectToMatchNode());

test("Error.prototype.toString", () =>
  program`
    const errs = [new Error("m"), new Error(), new TypeError("t"), new RangeError("")];
    for (const e of errs) console.log(e.toString());
  `.expectToMatchNode());

test("catch without binding, rethrow, nested try", () =>
  program`
    function risky(n: number): number {
      if (n > 2) throw new Error("too big: " + n);
      return n * 2;
    }
    try {
      risky(5);
    } catch {
      console.log("caught without binding");
    }
    function wrapper(n: number): number {
      try {
        return risky(n);
      } catch (e) {
        console.log("wrapper saw", (e as Error).message);
        throw e;
      }
    }
    try {
      console.log(wrapper(1));
      console.log(wrapper(3));
    } catch (e) {
      console.log("outer saw", (e as Error).message);
    }
    try {
      try {
        throw new Error("inner");
      } catch (e) {
        throw new Error("from catch: " + (e as Error).message);
      } finally {
        console.log("inner finally");
      }
    } catch (e) {
      console.log((e as Error).message);
    }
  `.expectToMatchNode());

test("String(error) and concatenation use Error.prototype.toString", () =>
  program`
    const errs = [new Error("m"), new Error(), new TypeError("t"), new RangeError("")];
    for (const e of errs) console.log(String(e), "[" + e + "]", \`\${e}\`);
    class Named extends Error {
      constructor() {
        super("with name");
        this.name = "";
      }
    }
    console.log(String(new Named()));
  `.expectToMatchNode());

test("throwing non-Error values", () =>
  program`
    function thrower(k: number) {
      if (k === 0) throw "a string";
      if (k === 1) throw 42;
      if (k === 2) throw { code: 7 };
      if (k === 3) throw null;
      throw undefined;
    }
    for (let k = 0; k < 5; k++) {
      try {
        thrower(k);
      } catch (e) {
        console.log(typeof e, e === null, e === undefined);
        if (typeof e === "string") console.log("string:", e);
        if (typeof e === "number") console.log("number:", e + 1);
        if (typeof e === "object" && e !== null) console.log("code", (e as { code: number }).code);
      }
    }
  `.expectToMatchNode());

test("finally runs on return, break and continue; return in finally wins", () =>
  program`
    const log: string[] = [];
    function f(): string {
      try {
        log.push("try");
        return "from try";
      } finally {
        log.push("finally");
      }
    }
    console.log(f(), log.length);
    function g(): number {
      try {
        throw new Error("x");
      } catch (e) {
        return 1;
      } finally {
        console.log("g finally");
      }
    }
    console.log(g());
    function h(): number {
      try {
        return 1;
      } finally {
        // eslint-disable-next-line no-unsafe-finally
        return 2;
      }
    }
    console.log(h());
    for (let i = 0; i < 3; i++) {
      try {
        if (i === 0) continue;
        if (i === 2) break;
        console.log("body", i);
      } finally {
        console.log("finally", i);
      }
    }
    let w = 0;
    while (true) {
      try {
        w++;
        if (w < 3) continue;
        break;
      } finally {
        console.log("w finally", w);
      }
    }
    function order(): string {
      let s = "";
      try {
        try {
          s += "a";
          throw new Error("e");
        } finally {
          s += "b";
        }
      } catch (e) {
        s += "c";
      } finally {
        s += "d";
      }
      return s;
    }
    console.log(order());
  `.expectToMatchNode());

test("native Python errors surface as JS errors", () =>
  program`
    function depth(n: number): number {
      return depth(n + 1) + 1;
    }
    try {
      depth(0);
    } catch (e) {
      console.log(e instanceof RangeError, (e as Error).name);
    }
    console.log("after");
  `.expectToMatchNode());

test("an uncaught error ends the program with a failure", () =>
  program`
    console.log("before");
    function go(): void {
      throw new Error("boom");
    }
    go();
    console.log("after");
  `.expectToMatchNode());

test("catch parameter scoping and shadowing", () =>
  program`
    const e = "outer";
    try {
      throw new Error("inner");
    } catch (e) {
      console.log((e as Error).message);
    }
    console.log(e);
    let result = "";
    for (const k of [1, 2]) {
      try {
        if (k === 2) throw new Error("k" + k);
        result += "ok" + k;
      } catch (err) {
        result += "err:" + (err as Error).message;
      }
    }
    console.log(result);
  `.expectToMatchNode());

test("Error subclass declared as a class", () =>
  program`
    class ValidationError extends Error {
      field: string;
      constructor(field: string, message: string) {
        super(message);
        this.name = "ValidationError";
        this.field = field;
      }
    }
    class Plain extends Error {}
    function check(v: number) {
      if (v < 0) throw new ValidationError("v", "must be >= 0");
      if (v > 100) throw new Plain("too large");
    }
    for (const v of [-1, 5, 101]) {
      try {
        check(v);
        console.log("ok", v);
      } catch (e) {
        if (e instanceof ValidationError) console.log(e.name, e.field, e.message, e instanceof Error);
        else if (e instanceof Error) console.log(e.name, e.message, e instanceof Plain, String(e));
      }
    }
  `.expectToMatchNode());

test("destructuring catch binding and identity of rethrown values", () =>
  program`
    try {
      throw new RangeError("bad range");
    } catch ({ name, message }: any) {
      console.log(name, message);
    }
    const original = new Error("same");
    try {
      try {
        throw original;
      } catch (e) {
        throw e;
      }
    } catch (e2) {
      console.log(e2 === original);
    }
  `.expectToMatchNode());

test("calling undefined surfaces as a JS TypeError", () =>
  program`
    const maybe: any = undefined;
    try {
      maybe();
    } catch (e) {
      console.log(e instanceof TypeError, e instanceof Error, (e as Error).name);
    }
  `.expectToMatchNode());

test("an error's message is not enumerable; assigned fields are", () =>
  program`
    const e = new Error("hidden");
    console.log(Object.keys(e).length, JSON.stringify(e), e.message);
    e.message = "changed";
    console.log(e.message, Object.keys(e).length);
    class Coded extends Error {
      code: number;
      constructor(code: number) {
        super("code " + code);
        this.name = "Coded";
        this.code = code;
      }
    }
    const c = new Coded(7);
    console.log(Object.keys(c).join(","), JSON.stringify(c), c.message, String(c));
  `.expectToMatchNode());
