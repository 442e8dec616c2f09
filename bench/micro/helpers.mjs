// Per-call cost of the tsmpy runtime helpers on MicroPython 1.27 (WebAssembly), next to the
// plain Python operation a hand-written program would use.
//
//   node bench/micro/helpers.mjs                        # helpers from compiler/helpers/tsmpy
//   node bench/micro/helpers.mjs --helpers=DIR           # another copy (DIR holds tsmpy/*.py)
//   node bench/micro/helpers.mjs --rounds=30 js_mod      # more rounds; only cases matching
//
// e.g. the helpers of an older commit:
//   mkdir -p /tmp/old/tsmpy && for f in compiler/helpers/tsmpy/*.py; do
//     git show REV:$f > /tmp/old/tsmpy/$(basename $f); done
//
// Each case is a loop of calls inside a function (locals, as compiled code has them). The machine
// may be loaded, so the calls are made in batches of 10,000 (--batch=), all cases interleaved,
// ROUNDS times (--rounds=, default 15); the fastest batch counts, minus the fastest empty-loop
// batch. Prints ns per call. To compare two copies, run both one after the other (or alternately,
// several times) and take the lower figure of each.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const opt = (name, d) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : d;
};
const helpersDir = path.resolve(opt("helpers", path.join(ROOT, "compiler", "helpers")));
const ROUNDS = Number(opt("rounds", "15"));
const BATCH = Number(opt("batch", "10000"));
const filters = args.filter((a) => !a.startsWith("--"));

// [label, setup, statement]; `f` names the helper under test, imported in setup.
const CASES = [
  ["a % b (int)", "a = 17; b = 5", "a % b"],
  ["js_mod(int, int)", "from tsmpy.num import js_mod as f; a = 17; b = 5", "f(a, b)"],
  ["js_mod(-int, int)", "from tsmpy.num import js_mod as f; a = -17; b = 5", "f(a, b)"],
  ["js_mod(float, int)", "from tsmpy.num import js_mod as f; a = 17.5; b = 5", "f(a, b)"],
  ["a / b", "a = 7; b = 2", "a / b"],
  ["js_div(int, int)", "from tsmpy.num import js_div as f; a = 7; b = 2", "f(a, b)"],
  ["js_div(float, float)", "from tsmpy.num import js_div as f; a = 7.5; b = 2.5", "f(a, b)"],
  ["str(int)", "a = 12345", "str(a)"],
  ["js_num_str(int)", "from tsmpy.num import js_num_str as f; a = 12345", "f(a)"],
  ["js_num_str(float)", "from tsmpy.num import js_num_str as f; a = 3.25", "f(a)"],
  ["js_str(int)", "from tsmpy.value import js_str as f; a = 12345", "f(a)"],
  ["js_toint32(int)", "from tsmpy.num import js_toint32 as f; a = 123456", "f(a)"],
  ["js_toint32(float)", "from tsmpy.num import js_toint32 as f; a = 2.5", "f(a)"],
  ["js_touint32(int)", "from tsmpy.num import js_touint32 as f; a = -5", "f(a)"],
  ["a & b", "a = 0x1234; b = 0xFF", "a & b"],
  ["js_band(int, int)", "from tsmpy.num import js_band as f; a = 0x1234; b = 0xFF", "f(a, b)"],
  ["js_bor(int, int)", "from tsmpy.num import js_bor as f; a = 0x1234; b = 0xFF", "f(a, b)"],
  ["js_bxor(int, int)", "from tsmpy.num import js_bxor as f; a = 0x1234; b = 0xFF", "f(a, b)"],
  ["js_shl(int, int)", "from tsmpy.num import js_shl as f; a = 3; b = 5", "f(a, b)"],
  ["js_sar(int, int)", "from tsmpy.num import js_sar as f; a = -100; b = 2", "f(a, b)"],
  ["js_shr(int, int)", "from tsmpy.num import js_shr as f; a = -100; b = 2", "f(a, b)"],
  ["int(s)", "a = '12345'", "int(a)"],
  ["js_parse_int(s)", "from tsmpy.jsmath import js_parse_int as f; a = '12345'", "f(a)"],
  ["js_parse_int(s, 10)", "from tsmpy.jsmath import js_parse_int as f; a = '-42'", "f(a, 10)"],
  ["js_parse_int(s, 16)", "from tsmpy.jsmath import js_parse_int as f; a = 'ff'", "f(a, 16)"],
  ["js_parse_int('12px')", "from tsmpy.jsmath import js_parse_int as f; a = '12px'", "f(a)"],
  ["xs[i]", "xs = [1, 2, 3, 4, 5]; i = 3", "xs[i]"],
  ["js_get(list, int)", "from tsmpy.value import js_get as f; xs = [1, 2, 3, 4, 5]; i = 3", "f(xs, i)"],
  ["js_get(str, int)", "from tsmpy.value import js_get as f; xs = 'hello'; i = 3", "f(xs, i)"],
  ["js_getprop(list, int)", "from tsmpy.obj import js_getprop as f; xs = [1, 2, 3, 4, 5]; i = 3", "f(xs, i)"],
  ["xs[i] = v", "xs = [1, 2, 3, 4, 5]; i = 3", "xs[i] = 9"],
  ["js_setidx(list, int, v)", "from tsmpy.obj import js_setidx as f; xs = [1, 2, 3, 4, 5]; i = 3", "f(xs, i, 9)"],
  ["js_setprop(list, int, v)", "from tsmpy.obj import js_setprop as f; xs = [1, 2, 3, 4, 5]; i = 3", "f(xs, i, 9)"],
];

const mp = await loadMicroPython({ heapsize: 32 * 1024 * 1024, linebuffer: false, stdout: (b) => process.stdout.write(b), stderr: (b) => process.stderr.write(b) });
const pkg = path.join(helpersDir, "tsmpy");
mp.FS.mkdirTree("/lib/tsmpy");
for (const f of fs.readdirSync(pkg)) if (f.endsWith(".py")) mp.FS.writeFile(`/lib/tsmpy/${f}`, fs.readFileSync(path.join(pkg, f), "utf8"));
mp.runPython("import sys, gc\nsys.path.insert(0, '/lib')");
const cases = [["empty loop", "pass", "pass"], ...CASES.filter(([label]) => !filters.length || filters.some((f) => label.includes(f)))];
cases.forEach(([, setup, stmt], k) => {
  mp.runPython(`def _case${k}():\n    ${setup.split("; ").join("\n    ")}\n    for _ in range(${BATCH}):\n        ${stmt}\n`);
});
const best = cases.map(() => Infinity);
const failed = cases.map(() => null);
for (let r = 0; r < ROUNDS; r++) {
  cases.forEach((_, k) => {
    if (failed[k]) return;
    try {
      mp.runPython("gc.collect()");
      const t0 = performance.now();
      mp.runPython(`_case${k}()`);
      best[k] = Math.min(best[k], performance.now() - t0);
    } catch (e) {
      failed[k] = String(e.message ?? e).split("\n").slice(-2).join(" ");
    }
  });
}
console.log(`helpers: ${path.relative(process.cwd(), pkg) || pkg}; batches of ${BATCH} calls, best of ${ROUNDS}; empty loop ${((best[0] * 1e6) / BATCH).toFixed(0)} ns/iter (subtracted)`);
cases.forEach(([label], k) => {
  if (k === 0) return;
  const v = failed[k] ?? `${(((best[k] - best[0]) * 1e6) / BATCH).toFixed(0).padStart(7)} ns/call`;
  console.log(`${label.padEnd(28)} ${v}`);
});
