// `tsmpy deploy`: copies the built device tree (out/) to a board, only what changed since the
// last deploy, then soft-resets it. Exit 0 when done, 2 on any problem (with a coded message).
import * as path from "path";
import { deployBuiltin } from "../device/deploy/builtin";
import { deployMpremote } from "../device/deploy/mpremote";
import { readLocalTree, Target } from "../device/deploy/tree";
import { parsePort } from "../device/transport/channel";
import { parseOptions, reportingDeviceErrors, usage } from "./device-args";

export function deploy(argv: string[]): Promise<number> {
  return reportingDeviceErrors(async () => {
    const o = parseOptions("deploy", argv, {
      values: { "--port": undefined, "--target": ["mpos", "micropython"], "--via": ["mpremote", "builtin"], "--out": undefined },
    });
    const port = o.values.get("--port") ?? process.env.TSMPY_PORT ?? "/dev/ttyUSB0";
    if (!port) throw usage("--port needs a value");
    parsePort(port); // a malformed port is reported before anything else happens
    const target = (o.values.get("--target") ?? "mpos") as Target;
    const via = o.values.get("--via") ?? "mpremote";
    const outDir = path.resolve(o.values.get("--out") ?? "out");
    const local = readLocalTree(outDir, target);
    const log = (line: string) => process.stdout.write(`  ${line}\n`);
    const shown = path.relative(process.cwd(), outDir) || ".";
    process.stdout.write(`tsmpy deploy: ${local.length} file${local.length === 1 ? "" : "s"} in ${shown} -> ${port} (target ${target}, via ${via})\n`);
    const plan = via === "builtin" ? await deployBuiltin(port, local, { log }) : await deployMpremote(port, local, { log });
    const removed = plan.remove.length ? `, removed ${plan.remove.length}` : "";
    process.stdout.write(`tsmpy deploy: copied ${plan.copy.length}, unchanged ${plan.unchanged.length}${removed}; board soft-reset.\n`);
    return 0;
  });
}
