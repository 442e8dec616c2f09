// `tsmpy run examples/services/boot.ts`, as a user runs it: two dependent services, a scheduled
// one and a crashing one print their lifecycle; the program imports servicekit and mpos, so the run
// brings the stock-board runtime (lib/mpos, lib/servicekit).
import { execFile } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

function tsmpy(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, "bin/tsmpy.js"), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, timeout: 90000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

test("tsmpy run examples/services/boot.ts prints the expected lifecycle", async () => {
  const r = await tsmpy("run", "examples/services/boot.ts");
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  expect(r.stdout).toBe([
    "booting",
    "[storage.service] INFO: mounted",
    "[sync.service] INFO: watching for changes",
    "[clock.service] INFO: tick 1",
    "[flaky.service] ERROR: flaky.service.run failed: Error: sensor unplugged",
    "[flaky.service] WARNING: restarting in 0.01s",
    "[flaky.service] ERROR: flaky.service.run failed: Error: sensor unplugged",
    "[flaky.service] WARNING: restarting in 0.02s",
    "[flaky.service] ERROR: flaky.service.run failed: Error: sensor unplugged",
    "[flaky.service] ERROR: crashed: 2 restarts within 60s",
    "event: flaky crashed",
    "[clock.service] INFO: tick 2",
    "[clock.service] INFO: tick 3",
    "storage [core] running restarts=0 loops=1",
    "sync [runtime] running restarts=0 loops=1",
    "clock [schedule] stopped restarts=0 loops=3",
    "flaky [runtime] crashed restarts=2 loops=0 last_error=Error: sensor unplugged",
    "[sync.service] INFO: stopped after some uploads",
    "[storage.service] INFO: unmounted",
    "all stopped",
    "",
  ].join("\n"));
}, 120000);
