// Golden files of the example apps (apps/*): each app's device folder (listing, MANIFEST.JSON,
// __init__.py and the Python of its modules) in test/apps/golden/<fullname>.txt, and the listing of
// the whole tree per target. `UPDATE_GOLDEN=1 npx jest test/apps/examples.test.ts` rewrites them;
// read the diff.
import * as fs from "fs";
import * as path from "path";
import { buildApp } from "../../compiler/src/apps/build-app";
import { buildDeviceTree, findApps } from "../../compiler/src/apps/device-tree";
import { helperAbi } from "../../compiler/src/apps/helpers-abi";
import { formatDiagnostics } from "../../compiler/src/diagnostics/format";
import { treeText } from "./fixtures";

const APPS = path.resolve(__dirname, "../../apps");
const GOLDEN = path.join(__dirname, "golden");
const UPDATE = !!process.env.UPDATE_GOLDEN;

function expectGolden(name: string, actual: string) {
  const file = path.join(GOLDEN, name);
  if (UPDATE) {
    fs.mkdirSync(GOLDEN, { recursive: true });
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== actual) fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) throw new Error(`missing golden file ${path.relative(process.cwd(), file)}; run UPDATE_GOLDEN=1 npx jest test/apps/examples.test.ts`);
  expect(actual).toBe(fs.readFileSync(file, "utf8"));
}

const dirs = findApps(APPS);

test("the example apps are there", () => {
  expect(dirs.map((d) => path.basename(d))).toEqual(expect.arrayContaining(["com.example.hello", "com.example.netwatch"]));
});

test.each(dirs.map((d) => [path.basename(d), d]))("%s", (name, dir) => {
  const app = buildApp(dir, helperAbi());
  expect(app.diagnostics.length ? formatDiagnostics(app.diagnostics, { color: false }) : "").toBe("");
  expectGolden(`${name}.txt`, treeText(app.files, helperAbi()));
});

test("the whole tree for target mpos: apps and lib/, never lib/mpos", () => {
  const tree = buildDeviceTree(APPS, "mpos");
  expect(tree.diagnostics.length ? formatDiagnostics(tree.diagnostics, { color: false }) : "").toBe("");
  const listing = [...tree.files.keys()].sort();
  expect(listing.some((k) => k.startsWith("lib/mpos/") || k === "main.py")).toBe(false);
  expectGolden("tree-mpos.txt", listing.join("\n") + "\n");
});
