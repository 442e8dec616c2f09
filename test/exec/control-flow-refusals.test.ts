import { program } from "../harness";

test("for-of over values that are not arrays or strings is refused", () => {
  program`
    function g(it: Iterable<number>) {
      for (const e of it) console.log(e);
    }
  `.expectDiagnostic("TSMPY1006", 2);
  program`
    function f(x: any) {
      for (const v of x) console.log(v);
    }
  `.expectDiagnostic("TSMPY1006", 2);
});

test("for-in over non-objects is refused", () =>
  program`
    function f(x: any) {
      for (const k in x) console.log(k);
    }
  `.expectDiagnostic("TSMPY1006", 2));

test("captured loop bindings written later in the loop or by other closures are refused", () => {
  program`
    const fs: (() => number)[] = [];
    for (let i = 0; i < 3; i++) {
      let v = i;
      const bump = () => {
        v++;
      };
      fs.push(() => v);
      bump();
    }
  `.expectDiagnostic("TSMPY1009", 5);
  program`
    const fs: (() => number)[] = [];
    for (const x of [1, 2]) {
      let acc = x;
      for (let k = 0; k < 2; k++) {
        fs.push(() => acc);
        acc += k;
      }
    }
  `.expectDiagnostic("TSMPY1009", 6);
  program`
    const fs: (() => number)[] = [];
    let n = 0;
    while (n < 3) {
      let v = n;
      for (let k = 0; k < 2; k++) {
        if (k === 1) v = 10;
        fs.push(() => v);
      }
      n++;
    }
  `.expectDiagnostic("TSMPY1009", 6);
});

test("closures created before the binding they capture are refused", () =>
  program`
    const fs: (() => number)[] = [];
    for (let i = 0; i < 3; i++) {
      fs.push(() => later);
      const later = i;
    }
  `.expectDiagnostic("TSMPY1201", 3));

test("class members capturing loop bindings are refused", () =>
  program`
    const made: object[] = [];
    for (let i = 0; i < 2; i++) {
      class C {
        get() {
          return i;
        }
      }
      made.push(new C());
    }
  `.expectDiagnostic("TSMPY1201", 4));

test("with is refused", () =>
  program`
    const o = { a: 1 };
    function f() {
      // @ts-ignore
      with (o) {
        console.log(a);
      }
    }
  `.expectDiagnostic("TSMPY1003", 4));

test("this in plain functions is refused", () => {
  program`
    const o = {
      x: 1,
      f: function () {
        return this.x;
      },
    };
  `.expectDiagnostic("TSMPY1010", 4);
  // A function declaring `this` is supported (test/exec/decorators-this.test.ts).
});
