// The two targets' trees: mpos (MicroPythonOS firmware) never holds lib/mpos or a main.py;
// micropython adds the runtime and the boot, and a stock MicroPython booting that tree (the
// WebAssembly build with a stand-in `network`) starts the example boot service.
import * as path from "path";
import { buildDeviceTree } from "../../compiler/src/apps/device-tree";
import { runMicroPython } from "../../compiler/src/engine";
import { FAKE_LVGL, FIRMWARE_STANDINS, pyFiles } from "./fixtures";

const APPS = path.resolve(__dirname, "../../apps");
const mpos = buildDeviceTree(APPS, "mpos");
const micropython = buildDeviceTree(APPS, "micropython");

test("both targets build", () => {
  expect(mpos.diagnostics.filter((d) => d.category === "error")).toEqual([]);
  expect(micropython.diagnostics.filter((d) => d.category === "error")).toEqual([]);
});

test("target mpos: apps and lib/ packages, nothing that shadows the firmware's mpos", () => {
  const keys = [...mpos.files.keys()];
  expect(keys.filter((k) => /^(lib\/)?mpos(\/|\.py$)/.test(k) || k === "main.py")).toEqual([]);
  expect(keys).toEqual(expect.arrayContaining(["apps/com_example_hello/MANIFEST.JSON", "lib/tsmpy/__init__.py"]));
  const apps = [...new Set(keys.filter((k) => k.startsWith("apps/")).map((k) => k.split("/")[1]))];
  const folders = new Set(keys.map((k) => k.split("/").slice(0, 2).join("/")));
  // servicekit is there exactly when an app imports it.
  const usesServicekit = [...mpos.files].some(([k, v]) => k.startsWith("apps/") && typeof v === "string" && /^from servicekit/m.test(v));
  expect(folders).toEqual(new Set([...apps.map((a) => `apps/${a}`), "lib/tsmpy", ...(usesServicekit ? ["lib/servicekit"] : [])]));
});

test("target micropython: the same apps, plus lib/mpos and main.py", () => {
  const extra = [...micropython.files.keys()].filter((k) => !mpos.files.has(k));
  expect(extra).toContain("main.py");
  expect(extra).toContain("lib/mpos/__init__.py");
  // (and the helper modules the runtime needs)
  expect(extra.filter((k) => k !== "main.py" && !k.startsWith("lib/mpos/") && !k.startsWith("lib/tsmpy/"))).toEqual([]);
  for (const [k, v] of mpos.files) if (k.startsWith("apps/")) expect(micropython.files.get(k)).toEqual(v);
});

test("a stock MicroPython booting the micropython tree runs the example services", async () => {
  // Stand-in for the board's network module: offline at first, online from the second check on.
  const network = `
    class WLAN:
        IF_STA = 0
        calls = 0
        def __init__(self, interface_id):
            pass
        def isconnected(self):
            WLAN.calls += 1
            return WLAN.calls > 1
        def ifconfig(self):
            return ("192.168.4.2", "255.255.255.0", "192.168.4.1", "8.8.8.8")
  `;
  // main.py runs TaskManager.start() until stop(). After 3 s this task opens SensorHub's status
  // activity the way the firmware would (package mode), prints its screen and the services'
  // report, and stops the loop. (A stock board has no UI: the runtime's mpos has no Activity, so
  // the test lends it the stand-in's.)
  const stopper = `
    import asyncio, lvgl, servicekit, mpos
    from mpos import TaskManager
    from loader import load
    from mpos_ui import Activity
    mpos.Activity = Activity
    async def _stop():
        await asyncio.sleep_ms(3000)
        a = load("apps/com_example_sensorhub", "activities")()
        a.onCreate()
        print("screen:", [o.text for o in lvgl.made if o.kind == "label"])
        print(servicekit.report())
        TaskManager.stop()
    asyncio.create_task(_stop())
  `;
  const boot = [
    "import sys",
    "sys.path[:0] = ['/', '/lib', '/standins']",
    "from tsmpy_engine import asyncio_run",
    "asyncio_run.install()",
    "import stopper",
    "import main",
    "print('main returned')",
  ].join("\n");
  const standins = { "/standins/network.py": network, "/standins/stopper.py": stopper, "/standins/loader.py": FIRMWARE_STANDINS["/firmware/loader.py"], "/standins/lvgl.py": FAKE_LVGL["/firmware/lvgl.py"], "/standins/mpos_ui.py": FIRMWARE_STANDINS["/firmware/mpos.py"] };
  const r = await runMicroPython(pyFiles(micropython.files, standins), boot, { timeoutMs: 20000 });
  expect(r.error).toBeNull();
  const lines = r.stdout.split("\n");
  expect(lines.filter((l) => l.startsWith("netwatch"))).toEqual(["netwatch: created", "netwatch: started by boot_completed", "netwatch: offline (check 1)", "netwatch: online as 192.168.4.2 (check 2)"]);
  // stats (schedule, every 1 s, depends on sensor) sees the sensor's readings through the bus.
  const counts = lines.filter((l) => l.startsWith("[stats.service] INFO: ")).map((l) => Number(/: (\d+) readings/.exec(l)![1]));
  expect(counts.length).toBeGreaterThanOrEqual(2);
  expect(counts[counts.length - 1]).toBeGreaterThan(counts[0]);
  // The sensor's 8th read fails (at 1.75 s): its supervisor logs it and restarts it after the 0.2 s
  // backoff; the next failure (read 16) would come after 3.7 s, past the end of the run.
  expect(lines.filter((l) => l.startsWith("[sensor.service]"))).toEqual([
    "[sensor.service] ERROR: sensor.service.run failed: Error: read 8 failed",
    "[sensor.service] WARNING: sensor failed: Error: read 8 failed",
    "[sensor.service] WARNING: restarting in 0.2s",
  ]);
  expect(r.stdout).toMatch(/^screen: \['SensorHub services', 'sensor: running, 1 restarts, \d+ loops\\nstats: running, 0 restarts, \d+ loops'\]$/m);
  expect(r.stdout).toMatch(/^sensor \[runtime\] running restarts=1 loops=\d+ last_error=Error: read 8 failed\nstats \[schedule\] running restarts=0 loops=\d+ readings=\d+ average=[\d.]+$/m);
  expect(lines.slice(-2)).toEqual(["main returned", ""]);
});
