// The emitted tree loads the way MicroPythonOS loads apps (fixtures.ts: FIRMWARE_STANDINS, on the
// WebAssembly MicroPython): apps with modules of the same name do not see each other's modules,
// and the hello example builds its screen and counts clicks.
import * as path from "path";
import { buildDeviceTree } from "../../compiler/src/apps/device-tree";
import { runMicroPython } from "../../compiler/src/engine";
import { FAKE_LVGL, FIRMWARE_PATH, FIRMWARE_STANDINS, pyFiles, singleAppTree, tempApps } from "./fixtures";

function twoApps(name: string) {
  return {
    "app.config.ts": `
      import { defineApp } from "tsmpy/app";
      import { Main } from "./main";
      export default defineApp({
        fullname: "com.example.${name}", name: "${name}", publisher: "t", version: "1.0.0", category: "tests",
        short_description: "collision test", activities: [{ activity: Main }],
      });
    `,
    "main.ts": `
      import { Activity } from "mpos";
      import { who } from "./utils";
      export class Main extends Activity {
        describe(): string {
          return who();
        }
      }
    `,
    "utils.ts": `
      export function who(): string {
        return "I am ${name}";
      }
    `,
  };
}

test("an activity in a subfolder loads in package mode (an __init__.py on the way)", async () => {
  const files = twoApps("gamma");
  const tree = buildDeviceTree(tempApps({
    "com.example.gamma": {
      "app.config.ts": files["app.config.ts"].replace('"./main"', '"./ui/screen"'),
      "ui/screen.ts": files["main.ts"].replace('"./utils"', '"../utils"'),
      "utils.ts": files["utils.ts"],
    },
  }), "mpos");
  expect(tree.diagnostics).toEqual([]);
  expect([...tree.files.keys()].filter((k) => k.startsWith("apps/"))).toEqual([
    "apps/com_example_gamma/MANIFEST.JSON", "apps/com_example_gamma/__init__.py", "apps/com_example_gamma/icon_64x64.png",
    "apps/com_example_gamma/ui/__init__.py", "apps/com_example_gamma/ui/screen.py", "apps/com_example_gamma/utils.py",
  ]);
  expect(JSON.parse(tree.files.get("apps/com_example_gamma/MANIFEST.JSON") as string).activities[0].entrypoint).toBe("ui/screen.py");
  const r = await runMicroPython(pyFiles(tree.files, FIRMWARE_STANDINS), FIRMWARE_PATH + `print(load("/apps/com_example_gamma", "activities")().describe())\n`);
  expect(r.error).toBeNull();
  expect(r.stdout).toBe("I am gamma\n");
});

const LOAD_BOTH = `
  A = load("/apps/com_example_alpha", "activities")
  B = load("/apps/com_example_beta", "activities")
  print(A().describe())
  print(B().describe())
`;

test("two apps with a utils module each load side by side", async () => {
  const tree = buildDeviceTree(tempApps({ "com.example.alpha": twoApps("alpha"), "com.example.beta": twoApps("beta") }), "mpos");
  expect(tree.diagnostics).toEqual([]);
  expect([...tree.files.keys()].filter((k) => k.endsWith("utils.py"))).toEqual(["apps/com_example_alpha/utils.py", "apps/com_example_beta/utils.py"]);
  const r = await runMicroPython(pyFiles(tree.files, FIRMWARE_STANDINS), FIRMWARE_PATH + LOAD_BOTH.replace(/\n  /g, "\n"));
  expect(r.error).toBeNull();
  expect(r.stdout).toBe("I am alpha\nI am beta\n");
});

test("control: the same apps laid out flat (no package) do collide in the simulated loader", async () => {
  const tree = buildDeviceTree(tempApps({ "com.example.alpha": twoApps("alpha"), "com.example.beta": twoApps("beta") }), "mpos");
  // What a flat layout would be: no __init__.py, modules importing each other by bare name.
  const flat = new Map<string, string | Buffer>();
  for (const [rel, data] of tree.files) {
    if (rel.endsWith("__init__.py") && rel.startsWith("apps/")) continue;
    flat.set(rel, typeof data === "string" ? data.replace(/from com_example_\w+\.(\w+) import/g, "from $1 import") : data);
  }
  const r = await runMicroPython(pyFiles(flat, FIRMWARE_STANDINS), FIRMWARE_PATH + LOAD_BOTH.replace(/\n  /g, "\n"));
  expect(r.error).toBeNull();
  expect(r.stdout).toBe("I am alpha\nI am alpha\n");
});

test("the hello example builds its screen and counts clicks", async () => {
  const hello = singleAppTree(path.resolve(__dirname, "../../apps/com.example.hello"));
  const code = `
    import lvgl
    Hello = load("/apps/com_example_hello", "activities")
    a = Hello()
    a.onCreate()
    print([o.text for o in lvgl.made if o.kind == "label"])
    button = [o for o in lvgl.made if o.kind == "button"][0]
    status = lvgl.made[2]
    for i in range(3):
        button.click()
        print(status.text)
    print(a.screen is lvgl.made[0])
  `;
  const r = await runMicroPython(pyFiles(hello, { ...FIRMWARE_STANDINS, ...FAKE_LVGL }), FIRMWARE_PATH + code.replace(/\n    /g, "\n"));
  expect(r.error).toBeNull();
  expect(r.stdout).toBe("['Hello, MicroPythonOS!', 'Not clicked yet', 'Click me']\nClicked once\nClicked 2 times\nClicked 3 times\nTrue\n");
});

test("an app meeting the helpers of another tsmpy version refuses to load, saying why", async () => {
  const hello = singleAppTree(path.resolve(__dirname, "../../apps/com.example.hello"));
  const init = hello.get("lib/tsmpy/__init__.py") as string;
  expect(init).toMatch(/^ABI = "[0-9a-f]{12}"$/m);
  hello.set("lib/tsmpy/__init__.py", init.replace(/^ABI = .*$/m, 'ABI = "000000000000"'));
  const r = await runMicroPython(pyFiles(hello, { ...FIRMWARE_STANDINS, ...FAKE_LVGL }), FIRMWARE_PATH + `load("/apps/com_example_hello", "activities")\n`);
  expect(r.error?.type).toBe("ImportError");
  expect(r.error?.message).toMatch(/com_example_hello needs the helper package of the tsmpy that compiled it \(ABI [0-9a-f]{12}\); lib\/tsmpy on this device is another version: deploy the whole out\/ tree again/);
});
