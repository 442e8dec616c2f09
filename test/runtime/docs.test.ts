// The TypeScript examples of docs/runtime.md compile (type check and tsmpy) as written.
import * as fs from "fs";
import * as path from "path";
import { compileProgram } from "./runtime-harness";

const doc = fs.readFileSync(path.resolve(__dirname, "../../docs/runtime.md"), "utf8");
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => /^import /m.test(b));

test("docs/runtime.md has its two layer examples", () => expect(blocks.length).toBe(2));

test.each(blocks.map((b, i) => [i + 1, b]))("example %i compiles", (_i, block) => {
  expect(() => compileProgram({ "main.ts": block as string })).not.toThrow();
});
