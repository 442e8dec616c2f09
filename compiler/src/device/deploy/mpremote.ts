// Deploy with mpremote, the tool users already have: read the manifest of the last deploy, then
// run `mpremote connect PORT exec <mkdir -p> + fs cp FILE :PATH + ... + soft-reset` in batches.
// Directories are made by one exec (mpremote's `fs mkdir` fails on a directory that exists).
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DeviceError } from "../errors";
import { mpremoteFailed, mpremoteMissing } from "../../diagnostics/catalog";
import { pyStr } from "../transport/files";
import { DeployPlan, LocalFile, MANIFEST_PATH, Manifest, manifestText, parseManifest, planDeploy } from "./tree";

/** Files per mpremote call: keeps command lines short (Windows allows 8191 characters). */
export const FILES_PER_CALL = 25;

const MANIFEST_BEGIN = "<<tsmpy-manifest>>";
const MANIFEST_END = "<<end>>";

/** mpremote's path on PATH, or undefined. */
export function findMpremote(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const names = process.platform === "win32" ? ["mpremote.exe", "mpremote.cmd", "mpremote.bat"] : ["mpremote"];
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const p = path.join(dir, name);
      try {
        fs.accessSync(p, fs.constants.X_OK);
        if (fs.statSync(p).isFile()) return p;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** The Python that prints the board's manifest between markers ('{}' when there is none). */
export function readManifestCode(): string {
  return [
    "try:",
    ` f=open(${pyStr(MANIFEST_PATH)})`,
    ` print(${pyStr(MANIFEST_BEGIN)}+f.read()+${pyStr(MANIFEST_END)})`,
    " f.close()",
    "except OSError:",
    ` print(${pyStr(MANIFEST_BEGIN + "{}" + MANIFEST_END)})`,
  ].join("\n");
}

export function manifestFromOutput(stdout: string): Manifest {
  const begin = stdout.indexOf(MANIFEST_BEGIN);
  const end = stdout.indexOf(MANIFEST_END, begin);
  return parseManifest(begin >= 0 && end > begin ? stdout.slice(begin + MANIFEST_BEGIN.length, end) : undefined);
}

function mkdirCode(dirs: string[]): string {
  return [
    "import os",
    `for p in (${dirs.map(pyStr).join(", ")},):`,
    " try: os.mkdir(p)",
    " except OSError:",
    "  if not os.stat(p)[0]&0x4000: raise",
  ].join("\n");
}

function removeCode(paths: string[]): string {
  return ["import os", `for p in (${paths.map(pyStr).join(", ")},):`, " try: os.remove(p)", " except OSError: pass"].join("\n");
}

/**
 * The mpremote argument lists that apply `plan` (each one call). `manifestFile` is a local copy
 * of the new manifest, written outside the tree.
 */
export function mpremoteCommands(port: string, plan: DeployPlan, manifestFile: string): string[][] {
  const steps: string[][] = [];
  if (plan.dirs.length) steps.push(["exec", mkdirCode(plan.dirs)]);
  for (const f of plan.copy) steps.push(["fs", "cp", f.localPath, `:${f.devicePath}`]);
  if (plan.remove.length) steps.push(["exec", removeCode(plan.remove)]);
  steps.push(["fs", "cp", manifestFile, `:${MANIFEST_PATH}`]);
  steps.push(["soft-reset"]);
  const calls: string[][] = [];
  for (let i = 0; i < steps.length; i += FILES_PER_CALL) {
    const batch = steps.slice(i, i + FILES_PER_CALL);
    // Only the first call may soft-reset on connecting (it stops a running program); the
    // others resume that session's state.
    const head = i === 0 ? ["connect", port] : ["connect", port, "resume"];
    const args = [...head];
    batch.forEach((step, k) => {
      if (k) args.push("+");
      args.push(...step);
    });
    calls.push(args);
  }
  return calls;
}

export interface Ran {
  code: number | null;
  signal: string | null;
  output: string;
}

export function runMpremote(exe: string, args: string[], onOutput?: (text: string) => void): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(exe, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const take = (d: Buffer) => {
      const t = d.toString("utf8");
      output += t;
      onOutput?.(t);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("error", (e) => resolve({ code: null, signal: null, output: output + e.message }));
    child.on("close", (code, signal) => resolve({ code, signal, output }));
  });
}

/** A command line as a user would type it (for messages). */
export function showCommand(exe: string, args: string[]): string {
  const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
  return [path.basename(exe), ...args].map(quote).join(" ");
}

async function check(exe: string, args: string[], onOutput?: (text: string) => void): Promise<string> {
  const r = await runMpremote(exe, args, onOutput);
  if (r.code !== 0) {
    const exit = r.signal ? `killed by ${r.signal}` : r.code === null ? "could not start" : `exit code ${r.code}`;
    throw new DeviceError(mpremoteFailed(undefined, exit, showCommand(exe, args), r.output.trimEnd() || "(no output)"));
  }
  return r.output;
}

export interface MpremoteDeployOptions {
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export async function deployMpremote(port: string, local: LocalFile[], opts: MpremoteDeployOptions = {}): Promise<DeployPlan> {
  const exe = findMpremote(opts.env);
  if (!exe) throw new DeviceError(mpremoteMissing(undefined));
  const log = opts.log ?? (() => {});
  const previous = manifestFromOutput(await check(exe, ["connect", port, "exec", readManifestCode()]));
  const plan = planDeploy(local, (p) => previous.files[p], previous);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tsmpy-deploy-"));
  try {
    const manifestFile = path.join(tmp, "tsmpy-deploy.json");
    fs.writeFileSync(manifestFile, manifestText(plan.manifest));
    for (const f of plan.copy) log(`copy ${f.devicePath} (${f.size} bytes)`);
    for (const p of plan.remove) log(`remove ${p}`);
    for (const args of mpremoteCommands(port, plan, manifestFile)) {
      log(`$ ${showCommand(exe, args)}`);
      await check(exe, args);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return plan;
}
