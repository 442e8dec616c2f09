import { program } from "../harness";

test("methods read twice are the same function; listeners removed by identity", () =>
  program`
    class Button {
      clicks = 0;
      onClick() { this.clicks++; }
    }
    const b = new Button();
    const other = new Button();
    console.log(b.onClick === b.onClick, b.onClick !== b.onClick);
    const listeners: (() => void)[] = [];
    listeners.push(() => b.onClick());
    const handler = () => console.log("handled");
    listeners.push(handler);
    console.log(listeners.indexOf(handler), listeners.includes(handler));
    const idx = listeners.findIndex((l) => l === handler);
    listeners.splice(idx, 1);
    console.log(listeners.length);
  `.expectToMatchNode());

test("methods read from two objects are not compared (JS compares the prototype function)", () =>
  program`
    class A { m() {} }
    const x = new A();
    const y = new A();
    console.log(x.m === y.m);
  `.expectDiagnostic("TSMPY1006", 4));
