// What a deploy copies: the local device tree (read only, never modified), its hashes, the
// manifest of the last deploy kept on the board, and the plan that compares them.
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { DeviceError } from "../errors";
import { deployNoTree, deployShadowsFrozen } from "../../diagnostics/catalog";

export type Target = "mpos" | "micropython";

/** The board file that records what the last deploy wrote (path -> sha256 hex). */
export const MANIFEST_PATH = "/.tsmpy-deploy.json";

/** Local files that are build bookkeeping, not device files. */
const NOT_DEPLOYED = new Set([".tsmpy-build"]);

export interface LocalFile {
  /** Path on the board, e.g. "/lib/tsmpy/__init__.py". */
  devicePath: string;
  /** Path on this machine. */
  localPath: string;
  sha256: string;
  size: number;
}

export interface Manifest {
  tool: "tsmpy";
  files: Record<string, string>;
}

export interface DeployPlan {
  /** Files to write (new or changed), in path order. */
  copy: LocalFile[];
  unchanged: LocalFile[];
  /** Files an earlier deploy wrote that the tree no longer has. */
  remove: string[];
  /** Directories the copied files need (parents first). */
  dirs: string[];
  manifest: Manifest;
}

/** Reads the tree under `root`: every file, hashed, as a board path. */
export function readLocalTree(root: string, target: Target): LocalFile[] {
  const shown = path.relative(process.cwd(), root) || ".";
  if (!fs.existsSync(root)) throw new DeviceError(deployNoTree(undefined, shown, "it does not exist (build it first: npm run compile)"));
  if (!fs.statSync(root).isDirectory()) throw new DeviceError(deployNoTree(undefined, shown, "it is not a directory"));
  const files: LocalFile[] = [];
  const visit = (dir: string, rel: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const local = path.join(dir, e.name);
      const devicePath = `${rel}/${e.name}`;
      if (e.isDirectory()) visit(local, devicePath);
      else if (e.isFile() && !(rel === "" && NOT_DEPLOYED.has(e.name))) {
        const data = fs.readFileSync(local);
        files.push({ devicePath, localPath: local, sha256: createHash("sha256").update(data).digest("hex"), size: data.length });
      }
    }
  };
  visit(root, "");
  if (!files.length) throw new DeviceError(deployNoTree(undefined, shown, "it has no files (build it first: npm run compile)"));
  files.sort((a, b) => (a.devicePath < b.devicePath ? -1 : a.devicePath > b.devicePath ? 1 : 0));
  if (target === "mpos") {
    const shadowing = files.filter((f) => f.devicePath.startsWith("/lib/mpos/"));
    if (shadowing.length) {
      const names = shadowing.slice(0, 3).map((f) => path.relative(process.cwd(), f.localPath));
      throw new DeviceError(deployShadowsFrozen(undefined, names.join(", ") + (shadowing.length > 3 ? ` and ${shadowing.length - 3} more` : "")));
    }
  }
  return files;
}

/** The manifest's text as read back from the board; a missing or foreign file counts as empty. */
export function parseManifest(text: string | undefined): Manifest {
  try {
    const m = JSON.parse(text ?? "");
    if (m && m.tool === "tsmpy" && m.files && typeof m.files === "object") return { tool: "tsmpy", files: { ...m.files } };
  } catch {
    // Not ours or damaged: deploy everything again.
  }
  return { tool: "tsmpy", files: {} };
}

/**
 * Compares the tree with what the board holds: `remote` maps a board path to the hash it has
 * there (from the manifest, or hashed on the board), undefined when unknown or missing.
 */
export function planDeploy(local: LocalFile[], remote: (devicePath: string) => string | undefined, previous: Manifest): DeployPlan {
  const copy = local.filter((f) => remote(f.devicePath) !== f.sha256);
  const unchanged = local.filter((f) => remote(f.devicePath) === f.sha256);
  const present = new Set(local.map((f) => f.devicePath));
  const remove = Object.keys(previous.files)
    .filter((p) => !present.has(p) && p !== MANIFEST_PATH)
    .sort();
  const dirs = new Set<string>();
  for (const f of copy) {
    const parts = f.devicePath.split("/").slice(1, -1);
    for (let i = 1; i <= parts.length; i++) dirs.add("/" + parts.slice(0, i).join("/"));
  }
  const manifest: Manifest = { tool: "tsmpy", files: Object.fromEntries(local.map((f) => [f.devicePath, f.sha256])) };
  return { copy, unchanged, remove, dirs: [...dirs].sort(), manifest };
}

export function manifestText(m: Manifest): string {
  return JSON.stringify(m, null, 0) + "\n";
}
