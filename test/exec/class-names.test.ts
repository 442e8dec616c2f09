import { program } from "../harness";

test("constructor.name and Class.name give the JS class name", () =>
  program`
    class Animal {
      describe() { return this.constructor.name + ":" + Animal.name; }
    }
    class Dog extends Animal {}
    class print {}
    const a: Animal[] = [new Animal(), new Dog()];
    console.log(a.map((x) => x.describe()).join(" "), Dog.name, print.name, new print().constructor.name);
  `.expectToMatchNode());

test("the name of a plain function stays refused", () =>
  program`
    function f() {}
    console.log(f.name);
  `.expectDiagnostic("TSMPY1007", 2));

test("an instance's own name property is not the class name", () =>
  program`
    class Named { name = "mine"; }
    class E1 extends Error {}
    const e = new E1("x");
    console.log(new Named().name, e.name, Named.name, E1.name);
  `.expectToMatchNode());
