// `tsmpy deploy`, `tsmpy device` and `tsmpy sim` as a user runs them: the mpremote command lines
// deploy builds (a fake mpremote on PATH records them), missing mpremote, failures, bad and
// unreachable ports, and a real round trip through `tsmpy device` and `tsmpy sim`.
import { ChildProcess, execFile, spawn } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";

const BIN = path.resolve(__dirname, "../../bin/tsmpy.js");
const made: string[] = [];
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) c.kill();
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function tsmpy(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...env, NO_COLOR: "1" }, timeout: 30000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as NodeJS.ErrnoException).code === "number" ? Number((err as NodeJS.ErrnoException).code) : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

function tempDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsmpy-deploy-cli-"));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const TREE = {
  "out/.tsmpy-build": "",
  "out/main.py": "print('main')\n",
  "out/lib/tsmpy/__init__.py": "",
  "out/apps/com.example.hello/MANIFEST.JSON": "{}\n",
};

/** A directory holding a fake `mpremote` that appends its argv (JSON) to calls.log. */
function fakeMpremote(behaviour: { manifest?: string; fail?: string }): string {
  const dir = tempDir({});
  const script = `#!${process.execPath}
const fs = require("fs");
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(path.join(dir, "calls.log"))}, JSON.stringify(args) + "\\n");
${behaviour.fail ? `process.stderr.write(${JSON.stringify(behaviour.fail)}); process.exit(1);` : ""}
const code = args[args.indexOf("exec") + 1] || "";
if (code.includes("<<tsmpy-manifest>>")) console.log("<<tsmpy-manifest>>" + ${JSON.stringify(behaviour.manifest ?? "{}")} + "<<end>>");
`;
  fs.writeFileSync(path.join(dir, "mpremote"), script, { mode: 0o755 });
  return dir;
}

const calls = (dir: string): string[][] => fs.readFileSync(path.join(dir, "calls.log"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const withPath = (dir: string) => ({ ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH}` });

beforeAll(async () => {
  // The first call builds dist/ when it is missing or older than the sources.
  await tsmpy(["--version"], os.tmpdir());
}, 60000);

describe("deploy --via mpremote", () => {
  test("reads the manifest, then mkdir -p + fs cp of every file + manifest + soft-reset in one call", async () => {
    const project = tempDir(TREE);
    const fake = fakeMpremote({});
    const r = await tsmpy(["deploy", "--port", "/dev/ttyACM0", "--target", "micropython"], project, withPath(fake));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const [read, copy, ...rest] = calls(fake);
    expect(rest).toEqual([]);
    expect(read.slice(0, 3)).toEqual(["connect", "/dev/ttyACM0", "exec"]);
    expect(read[3]).toContain("open('/.tsmpy-deploy.json')");
    const out = (p: string) => path.join(project, "out", p);
    const manifestCopy = copy[copy.length - 4];
    expect(copy).toEqual([
      "connect", "/dev/ttyACM0",
      "exec", expect.stringMatching(/^import os\nfor p in \('\/apps', '\/apps\/com.example.hello', '\/lib', '\/lib\/tsmpy',\):/),
      "+", "fs", "cp", out("apps/com.example.hello/MANIFEST.JSON"), ":/apps/com.example.hello/MANIFEST.JSON",
      "+", "fs", "cp", out("lib/tsmpy/__init__.py"), ":/lib/tsmpy/__init__.py",
      "+", "fs", "cp", out("main.py"), ":/main.py",
      "+", "fs", "cp", manifestCopy, ":/.tsmpy-deploy.json",
      "+", "soft-reset",
    ]);
    // The manifest was written outside the tree, and the tree is untouched.
    expect(manifestCopy.startsWith(path.join(project, "out"))).toBe(false);
    expect(fs.readdirSync(path.join(project, "out")).sort()).toEqual([".tsmpy-build", "apps", "lib", "main.py"]);
    expect(r.stdout).toMatch(/copied 3, unchanged 0; board soft-reset/);
  });

  test("files the board's manifest already has are not copied; files no longer in the tree are removed", async () => {
    const project = tempDir(TREE);
    const hash = "5f5c0b9fb7ff7d2fb6d5bcbb2a6f1e2b0d1fb3e8c2f26b5e4fa0f1a4f6a46b80"; // not main.py's
    const sha = (t: string) => createHash("sha256").update(t).digest("hex");
    const manifest = JSON.stringify({
      tool: "tsmpy",
      files: { "/main.py": hash, "/lib/tsmpy/__init__.py": sha(""), "/apps/com.example.hello/MANIFEST.JSON": sha("{}\n"), "/old.py": sha("x") },
    });
    const fake = fakeMpremote({ manifest });
    const r = await tsmpy(["deploy", "--port", "socket://127.0.0.1:2217"], project, withPath(fake));
    expect(r.code).toBe(0);
    const copy = calls(fake)[1];
    expect(copy.slice(0, 2)).toEqual(["connect", "socket://127.0.0.1:2217"]);
    const cps = copy.filter((a) => a.startsWith(":"));
    expect(cps).toEqual([":/main.py", ":/.tsmpy-deploy.json"]);
    expect(copy).toContainEqual(expect.stringMatching(/^import os\nfor p in \('\/old.py',\):\n try: os.remove\(p\)/));
    expect(copy[copy.length - 1]).toBe("soft-reset");
    expect(r.stdout).toMatch(/copied 1, unchanged 2, removed 1/);
  });

  test("a failing mpremote: its output and a non-zero exit", async () => {
    const project = tempDir(TREE);
    const fake = fakeMpremote({ fail: "failed to access /dev/ttyUSB9 (it may be in use by another program)\n" });
    const r = await tsmpy(["deploy", "--port", "/dev/ttyUSB9"], project, withPath(fake));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error TSMPY2209: mpremote failed \(exit code 1\) running: mpremote connect \/dev\/ttyUSB9 exec '/);
    expect(r.stderr).toMatch(/failed to access \/dev\/ttyUSB9/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("no mpremote on PATH: how to install it, exit 2", async () => {
    const project = tempDir(TREE);
    const empty = tempDir({});
    const r = await tsmpy(["deploy", "--port", "/dev/ttyUSB0"], project, { ...process.env, PATH: empty });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error TSMPY2208: mpremote was not found on PATH\. Install it with 'pipx install mpremote' \(or 'pip install --user mpremote'\)/);
  });
});

describe("deploy refusals and bad ports", () => {
  test("target mpos refuses a tree that would shadow the frozen mpos package", async () => {
    const project = tempDir({ ...TREE, "out/lib/mpos/ui.py": "" });
    const r = await tsmpy(["deploy", "--port", "/dev/ttyUSB0", "--target", "mpos", "--via", "builtin"], project);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error TSMPY2210: Refusing to deploy out\/lib\/mpos\/ui\.py: lib\/mpos\/ would shadow/);
  });

  test("no tree: build first", async () => {
    const r = await tsmpy(["deploy", "--port", "/dev/ttyUSB0", "--via", "builtin"], tempDir({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error TSMPY2211: Nothing to deploy from out: it does not exist/);
  });

  test("a malformed port and a bad option value are coded usage errors", async () => {
    const project = tempDir(TREE);
    const bad = await tsmpy(["deploy", "--port", "ttyUSB0"], project);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/error TSMPY2201: 'ttyUSB0' is not a port/);
    const via = await tsmpy(["deploy", "--via", "ftp"], project);
    expect(via.code).toBe(2);
    expect(via.stderr).toMatch(/error TSMPY2213: --via must be one of mpremote, builtin; got 'ftp'/);
  });

  test("an unreachable port fails cleanly (built-in transport)", async () => {
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const r = await tsmpy(["deploy", "--port", `127.0.0.1:${port}`, "--via", "builtin"], tempDir(TREE));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error TSMPY2202: Cannot open 127.0.0.1:${port}: connection refused (nothing listens there; is \`tsmpy device\` running?).\n`);
  });
});

describe("tsmpy device and tsmpy sim", () => {
  test("deploy --via builtin to a running `tsmpy device`, twice", async () => {
    const child = spawn(process.execPath, [BIN, "device", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    const port = await new Promise<number>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (d) => {
        out += d;
        const m = /listening on socket:\/\/127\.0\.0\.1:(\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.on("exit", () => reject(new Error(`tsmpy device exited: ${out}`)));
    });
    const project = tempDir(TREE);
    const first = await tsmpy(["deploy", "--port", `socket://127.0.0.1:${port}`, "--via", "builtin"], project);
    expect(first.stderr).toBe("");
    expect(first.stdout).toMatch(/copied 3, unchanged 0; board soft-reset/);
    const second = await tsmpy(["deploy", "--port", `127.0.0.1:${port}`, "--via", "builtin"], project);
    expect(second.stdout).toMatch(/copied 0, unchanged 3; board soft-reset/);
    child.kill("SIGINT");
    await new Promise((r) => child.once("exit", r));
  });

  test("sim deploys out/ to a fresh virtual board, boots it and prints its output", async () => {
    const project = tempDir({
      "out/main.py": "import app\nimport asyncio\nasync def main():\n    for i in range(3):\n        print('tick', i)\n        await asyncio.sleep_ms(10)\nasyncio.run(main())\n",
      "out/lib/app.py": "print('app started')\n",
    });
    const r = await tsmpy(["sim", "--timeout", "1.5"], project);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^tsmpy sim: 2 files from out on a fresh virtual board \(target micropython\); booting\. Ctrl-C to stop\.\napp started\ntick 0\ntick 1\ntick 2\n/);
    expect(r.stdout).toMatch(/tsmpy sim: stopped after 1\.5 s\.\n$/);
  });
});
