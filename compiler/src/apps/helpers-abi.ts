// One helper package per device, shared by every app and the runtime: lib/tsmpy/. Values cross
// between apps and servicekit (promises, errors, objects), and the helpers recognise them by class,
// so two copies of the package in one interpreter would silently disagree. Sharing it means an app
// compiled by one tsmpy version could meet the helpers of another: each app's __init__.py checks
// the package's ABI stamp (a hash of the helper sources) and refuses to load with a clear message
// instead of misbehaving.
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { HELPERS_DIR, readHelperPackage } from "../compile";
import { version } from "../cli/main";

let abi: string | undefined;

/** A hash of every file of the helper package: equal stamps mean identical helpers. */
export function helperAbi(): string {
  if (abi) return abi;
  const hash = crypto.createHash("sha256");
  const dir = path.join(HELPERS_DIR, "tsmpy");
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".py")).sort()) {
    hash.update(f + "\0").update(fs.readFileSync(path.join(dir, f))).update("\0");
  }
  return (abi = hash.digest("hex").slice(0, 12));
}

/** lib/tsmpy/ files for the given helper modules (`tsmpy.num`), its __init__.py stamped. */
export function helperPackageFiles(modules: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [rel, text] of readHelperPackage(modules)) {
    out.set(path.posix.join("lib", rel), rel === "tsmpy/__init__.py" ? `${text.replace(/\n*$/, "\n")}\n# Checked by each app's __init__.py (tsmpy compile).\nABI = "${helperAbi()}"\n` : text);
  }
  return out;
}

/** The app package's __init__.py: what it is, and the helper check when the app uses helpers. */
export function appPackageInit(fullname: string, packageName: string, abiStamp: string | undefined): string {
  const lines = [
    `# ${fullname}, compiled by tsmpy ${version()}. MicroPythonOS loads it in package mode (this file):`,
    `# it imports ${packageName}.<entrypoint> with apps/ on sys.path, so its module names cannot collide with other apps'.`,
  ];
  if (abiStamp) {
    lines.push(
      "import tsmpy",
      `if getattr(tsmpy, "ABI", None) != "${abiStamp}":`,
      `    raise ImportError("${packageName} needs the helper package of the tsmpy that compiled it (ABI ${abiStamp}); lib/tsmpy on this device is another version: deploy the whole out/ tree again")`,
    );
  }
  return lines.join("\n") + "\n";
}
