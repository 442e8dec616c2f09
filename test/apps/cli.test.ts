// `tsmpy new app` and `tsmpy compile` as a user runs them (bin/tsmpy.js in a temporary project).
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { iconProblem } from "../../compiler/src/apps/icon";

const BIN = path.resolve(__dirname, "../../bin/tsmpy.js");

function tsmpy(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, timeout: 60000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function project(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "tsmpy-appcli-"));
  made.push(d);
  return d;
}

/** Every file under `dir` with its content, for comparing trees. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = fs.readFileSync(p).toString("base64");
    }
  };
  walk(dir);
  return out;
}

beforeAll(async () => {
  await tsmpy(["--version"], os.tmpdir()); // builds dist/ when stale
}, 120000);

test("new app scaffolds a folder that compiles, for MicroPythonOS", async () => {
  const dir = project();
  const r = await tsmpy(["new", "app", "com.example.weather"], dir);
  expect(r).toMatchObject({ code: 0, stderr: "" });
  expect(r.stdout).toContain("created apps/com.example.weather/");
  expect(fs.readdirSync(path.join(dir, "apps/com.example.weather")).sort()).toEqual(["app.config.ts", "icon_64x64.png", "main.ts"]);
  expect(iconProblem(fs.readFileSync(path.join(dir, "apps/com.example.weather/icon_64x64.png")))).toBeUndefined();

  const c = await tsmpy(["compile"], dir);
  expect(c).toMatchObject({ code: 0, stderr: "", stdout: "tsmpy: compiled 1 app (com.example.weather) for mpos into out/\n" });
  expect(Object.keys(snapshot(path.join(dir, "out"))).sort()).toEqual([
    ".tsmpy-build",
    "apps/com_example_weather/MANIFEST.JSON",
    "apps/com_example_weather/__init__.py",
    "apps/com_example_weather/icon_64x64.png",
    "apps/com_example_weather/main.py",
  ]);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "out/apps/com_example_weather/MANIFEST.JSON"), "utf8"));
  expect(manifest.activities).toEqual([{ entrypoint: "main.py", classname: "WeatherActivity", intent_filters: [{ action: "main", category: "launcher" }] }]);
});

test("new app refuses an existing folder and a bad fullname (exit 2, coded message)", async () => {
  const dir = project();
  expect((await tsmpy(["new", "app", "com.example.weather"], dir)).code).toBe(0);
  const again = await tsmpy(["new", "app", "com.example.weather"], dir);
  expect(again.code).toBe(2);
  expect(again.stderr).toContain("error TSMPY2314: apps/com.example.weather already exists");
  const bad = await tsmpy(["new", "app", "Weather"], dir);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("error TSMPY2315: 'Weather' is not a valid app fullname: it needs at least two dot-separated parts");
  const usage = await tsmpy(["new", "weather"], dir);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain("usage: tsmpy new app FULLNAME");
  expect(fs.readdirSync(path.join(dir, "apps"))).toEqual(["com.example.weather"]);
});

test("compile without apps, or with a bad target, exits 2", async () => {
  const dir = project();
  const none = await tsmpy(["compile"], dir);
  expect(none.code).toBe(2);
  expect(none.stderr).toContain("error TSMPY2313: No apps found: no apps/*/app.config.ts.");
  const target = await tsmpy(["compile", "--target", "esp32"], dir);
  expect(target.code).toBe(2);
  expect(target.stderr).toContain("--target must be mpos or micropython, got 'esp32'");
});

test("a failed build leaves the previous tree as it was", async () => {
  const dir = project();
  await tsmpy(["new", "app", "com.example.weather"], dir);
  expect((await tsmpy(["compile"], dir)).code).toBe(0);
  const before = snapshot(path.join(dir, "out"));
  fs.appendFileSync(path.join(dir, "apps/com.example.weather/main.ts"), "\nconst broken: number = 'text';\n");
  const r = await tsmpy(["compile"], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/main\.ts:\d+:7 - error TS2322/);
  expect(snapshot(path.join(dir, "out"))).toEqual(before);
  expect(fs.readdirSync(dir).sort()).toEqual(["apps", "out"]);
});

test("compile replaces the out/ of the earlier npm run compile (out/examples/), and refuses other folders", async () => {
  const dir = project();
  await tsmpy(["new", "app", "com.example.weather"], dir);
  fs.mkdirSync(path.join(dir, "out/examples/lib/tsmpy"), { recursive: true });
  fs.writeFileSync(path.join(dir, "out/examples/hello.py"), "print(1)\n");
  fs.writeFileSync(path.join(dir, "out/examples/.tsmpy-build"), "");
  expect((await tsmpy(["compile"], dir)).code).toBe(0);
  expect(fs.existsSync(path.join(dir, "out/examples"))).toBe(false);
  fs.mkdirSync(path.join(dir, "mine"));
  fs.writeFileSync(path.join(dir, "mine/notes.txt"), "keep me\n");
  const r = await tsmpy(["compile", "--outDir", "mine"], dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("error TSMPY2005: Refusing to use mine as the output directory");
  expect(fs.readFileSync(path.join(dir, "mine/notes.txt"), "utf8")).toBe("keep me\n");
});
