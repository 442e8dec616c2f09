// buildRuntime / runtimeFiles: the device layout per target, the errors, and the stock board's
// main.py booting services declared in apps' manifests (one written in TypeScript with servicekit).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildRuntime, checkNoMposShadow, runtimeFiles } from "../../compiler/src/runtime-build";
import { compileProgram, output, runWithRuntime } from "./runtime-harness";
import { shutdownEngine } from "../harness";

afterAll(() => shutdownEngine());

test("target micropython: lib/mpos, lib/servicekit, lib/tsmpy and main.py; target mpos: nothing that shadows mpos", () => {
  const stock = runtimeFiles("micropython");
  expect(stock.diagnostics.filter((d) => d.category === "error")).toEqual([]);
  const paths = [...stock.files.keys()];
  for (const p of ["main.py", "lib/mpos/__init__.py", "lib/mpos/task_manager.py", "lib/mpos/app/service.py", "lib/mpos/content/intent.py", "lib/mpos/content/app_manager.py", "lib/servicekit/__init__.py", "lib/servicekit/service.py", "lib/tsmpy/__init__.py", "lib/tsmpy/promise.py"]) {
    expect(paths).toContain(p);
  }
  expect(paths.filter((p) => !/^(main\.py|lib\/(mpos|servicekit|tsmpy)\/.+\.py)$/.test(p))).toEqual([]);
  const mpos = runtimeFiles("mpos");
  expect(mpos.diagnostics.filter((d) => d.category === "error")).toEqual([]);
  const mposPaths = [...mpos.files.keys()];
  expect(mposPaths.filter((p) => /mpos|^main\.py$/.test(p))).toEqual([]);
  expect(mposPaths).toContain("lib/servicekit/__init__.py");
  expect(checkNoMposShadow(mposPaths)).toEqual([]);
  // servicekit is the same code for both targets
  expect(mpos.files.get("lib/servicekit/service.py")).toBe(stock.files.get("lib/servicekit/service.py"));
});

test("checkNoMposShadow flags any mpos package or module (TSMPY2104); bad target TSMPY2103; missing sources TSMPY2101", () => {
  expect(checkNoMposShadow(["lib/mpos/__init__.py", "mpos.py", "/lib/mpos.mpy", "lib/mposx.py", "apps/x/mpos_util.py"]).map((d) => [d.code, d.message.split(" ")[0]])).toEqual([
    ["TSMPY2104", "lib/mpos/__init__.py"],
    ["TSMPY2104", "mpos.py"],
    ["TSMPY2104", "/lib/mpos.mpy"],
  ]);
  expect(runtimeFiles("esp32").diagnostics.map((d) => d.code)).toEqual(["TSMPY2103"]);
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), "tsmpy-rt-"));
  expect(runtimeFiles("mpos", empty).diagnostics.map((d) => d.code)).toEqual(["TSMPY2101"]);
  fs.rmSync(empty, { recursive: true, force: true });
});

test("buildRuntime writes the tree into outDir (keeping what is there)", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "tsmpy-rt-out-"));
  fs.writeFileSync(path.join(out, "keep.txt"), "mine");
  const r = buildRuntime({ outDir: out, target: "mpos" });
  expect(r.diagnostics.filter((d) => d.category === "error")).toEqual([]);
  expect(fs.readFileSync(path.join(out, "keep.txt"), "utf8")).toBe("mine");
  expect(fs.existsSync(path.join(out, "lib/servicekit/service.py"))).toBe(true);
  expect(fs.existsSync(path.join(out, "lib/mpos"))).toBe(false);
  expect(fs.existsSync(path.join(out, "main.py"))).toBe(false);
  fs.rmSync(out, { recursive: true, force: true });
});

test("main.py of a stock board boots the manifests' services (a TypeScript ManagedService among them) and runs TaskManager until stop()", async () => {
  const app = compileProgram({
    "kit.ts": `
      import { ManagedService, task } from "servicekit";
      import { TaskManager } from "mpos";
      export class Beacon extends ManagedService {
        name = "beacon";
        async on_start(): Promise<void> {
          this.log.info("started by " + String(this.appFullName));
        }
        @task
        async pulse(): Promise<void> {
          for (let i = 1; i <= 3; i++) {
            if (await this.sleep(0.01)) return;
            this.log.info("pulse " + i);
          }
          // (not awaited: stop() waits for this very task)
          void this.stop();
        }
        async on_stop(): Promise<void> {
          this.log.info("stopped");
          TaskManager.stop();
        }
      }
    `,
  });
  const kit = app.modules.find((m) => m.outPath === "kit.py")!;
  const manifest = (fullname: string, entrypoint: string, classname: string) =>
    JSON.stringify({ fullname, services: [{ entrypoint, classname, intent_filters: [{ action: "boot_completed" }] }] });
  const run = await runWithRuntime(undefined, {
    withBootMain: true,
    extra: {
      "apps/com.example.kit/MANIFEST.JSON": manifest("com.example.kit", "kit.py", "Beacon"),
      "apps/com.example.kit/kit.py": kit.text,
      "apps/com.example.hello/MANIFEST.JSON": manifest("com.example.hello", "assets/hello.py", "Hello"),
      "apps/com.example.hello/assets/hello.py": "from mpos import Service\nclass Hello(Service):\n    def onStart(self, intent):\n        print('hello from', self.appFullName, intent.action)\n",
    },
    after: ["print('main.py returned')"],
  });
  expect(output(run)).toBe([
    "hello from com.example.hello boot_completed",
    "[beacon.service] INFO: started by com.example.kit",
    "[beacon.service] INFO: pulse 1",
    "[beacon.service] INFO: pulse 2",
    "[beacon.service] INFO: pulse 3",
    "[beacon.service] INFO: stopped",
    "main.py returned",
    "",
  ].join("\n"));
});
