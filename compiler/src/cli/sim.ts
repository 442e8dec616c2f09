// `tsmpy sim`: a fresh virtual board in this process, the device tree deployed to it with the
// built-in transport, then booted (main.py runs); its output streams here until Ctrl-C or
// --timeout.
import * as path from "path";
import { deployOver } from "../device/deploy/builtin";
import { readLocalTree, Target } from "../device/deploy/tree";
import { RawRepl } from "../device/transport/raw-repl";
import { VirtualBoard } from "../device/virtual/board";
import { startDeviceServer } from "../device/virtual/server";
import { parseOptions, reportingDeviceErrors, seconds } from "./device-args";

export function sim(argv: string[]): Promise<number> {
  return reportingDeviceErrors(async () => {
    const o = parseOptions("sim", argv, { values: { "--target": ["mpos", "micropython"], "--out": undefined, "--timeout": undefined } });
    const target = (o.values.get("--target") ?? "micropython") as Target;
    const timeout = seconds(o, "--timeout");
    const outDir = path.resolve(o.values.get("--out") ?? "out");
    const local = readLocalTree(outDir, target);
    const board = new VirtualBoard();
    board.start();
    const server = await startDeviceServer({ port: 0, board });
    try {
      const repl = await RawRepl.connect(`127.0.0.1:${server.port}`);
      await deployOver(repl, local, { reset: "none" });
      const shown = path.relative(process.cwd(), outDir) || ".";
      process.stdout.write(`tsmpy sim: ${local.length} file${local.length === 1 ? "" : "s"} from ${shown} on a fresh virtual board (target ${target}); booting. Ctrl-C to stop.\n`);
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
