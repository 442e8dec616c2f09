// Option parsing shared by `tsmpy deploy`, `tsmpy device` and `tsmpy sim`, and the way they
// report a DeviceError: a coded message on stderr and exit code 2, never a stack trace.
import { DeviceError } from "../device/errors";
import { deviceUsage } from "../diagnostics/catalog";
import { formatDiagnostic } from "../diagnostics/format";

export interface OptionSpec {
  /** Options that take a value, with the values they accept (undefined: any). */
  values: Record<string, readonly string[] | undefined>;
  /** Options without a value. */
  flags?: readonly string[];
}

export interface Options {
  values: Map<string, string>;
  flags: Set<string>;
}

export function parseOptions(command: string, argv: string[], spec: OptionSpec): Options {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let value: string | undefined;
    const eq = a.indexOf("=");
    if (a.startsWith("--") && eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    if (spec.flags?.includes(a) && value === undefined) {
      flags.add(a);
      continue;
    }
    if (!(a in spec.values)) throw usage(a.startsWith("-") ? `unknown option '${a}' for '${command}'` : `unexpected argument '${a}' for '${command}'`);
    if (value === undefined) {
      if (i + 1 >= argv.length) throw usage(`option '${a}' needs a value`);
      value = argv[++i];
    }
    const allowed = spec.values[a];
    if (allowed && !allowed.includes(value)) throw usage(`${a} must be one of ${allowed.join(", ")}; got '${value}'`);
    values.set(a, value);
  }
  return { values, flags };
}

export function usage(message: string): DeviceError {
  return new DeviceError(deviceUsage(undefined, message));
}

/** A positive number of seconds from an option, or undefined. */
export function seconds(options: Options, name: string): number | undefined {
  const t = options.values.get(name);
  if (t === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(t) || !(Number(t) > 0)) throw usage(`${name} needs a positive number of seconds, got '${t}'`);
  return Number(t);
}

/** Runs a device command: a DeviceError becomes its message and exit code 2. */
export async function reportingDeviceErrors(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof DeviceError) {
      const color = !!process.stderr.isTTY && !process.env.NO_COLOR;
      process.stderr.write(formatDiagnostic(e.diagnostic, { color }) + "\n");
      return 2;
    }
    throw e;
  }
}
