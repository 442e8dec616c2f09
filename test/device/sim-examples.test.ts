// The shipped example apps, built for either target, booted on a fresh virtual device by
// `tsmpy sim`: the boot services print their lifecycle lines. Also checks that the device's
// `network` stand-in has every constant and function that stubs/network.d.ts declares (the example
// service reads network.WLAN.IF_STA).
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/tsmpy.js");
let dir = "";

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function tsmpy(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, timeout: 60000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as NodeJS.ErrnoException).code ?? 1) : 0, stdout, stderr });
    });
  });
}

test("the virtual device's network stand-in has every constant and function of stubs/network.d.ts", () => {
  const stub = fs.readFileSync(path.join(ROOT, "stubs/network.d.ts"), "utf8");
  const block = stub.slice(stub.indexOf("export declare const WLAN"));
  const declared = [...block.slice(0, block.indexOf("};")).matchAll(/readonly (\w+): number/g)].map((m) => m[1]);
  expect(declared).toContain("IF_STA");
  const standIn = fs.readFileSync(path.join(ROOT, "compiler/src/device/virtual/py/network.py"), "utf8");
  const classBody = standIn.slice(standIn.indexOf("class WLAN:"));
  const missing = declared.filter((name) => !new RegExp(`^    ${name} = `, "m").test(classBody));
  const moduleNames = [...stub.matchAll(/^export declare (?:const|function) (\w+)/gm)].map((m) => m[1]);
  const missingTop = moduleNames.filter((name) => !new RegExp(`^(${name} = |def ${name}\\(|class ${name}\\b)`, "m").test(standIn));
  expect(missing).toEqual([]);
  expect(missingTop).toEqual([]);
});

test.each(["micropython", "mpos"])("tsmpy sim boots the example apps built for target %s", async (target) => {
  dir ||= fs.mkdtempSync(path.join(os.tmpdir(), "tsmpy-sim-examples-"));
  const out = path.join(dir, target);
  const built = await tsmpy(["compile", "--target", target, "--outDir", out]);
  expect(built.stderr).toBe("");
  expect(built.code).toBe(0);
  const r = await tsmpy(["sim", "--out", out, "--timeout", "4"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  // an mpos tree has no boot of its own: tsmpy's mpos runtime plays the firmware
  expect(r.stdout.split("\n")[0]).toMatch(target === "mpos" ? /\(target mpos, tsmpy's mpos runtime standing in for the firmware\); booting/ : /\(target micropython\); booting/);
  const lines = r.stdout.split("\n");
  // netwatch: a boot service started by boot_completed, its task watching the (simulated) Wi-Fi
  expect(lines).toContain("netwatch: created");
  expect(lines).toContain("netwatch: started by boot_completed");
  expect(lines.some((l) => /^netwatch: online/.test(l))).toBe(true);
  // sensorhub: servicekit services; the sensor fails every 8th read and is restarted
  expect(lines.some((l) => /^\[stats\.service\] INFO: \d+ readings, average/.test(l))).toBe(true);
  expect(lines).toContain("[sensor.service] WARNING: restarting in 0.2s");
  expect(r.stdout).not.toMatch(/Traceback|exception wasn't retrieved/);
});
