// The `tsmpy` command: argument parsing, --help and --version. Kept free of the compiler's imports
// so that `tsmpy --help` starts fast; the commands (and ts-morph) load only when one runs.
import * as fs from "fs";
import * as path from "path";
import { packageRoot } from "../paths";
import type { CompileArgs } from "./compile-apps";
import type { NewAppArgs } from "./new";

export const USAGE = `Usage: tsmpy <command> [options]

Commands:
  build [-p tsconfig.json] [--outDir DIR]
                       Type-check a project and write one .py per .ts (same layout) plus the
                       helper package under lib/ (default DIR: out/ beside the tsconfig).
  run FILE.ts [--timeout S]
                       Compile FILE and what it imports, run it on MicroPython, stream its output.
                       Exit 0 on success, 1 on an uncaught exception or timeout, 2 on errors.
  compile [--target mpos|micropython] [--apps DIR] [--outDir DIR]
                       Type-check and compile every app under apps/*/app.config.ts into a device
                       tree (default out/): apps/<app>/ with MANIFEST.JSON, plus lib/. Target mpos
                       (default): MicroPythonOS firmware; micropython: also the runtime and main.py.
  new app FULLNAME [--apps DIR]
                       Scaffold apps/FULLNAME/ (app.config.ts, an Activity, an icon).
  deploy [--port PORT] [--target mpos|micropython] [--via mpremote|builtin] [--out DIR]
                       Copy the device tree (default out/) to a board, only the files changed
                       since the last deploy, then soft-reset it. PORT: /dev/ttyUSB0, COM3,
                       host:port or socket://host:port (default $TSMPY_PORT, else /dev/ttyUSB0).
                       --via mpremote (default) runs mpremote; --via builtin needs no Python.
  device [--port 2217] [--no-raw-paste] [--verbose]
                       Run a virtual board (MicroPython 1.27, WebAssembly) on 127.0.0.1:PORT for
                       mpremote and deploy: mpremote connect socket://127.0.0.1:2217 fs ls
  sim [--target micropython|mpos] [--out DIR] [--timeout S]
                       Deploy the device tree to a fresh virtual board, boot it and print its
                       output until Ctrl-C (or S seconds). A tree built for mpos (no main.py)
                       boots with tsmpy's mpos runtime standing in for the firmware.

Options:
  -h, --help           Show this help.
  -v, --version        Show the version.
`;

export interface BuildArgs {
  command: "build";
  project?: string;
  outDir?: string;
}

export interface RunArgs {
  command: "run";
  file: string;
  timeoutSeconds?: number;
}

/** deploy, device and sim parse their own options (cli/device-args.ts). */
export interface DeviceCommandArgs {
  command: "deploy" | "device" | "sim";
  argv: string[];
}

export type ParsedArgs = BuildArgs | RunArgs | CompileArgs | NewAppArgs | DeviceCommandArgs | { command: "help" } | { command: "version" } | { command: "usage-error"; message: string };

/** Parses the command line (without `node` and the script). */
export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0) return { command: "usage-error", message: "no command given" };
  if (argv.includes("-h") || argv.includes("--help") || (argv.length === 1 && argv[0] === "help")) return { command: "help" };
  if (argv.includes("-v") || argv.includes("--version")) return { command: "version" };
  const [command, ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string>();
  if (command === "deploy" || command === "device" || command === "sim") return { command, argv: rest };
  const takesValue: Record<string, string[]> = { build: ["-p", "--project", "--outDir"], run: ["--timeout"], compile: ["--target", "--apps", "--outDir"], new: ["--apps"] };
  if (!(command in takesValue)) return { command: "usage-error", message: `unknown command '${command}'` };
  for (let i = 0; i < rest.length; i++) {
    let a = rest[i];
    if (a.startsWith("-")) {
      let value: string | undefined;
      const eq = a.indexOf("=");
      if (a.startsWith("--") && eq > 0) {
        value = a.slice(eq + 1);
        a = a.slice(0, eq);
      }
      if (!takesValue[command].includes(a)) return { command: "usage-error", message: `unknown option '${a}' for '${command}'` };
      if (value === undefined) {
        if (i + 1 >= rest.length) return { command: "usage-error", message: `option '${a}' needs a value` };
        value = rest[++i];
      }
      flags.set(a === "--project" ? "-p" : a, value);
    } else {
      positional.push(a);
    }
  }
  if (command === "build") {
    if (positional.length) return { command: "usage-error", message: `unexpected argument '${positional[0]}'` };
    return { command: "build", project: flags.get("-p"), outDir: flags.get("--outDir") };
  }
  if (command === "compile" || command === "new") return parseAppCommand(command, positional, flags);
  if (positional.length !== 1) return { command: "usage-error", message: positional.length ? `unexpected argument '${positional[1]}'` : "run needs a FILE.ts" };
  let timeoutSeconds: number | undefined;
  const t = flags.get("--timeout");
  if (t !== undefined) {
    timeoutSeconds = Number(t);
    if (!/^\d+(\.\d+)?$/.test(t) || !(timeoutSeconds > 0)) return { command: "usage-error", message: `--timeout needs a positive number of seconds, got '${t}'` };
  }
  return { command: "run", file: positional[0], timeoutSeconds };
}

function parseAppCommand(command: "compile" | "new", positional: string[], flags: Map<string, string>): ParsedArgs {
  if (command === "compile") {
    if (positional.length) return { command: "usage-error", message: `unexpected argument '${positional[0]}'` };
    const target = flags.get("--target") ?? "mpos";
    if (target !== "mpos" && target !== "micropython") return { command: "usage-error", message: `--target must be mpos or micropython, got '${target}'` };
    return { command: "compile", target, appsDir: flags.get("--apps"), outDir: flags.get("--outDir") };
  }
  if (positional[0] !== "app" || positional.length !== 2) return { command: "usage-error", message: "usage: tsmpy new app FULLNAME (for example: tsmpy new app com.example.weather)" };
  return { command: "new", kind: "app", fullname: positional[1], appsDir: flags.get("--apps") };
}

export function version(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(packageRoot(), "package.json"), "utf8")).version;
  } catch {
    return "unknown";
  }
}

/** Runs the command line; resolves to the exit code. Never throws. */
export async function main(argv: string[]): Promise<number> {
  // `tsmpy run prog.ts | head`: a closed pipe ends the command quietly, not with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    });
  }
  const args = parseArgs(argv);
  switch (args.command) {
    case "help":
      process.stdout.write(USAGE);
      return 0;
    case "version":
      process.stdout.write(`tsmpy ${version()}\n`);
      return 0;
    case "usage-error":
      process.stderr.write(`tsmpy: ${args.message}\n\n${USAGE}`);
      return 2;
  }
  try {
    if (args.command === "deploy" || args.command === "device" || args.command === "sim") {
      const device: typeof import("./device-commands") = require("./device-commands");
      return await device[args.command](args.argv);
    }
    // Loaded here, not at the top: it pulls in ts-morph (the bulk of the start-up time).
    const commands: typeof import("./commands") = require("./commands");
    if (args.command === "compile") return await commands.compileApps(args);
    if (args.command === "new") return await commands.newApp(args);
    return args.command === "build" ? await commands.build(args) : await commands.run(args as RunArgs);
  } catch (e) {
    const err = e as Error;
    process.stderr.write(`error TSMPY2999: Internal compiler error: ${err?.message ?? String(e)}. Please report this with the code that caused it.\n`);
    if (process.env.TSMPY_DEBUG) process.stderr.write(`${err?.stack}\n`);
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
