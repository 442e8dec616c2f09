// The `tsmpy` command as a user runs it: exit codes, tsc-style errors, build output, run.
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const BIN = path.resolve(__dirname, "../../bin/tsmpy.js");

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function tsmpy(args: string[], cwd: string): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, timeout: 60000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as NodeJS.ErrnoException).code === "number" ? Number((err as NodeJS.ErrnoException).code) : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

/** A temporary directory (outside any tsconfig) with the given files. */
function tempDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsmpy-cli-"));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", module: "ESNext", moduleResolution: "Bundler", lib: ["ES2022"], types: [] }, include: ["src/**/*.ts"] });

beforeAll(async () => {
  // The first call builds dist/ when it is missing or older than the sources.
  await tsmpy(["--version"], os.tmpdir());
}, 60000);

describe("usage", () => {
  test("--help prints usage and exits 0", async () => {
    const r = await tsmpy(["--help"], os.tmpdir());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: tsmpy <command>/);
    expect(r.stdout).toMatch(/build \[-p tsconfig.json\]/);
    expect(r.stdout).toMatch(/run FILE.ts/);
  });

  test("--version prints the package version", async () => {
    const r = await tsmpy(["--version"], os.tmpdir());
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8"));
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`tsmpy ${pkg.version}`);
  });

  test.each([[[]], [["frobnicate"]], [["build", "--bogus"]], [["run"]], [["run", "a.ts", "--timeout", "soon"]], [["build", "extra"]]])(
    "bad command line %j: usage on stderr, exit 2",
    async (args) => {
      const r = await tsmpy(args, os.tmpdir());
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^tsmpy: /);
      expect(r.stderr).toMatch(/Usage: tsmpy/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
  );
});

describe("tsmpy build", () => {
  test("writes one .py per .ts with the same layout, and the helper package under lib/", async () => {
    const dir = tempDir({
      "tsconfig.json": TSCONFIG,
      "src/main.ts": `import { greet } from "./util/greet";\nconsole.log(greet("device"), 1 / 3);\n`,
      "src/util/greet.ts": `export function greet(n: string): string { return "hi " + n; }\n`,
    });
    const r = await tsmpy(["build"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = path.join(dir, "out");
    expect(fs.existsSync(path.join(out, "main.py"))).toBe(true);
    expect(fs.readFileSync(path.join(out, "main.py"), "utf8")).toMatch(/^from util\.greet import greet$/m);
    expect(fs.existsSync(path.join(out, "util", "greet.py"))).toBe(true);
    expect(fs.existsSync(path.join(out, "lib", "tsmpy", "__init__.py"))).toBe(true);
    expect(fs.existsSync(path.join(out, "lib", "tsmpy", "num.py"))).toBe(true);
    // no stray temporary directories beside out/
    expect(fs.readdirSync(dir).filter((f) => f.startsWith("."))).toEqual([]);
  });

  test("-p and --outDir", async () => {
    const dir = tempDir({ "proj/tsconfig.json": TSCONFIG, "proj/src/app.ts": `console.log("x");\n` });
    const r = await tsmpy(["build", "-p", "proj/tsconfig.json", "--outDir", "build/device"], dir);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "build/device/app.py"), "utf8")).toMatch(/print/);
  });

  test("a type error is printed tsc-style with a code frame, exit 2, previous output untouched", async () => {
    const dir = tempDir({ "tsconfig.json": TSCONFIG, "src/main.ts": `console.log("ok");\n` });
    expect((await tsmpy(["build"], dir)).code).toBe(0);
    const before = fs.readFileSync(path.join(dir, "out/main.py"), "utf8");
    fs.writeFileSync(path.join(dir, "out/keep.txt"), "mine");
    fs.writeFileSync(path.join(dir, "src/main.ts"), `console.log("changed");\nconst n: number = "five";\n`);
    const r = await tsmpy(["build"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path.join("src", "main.ts")}:2:7 - error TS2322: Type 'string' is not assignable to type 'number'.`);
    expect(r.stderr).toContain(`2 const n: number = "five";\n        ~`);
    expect(r.stderr).toContain(`Found 1 error in ${path.join("src", "main.ts")}:2\n`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(path.join(dir, "out/main.py"), "utf8")).toBe(before);
    expect(fs.readFileSync(path.join(dir, "out/keep.txt"), "utf8")).toBe("mine");
  });

  test("a tsmpy diagnostic fails the build with exit 2", async () => {
    const dir = tempDir({ "tsconfig.json": TSCONFIG, "src/main.ts": `let ok = 1;\nvar x = ok;\nconsole.log(x);\n` });
    const r = await tsmpy(["build"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path.join("src", "main.ts")}:2:1 - error TSMPY1002:`);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  test("no tsconfig: coded error, exit 2", async () => {
    const dir = tempDir({ "main.ts": `console.log(1);\n` });
    const r = await tsmpy(["build"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error TSMPY2004: No tsconfig.json found/);
    const r2 = await tsmpy(["build", "-p", "nope.json"], dir);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/error TSMPY2002: File not found: nope.json/);
  });

  test("a broken tsconfig: coded error, exit 2", async () => {
    const dir = tempDir({ "tsconfig.json": `{ "compilerOptions": { "strict": tru } }`, "main.ts": `console.log(1);\n` });
    const r = await tsmpy(["build"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error TSMPY2003/);
  });
});

describe("tsmpy run", () => {
  test("a file outside any project, with an import, strict defaults", async () => {
    const dir = tempDir({
      "prog.ts": `import { twice } from "./lib2/twice";\nconsole.log("twice:", twice(21));\nconsole.error("to stderr");\n`,
      "lib2/twice.ts": `export const twice = (n: number): number => n * 2;\n`,
    });
    const r = await tsmpy(["run", path.join(dir, "prog.ts")], os.tmpdir());
    expect(r.stderr).toBe("to stderr\n");
    expect(r.stdout).toBe("twice: 42\n");
    expect(r.code).toBe(0);
  });

  test("strict defaults apply outside a project", async () => {
    const dir = tempDir({ "loose.ts": `function f(x) { return x; }\nconsole.log(f(1));\n` });
    const r = await tsmpy(["run", "loose.ts"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/loose\.ts:1:12 - error TS7006/);
  });

  test("an uncaught exception: traceback mapped to .ts lines, exit 1", async () => {
    const dir = tempDir({
      "crash.ts": [
        `function inner(o: { v: number } | null): number {`,
        `  const d = 2;`,
        `  return o!.v * d;`,
        `}`,
        `function outer(): number {`,
        `  return inner(null) + 1;`,
        `}`,
        `console.log("before");`,
        `console.log(outer());`,
        ``,
      ].join("\n"),
    });
    const r = await tsmpy(["run", "crash.ts"], dir);
    expect(r.stdout).toBe("before\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Traceback \(most recent call last\):/m);
    expect(r.stderr).toMatch(/File "crash\.ts", line 9, in <module>/);
    expect(r.stderr).toMatch(/File "crash\.ts", line 6, in outer/);
    expect(r.stderr).toMatch(/File "crash\.ts", line 3, in inner/);
    expect(r.stderr).not.toMatch(/<stdin>/);
    expect(r.stderr).not.toMatch(/File "\/?crash\.py"/);
  });

  test("compile diagnostics: exit 2, nothing runs", async () => {
    const dir = tempDir({ "bad.ts": `console.log("never");\nvar x = 1;\n` });
    const r = await tsmpy(["run", "bad.ts"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/bad\.ts:2:1 - error TSMPY1002/);
  });

  test("a missing file: coded error, exit 2", async () => {
    const r = await tsmpy(["run", "does-not-exist.ts"], os.tmpdir());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error TSMPY2002: File not found: does-not-exist\.ts/);
  });

  test("--timeout stops a program that does not finish: message, exit 1", async () => {
    const dir = tempDir({ "spin.ts": `console.log("start");\nlet n = 0;\nwhile (n >= 0) { n = (n + 1) % 1000; }\n` });
    const r = await tsmpy(["run", "spin.ts", "--timeout", "1"], dir);
    expect(r.stdout).toBe("start\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/spin\.ts did not finish within 1 s; stopped\./);
  });
});

describe("module names", () => {
  test("a MicroPython module name is refused unless the tsconfig allows it (tsmpy.allowModuleNames)", async () => {
    const files = { "src/main.ts": `import { v } from "./mpos/apps";\nconsole.log(v);\n`, "src/mpos/apps.ts": `export const v = 1;\n` };
    const dir = tempDir({ "tsconfig.json": TSCONFIG, ...files });
    const r = await tsmpy(["build"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path.join("src", "mpos", "apps.ts")}:1:1 - error TSMPY1017: The module name 'mpos' collides with a MicroPython built-in module`);
    const allowed = JSON.stringify({ ...JSON.parse(TSCONFIG), tsmpy: { allowModuleNames: ["mpos"] } });
    const dir2 = tempDir({ "tsconfig.json": allowed, ...files });
    const r2 = await tsmpy(["build"], dir2);
    expect(r2.code).toBe(0);
    expect(fs.existsSync(path.join(dir2, "out/mpos/apps.py"))).toBe(true);
  });
});

describe("output directory safety", () => {
  test("an --outDir holding the project or other sources is refused, nothing is touched", async () => {
    const dir = tempDir({ "tsconfig.json": TSCONFIG, "src/main.ts": `console.log(1);\n`, "other/keep.js": "// mine\n" });
    fs.mkdirSync(path.join(dir, "pystuff"));
    fs.writeFileSync(path.join(dir, "pystuff", "mine.py"), "print('mine')\n");
    for (const outDir of [".", "src", "other", "pystuff"]) {
      const r = await tsmpy(["build", "--outDir", outDir], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/error TSMPY2005: Refusing to use .* as the output directory/);
    }
    expect(fs.readFileSync(path.join(dir, "src/main.ts"), "utf8")).toBe("console.log(1);\n");
    expect(fs.readFileSync(path.join(dir, "other/keep.js"), "utf8")).toBe("// mine\n");
    expect(fs.readFileSync(path.join(dir, "pystuff/mine.py"), "utf8")).toBe("print('mine')\n");
    // An empty directory is fine, and afterwards it is known as build output.
    fs.mkdirSync(path.join(dir, "empty"));
    expect((await tsmpy(["build", "--outDir", "empty"], dir)).code).toBe(0);
    expect((await tsmpy(["build", "--outDir", "empty"], dir)).code).toBe(0);
  });
});

describe("device layout", () => {
  test("the build output runs on MicroPython from the file system root with lib/ on sys.path", async () => {
    const { runMicroPython } = require("../../compiler/src/engine") as typeof import("../../compiler/src/engine");
    const dir = tempDir({
      "tsconfig.json": TSCONFIG,
      "src/main.ts": `import { label } from "./ui/label";\nimport * as fmt from "./ui/fmt";\nconsole.log(label("ok"), fmt.pct(0.5));\n`,
      "src/ui/label.ts": `export function label(s: string): string { return "[" + s + "]"; }\n`,
      "src/ui/fmt.ts": `export const pct = (x: number): string => \`\${x * 100}%\`;\n`,
    });
    expect((await tsmpy(["build"], dir)).code).toBe(0);
    const out = path.join(dir, "out");
    const files: { path: string; text: string }[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else files.push({ path: "/" + path.relative(out, p).split(path.sep).join("/"), text: fs.readFileSync(p, "utf8") });
      }
    };
    walk(out);
    // No sys.path changes: the device's own ['', '.frozen', '/lib'] with the root as working directory.
    const r = await runMicroPython(files, "import os\nos.chdir('/')\nimport main", { timeoutMs: 20000 });
    expect(r.error).toBeNull();
    expect(r.stdout).toBe("[ok] 50%\n");
  });
});
