// Deploy with tsmpy's own raw-REPL transport: hash what the board has, write only what differs,
// remove what an earlier deploy wrote and the tree no longer has, record the manifest, soft-reset.
import * as fs from "fs";
import { RawRepl, RawReplOptions } from "../transport/raw-repl";
import { DeviceFiles } from "../transport/files";
import { DeployPlan, LocalFile, MANIFEST_PATH, manifestText, parseManifest, planDeploy } from "./tree";

export interface BuiltinDeployOptions extends RawReplOptions {
  /** Progress lines ("copy /main.py"). */
  log?: (line: string) => void;
  /**
   * After copying: "main" (default) soft-resets from the friendly REPL, so boot.py and main.py run
   * as after power-on; "raw" soft-resets and stays in the raw REPL; "none" leaves the board as is.
   */
  reset?: "main" | "raw" | "none";
}

/** Deploys over an open raw REPL (used by `tsmpy sim`, which keeps the connection). */
export async function deployOver(repl: RawRepl, local: LocalFile[], opts: BuiltinDeployOptions = {}): Promise<DeployPlan> {
  const log = opts.log ?? (() => {});
  const files = new DeviceFiles(repl);
  const previous = parseManifest((await files.readFile(MANIFEST_PATH))?.toString("utf8"));
  // The board's own hashes, not the manifest's: a file changed on the board is copied again.
  const onBoard = await files.sha256(local.map((f) => f.devicePath));
  const plan = planDeploy(local, (p) => onBoard.get(p), previous);
  await files.mkdirs(plan.dirs);
  for (const f of plan.copy) {
    log(`copy ${f.devicePath} (${f.size} bytes)`);
    await files.writeFile(f.devicePath, fs.readFileSync(f.localPath));
  }
  if (plan.remove.length) {
    for (const p of plan.remove) log(`remove ${p}`);
    await files.remove(plan.remove);
  }
  await files.writeFile(MANIFEST_PATH, Buffer.from(manifestText(plan.manifest)));
  const reset = opts.reset ?? "main";
  if (reset === "raw") await repl.softReset();
  else if (reset === "main") await repl.rebootToMain();
  return plan;
}

export async function deployBuiltin(port: string, local: LocalFile[], opts: BuiltinDeployOptions = {}): Promise<DeployPlan> {
  const repl = await RawRepl.connect(port, opts);
  try {
    return await deployOver(repl, local, opts);
  } finally {
    repl.close();
  }
}
