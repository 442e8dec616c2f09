// stubs/servicekit/ is generated from runtime-ts/servicekit (scripts/gen-runtime-stubs.mjs): fail
// when the committed declarations differ from what the sources give.
import { execFileSync } from "child_process";
import * as path from "path";
import { runTs } from "./runtime-harness";
import { shutdownEngine } from "../harness";

afterAll(() => shutdownEngine());

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

// A module inside a stub package ("servicekit/children") is the Python module servicekit.children
// (it compiled to `from servicekit/children import ...`, a SyntaxError on the device).
test("an import from a module inside a stub package runs", async () => {
  const out = await runTs(`
    import { track } from "servicekit/children";
    import { ManagedService } from "servicekit";
    console.log(typeof track, typeof ManagedService);
  `);
  expect(out).toBe("function function\n");
});
