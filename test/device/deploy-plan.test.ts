// Deploy planning without a board: the plan's comparisons, mpremote call batching, port syntax.
import { mpremoteCommands, FILES_PER_CALL, manifestFromOutput } from "../../compiler/src/device/deploy/mpremote";
import { LocalFile, parseManifest, planDeploy } from "../../compiler/src/device/deploy/tree";
import { parsePort } from "../../compiler/src/device/transport/channel";

const file = (devicePath: string, sha256 = "h" + devicePath): LocalFile => ({ devicePath, localPath: `/tmp/out${devicePath}`, sha256, size: 1 });

test("the plan copies new and changed files, keeps equal ones, creates parent directories once", () => {
  const local = [file("/a/b/c.py"), file("/a/d.py"), file("/main.py")];
  const remote: Record<string, string> = { "/a/d.py": "h/a/d.py", "/main.py": "other" };
  const plan = planDeploy(local, (p) => remote[p], parseManifest(JSON.stringify({ tool: "tsmpy", files: { "/gone.py": "x" } })));
  expect(plan.copy.map((f) => f.devicePath)).toEqual(["/a/b/c.py", "/main.py"]);
  expect(plan.unchanged.map((f) => f.devicePath)).toEqual(["/a/d.py"]);
  expect(plan.dirs).toEqual(["/a", "/a/b"]);
  expect(plan.remove).toEqual(["/gone.py"]);
  expect(plan.manifest.files).toEqual({ "/a/b/c.py": "h/a/b/c.py", "/a/d.py": "h/a/d.py", "/main.py": "h/main.py" });
});

test("a missing, damaged or foreign manifest means nothing is known", () => {
  expect(parseManifest(undefined).files).toEqual({});
  expect(parseManifest("{not json").files).toEqual({});
  expect(parseManifest(JSON.stringify({ files: { "/x": "y" } })).files).toEqual({});
  expect(manifestFromOutput("boot noise\r\n<<tsmpy-manifest>>{}<<end>>\r\n").files).toEqual({});
});

test("many files are split over several mpremote calls; later calls resume the session", () => {
  const local = Array.from({ length: FILES_PER_CALL + 5 }, (_, i) => file(`/f${String(i).padStart(2, "0")}.py`));
  const plan = planDeploy(local, () => undefined, parseManifest(undefined));
  const calls = mpremoteCommands("COM3", plan, "/tmp/m.json");
  expect(calls).toHaveLength(2);
  expect(calls[0].slice(0, 3)).toEqual(["connect", "COM3", "fs"]);
  expect(calls[1].slice(0, 3)).toEqual(["connect", "COM3", "resume"]);
  const copied = calls.flat().filter((a) => a.startsWith(":"));
  expect(copied).toEqual([...local.map((f) => `:${f.devicePath}`), ":/.tsmpy-deploy.json"]);
  expect(calls[1].slice(-1)).toEqual(["soft-reset"]);
  for (const c of calls) expect(c[c.length - 1]).not.toBe("+");
});

test("ports: serial devices and TCP endpoints", () => {
  expect(parsePort("/dev/ttyUSB0")).toEqual({ kind: "serial", path: "/dev/ttyUSB0", name: "/dev/ttyUSB0" });
  expect(parsePort("COM4").kind).toBe("serial");
  expect(parsePort("socket://127.0.0.1:2217")).toMatchObject({ kind: "tcp", host: "127.0.0.1", port: 2217 });
  expect(parsePort("localhost:2217")).toMatchObject({ kind: "tcp", host: "localhost", port: 2217 });
  for (const bad of ["ttyUSB0", "host:99999", "socket://:22", ""]) expect(() => parsePort(bad)).toThrow(/is not a port/);
});
