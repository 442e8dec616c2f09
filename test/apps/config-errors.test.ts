// A wrong app.config.ts gets a coded error naming the field, at the field's line.
import * as path from "path";
import { buildApp } from "../../compiler/src/apps/build-app";
import { buildDeviceTree } from "../../compiler/src/apps/device-tree";
import { ACTIVITY_TS, tempApps } from "./fixtures";

const VALID: Record<string, string> = {
  fullname: `"com.example.app"`,
  name: `"App"`,
  publisher: `"Me"`,
  version: `"1.0.0"`,
  category: `"utilities"`,
  short_description: `"An app"`,
  activities: `[{ activity: Main, intent_filters: [{ action: "main", category: "launcher" }] }]`,
};

/** app.config.ts with VALID's fields, overridden (undefined removes one), one field per line. */
function config(over: Record<string, string | undefined> = {}, imports = "Main, Boot, NotAnActivity"): string {
  const fields = { ...VALID, ...over };
  const lines = Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => `  ${k}: ${v},`);
  return [`import { defineApp } from "tsmpy/app";`, `import { ${imports} } from "./main";`, `export default defineApp({`, ...lines, `});`, ``].join("\n");
}

function build(configText: string, folder = "com.example.app", extra: Record<string, string> = {}) {
  const appsDir = tempApps({ [folder]: { "app.config.ts": configText, "main.ts": ACTIVITY_TS, ...extra } });
  return buildApp(path.join(appsDir, folder), "abi");
}

/** The one error: its code, the line it points at (1-based) and its message. */
function theError(configText: string, folder?: string, extra?: Record<string, string>) {
  const r = build(configText, folder, extra);
  const errors = r.diagnostics.filter((d) => d.category === "error");
  expect(errors.map((d) => `${d.code} ${d.message}`)).toHaveLength(1);
  return { code: errors[0].code, line: errors[0].line, file: path.basename(errors[0].file ?? ""), message: errors[0].message };
}

/** The 1-based line of the first line starting (after indentation) with `needle`. */
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.trimStart().startsWith(needle)) + 1;

test("the valid config builds", () => {
  const r = build(config());
  expect(r.diagnostics).toEqual([]);
  expect(JSON.parse(r.files.get("MANIFEST.JSON") as string)).toMatchObject({ fullname: "com_example_app", activities: [{ entrypoint: "main.py", classname: "Main" }] });
});

test.each([
  ["fullname without a dot", { fullname: `"weather"` }, "TSMPY2305", "fullname", /at least two dot-separated parts/],
  ["fullname with upper case", { fullname: `"com.Example.app"` }, "TSMPY2305", "fullname", /lower-case letter/],
  ["version not MAJOR.MINOR.PATCH", { version: `"1.0"` }, "TSMPY2305", "version", /MAJOR\.MINOR\.PATCH/],
  ["category with spaces", { category: `"my apps"` }, "TSMPY2305", "category", /one lower-case word/],
  ["empty name", { name: `"  "` }, "TSMPY2305", "name", /is empty/],
  ["a computed value", { publisher: `"Me" + "!"` }, "TSMPY2302", "publisher", /must be a string written out/],
  ["a misspelt field (type error)", { short_descripton: `"x"` }, "TS2561", "short_descripton", /'short_descripton' does not exist in type 'AppConfig'. Did you mean to write 'short_description'/],
  ["a class that is not an Activity", { activities: `[{ activity: NotAnActivity as any }]` }, "TSMPY2307", "activities", /'activities\[0\]\.activity' names 'NotAnActivity', which does not extend Activity/],
  ["a Service given as an activity", { activities: `[{ activity: Boot as any }]` }, "TSMPY2307", "activities", /does not extend Activity from "mpos"/],
  ["a service filter with a category", { services: `[{ service: Boot, intent_filters: [{ action: "boot_completed", category: "launcher" } as any] }]` }, "TSMPY2304", "services", /'services\[0\]\.intent_filters\[0\]\.category'/],
  ["an empty intent action", { activities: `[{ activity: Main, intent_filters: [{ action: "" }] }]` }, "TSMPY2308", "activities", /'activities\[0\]\.intent_filters\[0\]\.action' is ""/],
  ["a bad file pattern", { activities: `[{ activity: Main, intent_filters: [{ action: "view", pathPattern: ["png"] }] }]` }, "TSMPY2308", "activities", /each pattern is a file extension/],
])("%s", (_title, over, code, field, message) => {
  const text = config(over as Record<string, string>);
  const e = theError(text);
  expect(e).toMatchObject({ code, file: "app.config.ts", line: lineOf(text, `${field}:`) });
  expect(e.message).toMatch(message);
});

test("a missing field is named (by the type checker, and by tsmpy behind a cast)", () => {
  const text = config({ version: undefined });
  const e = theError(text);
  expect(e).toMatchObject({ code: "TS2345", line: lineOf(text, "export default") });
  expect(e.message).toMatch(/Property 'version' is missing/);
  const cast = text.replace("defineApp({", "defineApp(<any>{");
  expect(theError(cast)).toMatchObject({ code: "TSMPY2303", line: lineOf(cast, "export default"), message: "'version' is missing from the app description." });
});

test("an unknown field behind a cast", () => {
  const text = config({ short_descripton: `"x"` }).replace("defineApp({", "defineApp(<any>{");
  const e = theError(text);
  expect(e).toMatchObject({ code: "TSMPY2304", line: lineOf(text, "short_descripton:") });
  expect(e.message).toMatch(/^Unknown field 'short_descripton'; expected one of: fullname, name, /);
});

test("the fullname must match the folder", () => {
  const e = theError(config(), "com.example.other");
  expect(e).toMatchObject({ code: "TSMPY2306", line: lineOf(config(), "fullname:") });
  expect(e.message).toContain("apps/com.example.other/");
});

test("no default export, or not defineApp", () => {
  expect(theError(`import "./main";\nexport const x = 1;\n`).code).toBe("TSMPY2301");
  expect(theError(`import { Main } from "./main";\nexport default { fullname: "com.example.app", activities: [{ activity: Main }] };\n`).message).toMatch(/not a call of defineApp/);
});

test("a type error in the config stops the build with tsc's message", () => {
  const e = theError(config({ version: "1" }));
  expect(e.code).toBe("TS2322");
});

test("an icon that is not a 64x64 PNG", () => {
  const text = config({ icon: `"big.png"` });
  const e = theError(text, undefined, { "big.png": "not a png" });
  expect(e).toMatchObject({ code: "TSMPY2309", line: lineOf(text, "icon:") });
  expect(e.message).toMatch(/big\.png: it is not a PNG file/);
});

test("a missing icon", () => {
  const appsDir = tempApps({ "com.example.app": { "app.config.ts": config(), "main.ts": ACTIVITY_TS } }, { icon: false });
  const r = buildApp(path.join(appsDir, "com.example.app"), "abi");
  expect(r.diagnostics.map((d) => d.code)).toEqual(["TSMPY2309"]);
  expect(r.diagnostics[0].message).toMatch(/icon_64x64\.png does not exist/);
});

test("an app module may not import tsmpy/app or files outside the app", () => {
  const extra = { "bad.ts": `import type { AppConfig } from "tsmpy/app";\nimport { x } from "../../shared";\nexport const c: AppConfig | undefined = undefined;\nexport const y = x;\n` };
  const appsDir = tempApps({ "com.example.app": { "app.config.ts": config(), "main.ts": ACTIVITY_TS, ...extra } });
  require("fs").writeFileSync(path.join(appsDir, "..", "shared.ts"), "export const x = 1;\n");
  const r = buildApp(path.join(appsDir, "com.example.app"), "abi");
  expect(r.diagnostics.map((d) => `${d.code}:${d.line}`)).toEqual(["TSMPY2312:1", "TSMPY2310:2"]);
});

test("two fullnames that become one package name are refused", () => {
  const app = (fullname: string) => ({ "app.config.ts": config({ fullname: `"${fullname}"` }), "main.ts": ACTIVITY_TS });
  const tree = buildDeviceTree(tempApps({ "com.a_b.c": app("com.a_b.c"), "com.a.b_c": app("com.a.b_c") }), "mpos");
  expect(tree.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(["TSMPY2311 App com.a_b.c and app com.a.b_c both become the package 'com_a_b_c' on the device; rename one."]);
  expect(tree.files.size).toBe(0);
});
