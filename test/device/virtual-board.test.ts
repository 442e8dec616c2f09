// The built-in transport against the virtual device over TCP: deploys, listings and hashes,
// raw-paste and its fallback, resets that keep the files, a booted main.py, Ctrl-C on a stuck
// program, errno numbers, and the stand-in modules.
import { createHash } from "crypto";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { VirtualBoard } from "../../compiler/src/device/virtual/board";
import { DeviceServer, startDeviceServer } from "../../compiler/src/device/virtual/server";
import { RawRepl } from "../../compiler/src/device/transport/raw-repl";
import { DeviceFiles } from "../../compiler/src/device/transport/files";
import { deployOver } from "../../compiler/src/device/deploy/builtin";
import { MANIFEST_PATH, readLocalTree } from "../../compiler/src/device/deploy/tree";
import { DeviceError } from "../../compiler/src/device/errors";

const servers: DeviceServer[] = [];
const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function freshDevice(opts: ConstructorParameters<typeof VirtualBoard>[0] = {}): Promise<DeviceServer> {
  const board = new VirtualBoard(opts);
  board.start();
  const server = await startDeviceServer({ port: 0, board });
  servers.push(server);
  return server;
}

function tree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsmpy-device-"));
  dirs.push(dir);
  for (const [name, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  }
  return dir;
}

const sha = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
// Every byte value, and more than one raw-paste window and one write chunk.
const BINARY = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256));

describe("deploying with the built-in transport", () => {
  let server: DeviceServer;
  let repl: RawRepl;
  const files = {
    "main.py": "print('main')\n",
    "lib/tsmpy/__init__.py": "",
    "lib/tsmpy/num.py": "def f(x):\n    return x + 1\n",
    "apps/com.example.hello/assets/icon.bin": BINARY,
    "apps/com.example.hello/quote's.py": "q = \"it's\"\n",
  };
  let root: string;

  beforeAll(async () => {
    server = await freshDevice();
    root = tree(files);
    repl = await RawRepl.connect(`127.0.0.1:${server.port}`);
  });
  afterAll(() => repl.close());

  test("copies every file; listing and hashes read back from the board match the tree", async () => {
    const plan = await deployOver(repl, readLocalTree(root, "micropython"), { reset: "raw" });
    expect(plan.copy.map((f) => f.devicePath)).toEqual([
      "/apps/com.example.hello/assets/icon.bin",
      "/apps/com.example.hello/quote's.py",
      "/lib/tsmpy/__init__.py",
      "/lib/tsmpy/num.py",
      "/main.py",
    ]);
    const device = new DeviceFiles(repl);
    const listed = (await device.list("/")).filter((e) => !e.isDir).map((e) => [e.path, e.size]);
    const expected = Object.entries(files).map(([p, d]) => [`/${p}`, Buffer.byteLength(d)]);
    expect(listed.filter(([p]) => p !== MANIFEST_PATH).sort()).toEqual(expected.sort());
    const hashes = await device.sha256(Object.keys(files).map((p) => `/${p}`));
    for (const [p, d] of Object.entries(files)) expect(hashes.get(`/${p}`)).toBe(sha(d));
    expect((await device.readFile("/apps/com.example.hello/assets/icon.bin"))!.equals(BINARY)).toBe(true);
  });

  test("a second deploy of the unchanged tree copies nothing; a changed file alone is copied", async () => {
    const again = await deployOver(repl, readLocalTree(root, "micropython"), { reset: "raw" });
    expect(again.copy).toEqual([]);
    expect(again.unchanged).toHaveLength(5);
    fs.writeFileSync(path.join(root, "lib/tsmpy/num.py"), "def f(x):\n    return x + 2\n");
    const changed = await deployOver(repl, readLocalTree(root, "micropython"), { reset: "raw" });
    expect(changed.copy.map((f) => f.devicePath)).toEqual(["/lib/tsmpy/num.py"]);
  });

  test("a file an earlier deploy wrote and the tree no longer has is removed", async () => {
    fs.rmSync(path.join(root, "main.py"));
    const plan = await deployOver(repl, readLocalTree(root, "micropython"), { reset: "raw" });
    expect(plan.remove).toEqual(["/main.py"]);
    expect((await new DeviceFiles(repl).sha256(["/main.py"])).get("/main.py")).toBeUndefined();
  });

  test("soft reset restarts the interpreter and keeps the files", async () => {
    await repl.run("x = 41", "setting a global");
    await repl.softReset();
    const out = await repl.run("import sys\nsys.path.insert(0, '/')\nfrom lib.tsmpy import num\nprint(num.f(40), 'x' in globals())", "importing");
    expect(out).toBe("42 False\r\n");
  });
});

describe("the raw REPL", () => {
  test("raw-paste mode with flow control when the board offers it", async () => {
    const server = await freshDevice();
    const repl = await RawRepl.connect(`127.0.0.1:${server.port}`);
    // Longer than several 128-byte windows.
    const code = Array.from({ length: 60 }, (_, i) => `v${i} = ${i}`).join("\n") + "\nprint(sum([" + Array.from({ length: 60 }, (_, i) => `v${i}`).join(",") + "]))";
    expect(await repl.run(code, "summing")).toBe("1770\r\n");
    expect(repl.rawPaste).toBe(true);
    repl.close();
  });

  test("falls back to plain raw mode when the board answers R\\x00", async () => {
    const server = await freshDevice({ rawPaste: false });
    const repl = await RawRepl.connect(`127.0.0.1:${server.port}`);
    expect(await repl.run("print('plain', 1 + 1)", "printing")).toBe("plain 2\r\n");
    expect(repl.rawPaste).toBe(false);
    const r = await repl.exec("raise ValueError('boom')");
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/ValueError: boom\r\n$/);
    repl.close();
  });

  test("an exception in code the transport runs is a coded DeviceError with the traceback", async () => {
    const server = await freshDevice();
    const repl = await RawRepl.connect(`127.0.0.1:${server.port}`);
    const e = await repl.run("1/0", "dividing").catch((x) => x);
    expect(e).toBeInstanceOf(DeviceError);
    expect(e.diagnostic.code).toBe("TSMPY2205");
    expect(e.message).toMatch(/while dividing:\nTraceback[\s\S]*ZeroDivisionError/);
    repl.close();
  });

  test("a board that never answers times out with a coded error", async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const port = (silent.address() as net.AddressInfo).port;
    const e = await RawRepl.connect(`127.0.0.1:${port}`, { timeoutMs: 300 }).catch((x) => x);
    silent.close();
    expect(e.diagnostic?.code).toBe("TSMPY2203");
    expect(e.message).toMatch(/did not answer while entering the raw REPL/);
  });

  test("nothing listening: a coded unreachable-port error", async () => {
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const e = await RawRepl.connect(`socket://127.0.0.1:${port}`).catch((x) => x);
    expect(e.diagnostic?.code).toBe("TSMPY2202");
    expect(e.message).toMatch(/connection refused/);
  });
});

describe("the virtual board", () => {
  test("boots main.py after a deploy and streams what it prints", async () => {
    const server = await freshDevice();
    const repl = await RawRepl.connect(`127.0.0.1:${server.port}`);
    const root = tree({ "boot.py": "print('boot.py ran')\n", "main.py": "import helper\nfor i in range(3):\n    print('line', i)\n", "lib/helper.py": "print('helper imported')\n" });
    await deployOver(repl, readLocalTree(root, "micropython"), { reset: "none" });
    await repl.rebootToMain();
    let seen = "";
    await new Promise<void>((resolve) => {
      repl.stream((d) => {
        seen += d.toString("utf8");
        if (seen.includes(">>> ")) resolve();
      });
    });
    expect(seen).toMatch(/^boot\.py ran\r\nhelper imported\r\nline 0\r\nline 1\r\nline 2\r\n[\s\S]*MicroPython v1\.27\.0[\s\S]*>>> $/);
    repl.close();
  });

  test("Ctrl-C stops a program that never yields; the board reboots with its files", async () => {
    const server = await freshDevice({ interruptGraceMs: 200 });
    const repl = await RawRepl.connect(`127.0.0.1:${server.port}`);
    const root = tree({ "main.py": "while True:\n    pass\n" });
    await deployOver(repl, readLocalTree(root, "micropython"), { reset: "main" });
    repl.close();
    const again = await RawRepl.connect(`127.0.0.1:${server.port}`, { softReset: false });
    expect(await again.run("import os\nprint(os.listdir('/'))", "listing")).toMatch(/'main\.py'/);
    again.close();
  });

  test("Ctrl-C during code run from the raw REPL: what follows the Ctrl-C reaches the rebooted board", async () => {
    const server = await freshDevice({ interruptGraceMs: 200 });
    const repl = await RawRepl.connect(`127.0.0.1:${server.port}`);
    await repl.run("open('/kept.txt', 'w').write('yes')", "writing a file");
    const stuck = await repl.exec("while True: pass", { timeoutMs: 300 }).catch((e) => e);
    expect(stuck.diagnostic?.code).toBe("TSMPY2203");
    repl.close();
    // mpremote's way in: "\r\x03" then, without waiting, "\r\x01".
    const again = await RawRepl.connect(`127.0.0.1:${server.port}`, { softReset: false });
    expect(await again.run("print(open('/kept.txt').read())", "reading")).toBe("yes\r\n");
    again.close();
  });

  test("OSError numbers are MicroPython's (errno module, mpremote's parsing)", async () => {
    const server = await freshDevice();
    const repl = await RawRepl.connect(`127.0.0.1:${server.port}`);
    const code = [
      "import os, errno",
      "def code(f, *a):",
      " try: f(*a)",
      " except OSError as e: return e.errno",
      "os.mkdir('/d')",
      "open('/d/f', 'w').close()",
      "print(code(os.stat, '/nope') == errno.ENOENT, code(os.mkdir, '/d') == errno.EEXIST,",
      "      code(open, '/nope/x') == errno.ENOENT, code(os.listdir, '/d/f'), code(os.rmdir, '/d'))",
    ].join("\n");
    expect(await repl.run(code, "checking errno")).toBe("True True True 20 39\r\n");
    const r = await repl.exec("import os\nos.remove('/missing')");
    expect(r.stderr).toMatch(/OSError: \[Errno 2\] ENOENT\r\n$/);
    repl.close();
  });

  test("asyncio.run blocks until the coroutine ends; _thread runs at once outside it, as a task inside; machine and network stand-ins", async () => {
    const server = await freshDevice();
    const repl = await RawRepl.connect(`127.0.0.1:${server.port}`);
    const code = [
      "import asyncio, machine, network, _thread, time",
      "log = []",
      "def worker(n): log.append('thread %d' % n)",
      "_thread.start_new_thread(worker, (1,))",
      "log.append('started')",
      "async def main():",
      " _thread.start_new_thread(worker, (7,))",
      " log.append('in main')",
      " t = time.ticks_ms()",
      " await asyncio.sleep_ms(30)",
      " log.append('slept %s' % (time.ticks_diff(time.ticks_ms(), t) >= 30))",
      " return 'done'",
      "print(asyncio.run(main()), log)",
      "p = machine.Pin(2, machine.Pin.OUT); p.on()",
      "w = network.WLAN(network.STA_IF)",
      "print(p.value(), len(machine.unique_id()), machine.freq(), w.isconnected(), w.ifconfig()[0])",
      "w.disconnect(); print(network.WLAN(network.STA_IF).isconnected())",
    ].join("\n");
    expect(await repl.run(code, "using the stand-ins")).toBe("done ['thread 1', 'started', 'in main', 'thread 7', 'slept True']\r\n1 6 240000000 True 10.0.2.15\r\nFalse\r\n");
    repl.close();
  });
});
