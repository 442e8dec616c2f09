// stubs/lvgl.d.ts is generated (scripts/gen-lvgl-stubs.js): regenerating it from the LVGL
// metadata must give the committed file byte for byte.
import * as fs from "fs";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const gen = require("../../scripts/gen-lvgl-stubs.js") as {
  generate(dir: string): string;
  dataPresent(dir: string): boolean;
  dataDirFromEnv(): string;
  DEFAULT_OUT: string;
};

const dataDir = gen.dataDirFromEnv();
const present = gen.dataPresent(dataDir);

if (!present) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping the stubs/lvgl.d.ts regeneration check: LVGL metadata not found in ${dataDir} (set LVGL_DATA_DIR).`);
  test.skip(`lvgl.d.ts regeneration: LVGL metadata not found in ${dataDir} (set LVGL_DATA_DIR)`, () => {});
} else {
  describe("stubs/lvgl.d.ts", () => {
    let generated = "";
    beforeAll(() => {
      generated = gen.generate(dataDir);
    });

    test("is up to date with the generator and the data (run `npm run gen:stubs`)", () => {
      const committed = fs.readFileSync(gen.DEFAULT_OUT, "utf8");
      // Compare sizes first: a full-text diff of 300 KB is unreadable in a failure message.
      if (committed !== generated) {
        const a = committed.split("\n");
        const b = generated.split("\n");
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        throw new Error(
          `stubs/lvgl.d.ts differs from the generator output at line ${i + 1}:\n` +
            `  committed: ${JSON.stringify(a[i])}\n  generated: ${JSON.stringify(b[i])}\n` +
            "Run `npm run gen:stubs` and commit the result."
        );
      }
    });

    test("is deterministic", () => {
      expect(gen.generate(dataDir) === generated).toBe(true);
    });

    test("keeps the license notice of the data", () => {
      expect(generated).toContain("MIT licensed");
      expect(generated).toContain("Copyright (c) 2021 LVGL Kft");
      expect(generated).toContain("Copyright (c) Kevin G. Schlosser");
    });

    test("declares every name of the lvgl module listed in lv_mp.c.json", () => {
      const mp = JSON.parse(fs.readFileSync(path.join(dataDir, "lv_mp.c.json"), "utf8"));
      const exported = new Set<string>();
      for (const m of generated.matchAll(/^export (?:declare )?(?:const|function|interface) (\w+)/gm)) exported.add(m[1]);
      for (const m of generated.matchAll(/^export \{ \w+ as (\w+) \};$/gm)) exported.add(m[1]);
      const missing: string[] = [];
      for (const group of ["objects", "functions", "enums", "structs", "int_constants", "variables"]) {
        for (const name of Object.keys(mp[group])) if (!exported.has(name)) missing.push(`${group}.${name}`);
      }
      expect(missing).toEqual([]);
      // Every widget method appears with the JSDoc naming its C function.
      for (const [w, o] of Object.entries<any>(mp.objects)) {
        for (const m of Object.values<any>(o.methods || {})) expect(generated).toContain(`C: \`${m.c_type}(`);
        if (o.parent_class) expect(exported.has(w)).toBe(true);
      }
    });

    test("is a module declaration file with the expected shapes", () => {
      expect(generated).toMatch(/^export interface label extends obj \{$/m);
      expect(generated).toMatch(/^export declare const label: _label_class;$/m);
      expect(generated).toMatch(/^export \{ switch_ as switch \};$/m);
      expect(generated).toMatch(/^export declare function timer_create\(timer_xcb: timer_cb_t, period: number, user_data: unknown\): timer_t;$/m);
      expect(generated).toContain("/** C: `lv_label_set_text(obj, text)` */\n  set_text(text: string): void;");
      expect(generated).toMatch(/^export default lv;$/m);
      expect(path.basename(gen.DEFAULT_OUT)).toBe("lvgl.d.ts");
    });
  });
}
