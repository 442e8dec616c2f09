// stubs/servicekit/ is generated from runtime-ts/servicekit (scripts/gen-runtime-stubs.mjs): fail
// when the committed declarations differ from what the sources give.
import { execFileSync } from "child_process";
import * as path from "path";

test("stubs/servicekit is up to date with runtime-ts/servicekit", () => {
  const root = path.resolve(__dirname, "../..");
  let out = "";
  try {
    execFileSync(process.execPath, [path.join(root, "scripts/gen-runtime-stubs.mjs"), "--check"], { cwd: root, stdio: "pipe" });
  } catch (e) {
    out = String((e as { stderr?: Buffer }).stderr ?? e);
  }
  expect(out).toBe("");
});
