// Where tsmpy's own files live (stubs/, compiler/helpers/, the engine worker), whether the code runs
// from its sources (jest, ts) or from the bundle in dist/.
import * as fs from "fs";
import * as path from "path";

let root: string | undefined;

/** The tsmpy package root: the nearest directory above this file holding stubs/ and package.json. */
export function packageRoot(): string {
  if (root) return root;
  let d = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(d, "package.json")) && fs.existsSync(path.join(d, "compiler", "helpers"))) return (root = d);
    const up = path.dirname(d);
    if (up === d) return (root = path.resolve(__dirname, "../.."));
    d = up;
  }
}
