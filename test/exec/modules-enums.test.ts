// Enums across modules (regular and const).
import { ProgramCase, dedent } from "../harness";

function files(spec: Record<string, string>): ProgramCase {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(spec)) out[k] = dedent(v);
  return new ProgramCase(out);
}

test("regular and const enums imported from another module", () =>
  files({
    "main.ts": `
      import { Color, Mode } from "./defs";
      import * as defs from "./defs";
      console.log(Color.Green, Mode.Fast, defs.Color.Red, defs.Mode.Slow);
    `,
    "defs.ts": `
      export enum Color { Red, Green }
      export const enum Mode { Slow = 1, Fast = 2 }
    `,
  }).expectToMatchNode());
