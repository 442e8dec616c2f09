// Bundles the `tsmpy` command into dist/ with esbuild: dist/cli.js (argument parsing, help; starts
// fast) and dist/commands.js (the compiler, loaded only by commands that compile). Dependencies
// (ts-morph, the MicroPython engine) stay in node_modules. Run by `npm run build` and `prepare`.
import * as esbuild from "esbuild";
import * as fs from "fs";
import * as path from "path";
import { fileURLToPath } from "url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function build() {
  // Written beside dist/ first, then renamed file by file: a `tsmpy` started while another one
  // rebuilds never loads a half-written bundle.
  const tmp = path.join(root, `dist.tmp-${process.pid}-${Date.now()}`);
  try {
    await bundle(tmp);
    fs.mkdirSync(path.join(root, "dist"), { recursive: true });
    for (const f of fs.readdirSync(tmp)) fs.renameSync(path.join(tmp, f), path.join(root, "dist", f));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function bundle(outdir) {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { cli: "compiler/src/cli/main.ts", commands: "compiler/src/cli/commands.ts", "device-commands": "compiler/src/cli/device-commands.ts" },
    outdir,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    external: ["./commands", "./device-commands"],
    sourcemap: "linked",
    logLevel: "warning",
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  build().catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
  });
}
