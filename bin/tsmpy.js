#!/usr/bin/env node
// The `tsmpy` command. Runs the bundle in dist/ (built by `npm run build`, which `npm ci` runs as
// the `prepare` step). In a source checkout, a bundle older than the sources is rebuilt first.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");

function mtime(p) {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}

function newestSource(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith(".ts")) newest = Math.max(newest, mtime(p));
  }
  return newest;
}

function stale() {
  const built = Math.min(mtime(path.join(dist, "cli.js")), mtime(path.join(dist, "commands.js")));
  if (built < 0) return true;
  const src = path.join(root, "compiler", "src");
  return fs.existsSync(src) && newestSource(src) > built;
}

async function start() {
  if (stale()) {
    try {
      const { build } = await import(path.join(root, "scripts", "build.mjs"));
      await build();
    } catch (e) {
      process.stderr.write(`tsmpy: cannot build the compiler bundle (npm run build): ${e && e.message}\n`);
      return 2;
    }
  }
  return require(path.join(dist, "cli.js")).main(process.argv.slice(2));
}

start().then((code) => {
  process.exitCode = code;
});
