import { program } from "../harness";

test("hello", () => program`console.log("hello, world");`.expectToMatchNode());

test("functions and arithmetic", () =>
  program`
    function add(a: number, b: number): number {
      return a + b;
    }
    const x = add(2, 3);
    console.log(x, x / 2, 10 / 5, 0.1 + 0.2, 1e21, -7 % 3);
    console.log(\`total: \${x * 2}\`, true, null, undefined);
  `.expectToMatchNode());
