import * as fs from "fs";
import { runtimeFiles } from "../../compiler/src/runtime-build";
import { bootCode, runMicroPython } from "../../compiler/src/engine";
import { compileProgram } from "./runtime-harness";
import { formatDiagnostics } from "../../compiler/src/diagnostics/format";
test("scratch", async () => {
  const b = runtimeFiles("micropython");
  if (b.diagnostics.length) console.log(formatDiagnostics(b.diagnostics));
  const prog = compileProgram({ "main.ts": fs.readFileSync("/tmp/app1/main.ts", "utf8") });
  const files = [...b.files].filter(([k]) => k !== "main.py").map(([k, v]) => ({ path: "/" + k, text: v }));
  for (const m of prog.modules) files.push({ path: "/" + m.outPath, text: m.text });
  for (const [k, v] of prog.helperFiles) files.push({ path: "/lib/" + k, text: v });
  const r = await runMicroPython(files, bootCode("main"), { timeoutMs: 10000 });
  console.log(r.stdout + "\n" + (r.error?.message ?? "") + (r.timedOut ? "TIMEOUT" : ""));
});
