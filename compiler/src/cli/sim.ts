// `tsmpy sim`: a fresh virtual board in this process, the device tree deployed to it with the
// built-in transport, then booted (main.py runs); its output streams here until Ctrl-C or
// --timeout. A tree built for MicroPythonOS (target mpos: apps and lib/ only, no main.py) expects
// the firmware's frozen mpos package and its boot; the virtual board has neither, so tsmpy's own
// mpos runtime (runtime-ts/, the stock-board build) stands in for the firmware: its lib/mpos/,
// main.py and any helper modules the tree lacks are added to what is deployed. That is only ever
// done on the virtual board, never by deploy.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { deployOver } from "../device/deploy/builtin";
import { LocalFile, readLocalTree, Target } from "../device/deploy/tree";
import { RawRepl } from "../device/transport/raw-repl";
import { VirtualBoard } from "../device/virtual/board";
import { startDeviceServer } from "../device/virtual/server";
import { parseOptions, reportingDeviceErrors, seconds } from "./device-args";

export function sim(argv: string[]): Promise<number> {
  return reportingDeviceErrors(async () => {
    const o = parseOptions("sim", argv, { values: { "--target": ["mpos", "micropython"], "--out": undefined, "--timeout": undefined } });
    const timeout = seconds(o, "--timeout");
    const outDir = path.resolve(o.values.get("--out") ?? "out");
    const target = (o.values.get("--target") ?? treeTarget(outDir)) as Target;
    const tree = readLocalTree(outDir, target);
    const local = target === "mpos" ? withFirmwareStandIn(tree) : tree;
    const board = new VirtualBoard();
    board.start();
    const server = await startDeviceServer({ port: 0, board });
    try {
      const repl = await RawRepl.connect(`127.0.0.1:${server.port}`);
      await deployOver(repl, local, { reset: "none" });
      const shown = path.relative(process.cwd(), outDir) || ".";
      process.stdout.write(`tsmpy sim: ${local.length} file${local.length === 1 ? "" : "s"} from ${shown} on a fresh virtual board (target ${target}${target === "mpos" ? ", tsmpy's mpos runtime standing in for the firmware" : ""}); booting. Ctrl-C to stop.\n`);
      await repl.rebootToMain();
      const decoder = new TextDecoder();
      repl.stream((d) => process.stdout.write(decoder.decode(d, { stream: true }).replace(/\r\n/g, "\n")));
      const stopped = await new Promise<string>((resolve) => {
        const timer = timeout ? setTimeout(() => resolve(`stopped after ${timeout} s`), timeout * 1000) : undefined;
        const stop = () => {
          if (timer) clearTimeout(timer);
          resolve("stopped");
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      repl.close();
      process.stdout.write(`\ntsmpy sim: ${stopped}.\n`);
      return 0;
    } finally {
      await server.close();
    }
  });
}

/** A tree with a boot of its own (main.py) or lib/mpos/ was built for a stock board. */
function treeTarget(outDir: string): Target {
  return fs.existsSync(path.join(outDir, "main.py")) || fs.existsSync(path.join(outDir, "lib", "mpos")) ? "micropython" : "mpos";
}

/** The tree plus the stock-board runtime's files it does not have (lib/mpos/, main.py, helpers). */
function withFirmwareStandIn(tree: LocalFile[]): LocalFile[] {
  // Loaded here: the runtime build pulls in the compiler (ts-morph), which only this case needs.
  const commands: typeof import("./commands") = require("./commands");
  const runtime = commands.runtimeFiles("micropython");
  if (runtime.diagnostics.length) throw new Error(`the mpos runtime did not compile: ${runtime.diagnostics.map((d) => d.message).join("; ")}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsmpy-sim-firmware-"));
  try {
    for (const [devicePath, text] of runtime.files) {
      fs.mkdirSync(path.dirname(path.join(dir, devicePath)), { recursive: true });
      fs.writeFileSync(path.join(dir, devicePath), text);
    }
    const have = new Set(tree.map((f) => f.devicePath));
    const extra = readLocalTree(dir, "micropython").filter((f) => !have.has(f.devicePath));
    // deployOver reads the files later: keep the contents, not the temporary paths.
    const kept = fs.mkdtempSync(path.join(os.tmpdir(), "tsmpy-sim-overlay-"));
    process.once("exit", () => fs.rmSync(kept, { recursive: true, force: true }));
    const moved = extra.map((f) => {
      const localPath = path.join(kept, f.devicePath);
      fs.mkdirSync(path.dirname(localPath), { recursive: true });
      fs.copyFileSync(f.localPath, localPath);
      return { ...f, localPath };
    });
    return [...tree, ...moved].sort((a, b) => (a.devicePath < b.devicePath ? -1 : a.devicePath > b.devicePath ? 1 : 0));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
