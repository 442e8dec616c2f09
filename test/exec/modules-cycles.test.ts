// Import cycles: bindings imported inside a cycle are read through their module at use time.
import { ProgramCase, dedent } from "../harness";

function files(spec: Record<string, string>): ProgramCase {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(spec)) out[k] = dedent(v);
  return new ProgramCase(out);
}

test("a hoisted function of a module still initialising is callable from the other side of a cycle", () =>
  files({
    "main.ts": `import { f } from "./pkg/a"; console.log("main", f());`,
    "pkg/a.ts": `
      import { g } from "./b";
      export function f(): string { return "f"; }
      console.log("a top", g());
    `,
    "pkg/b.ts": `
      import { f } from "./a";
      export function g(): string { return "g+" + f(); }
      console.log("b top", f());
    `,
  }).expectToMatchNode());

test("a three-module cycle in nested folders, with namespace imports", () =>
  files({
    "main.ts": `import * as x from "./x/x"; console.log(x.run(5));`,
    "x/x.ts": `import * as y from "../y/y"; export function run(n: number): number { return n <= 0 ? 0 : y.step(n); }`,
    "y/y.ts": `import { more } from "../z/z"; export function step(n: number): number { return 1 + more(n - 1); }`,
    "z/z.ts": `import { run } from "../x/x"; export function more(n: number): number { return run(n); }`,
  }).expectToMatchNode());
