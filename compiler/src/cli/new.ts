// `tsmpy new app <fullname> [--apps DIR]`: scaffolds apps/<fullname>/ with everything an app needs
// and nothing to hand-edit before it compiles: app.config.ts, one Activity, a generated icon.
// Never overwrites: an existing folder or a bad fullname is refused (exit 2).
import * as fs from "fs";
import * as path from "path";
import { badAppFullname, newAppExists } from "../diagnostics/catalog";
import { formatDiagnostics } from "../diagnostics/format";
import { fullnameProblem } from "../apps/fullname";
import { ICON_FILE, defaultIcon } from "../apps/icon";

export interface NewAppArgs {
  command: "new";
  kind: "app";
  fullname: string;
  appsDir?: string;
}

/** The class name of the scaffolded activity: com.example.weather -> WeatherActivity. */
export function activityClassName(fullname: string): string {
  const last = fullname.split(".").pop()!;
  const words = last.split("_").filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1));
  const base = words.join("").replace(/^[0-9]/, "App$&");
  return (base || "Main") + "Activity";
}

/** The scaffold's files, relative to the app folder. */
export function scaffoldFiles(fullname: string): Map<string, string | Buffer> {
  const cls = activityClassName(fullname);
  const title = fullname.split(".").pop()!.split("_").filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");
  const files = new Map<string, string | Buffer>();
  files.set("app.config.ts", `// The app's description: \`npm run compile\` writes its MANIFEST.JSON from this (docs/apps.md).
import { defineApp } from "tsmpy/app";
import { ${cls} } from "./main";

export default defineApp({
  fullname: "${fullname}",
  name: "${title}",
  publisher: "Me",
  version: "0.1.0",
  category: "utilities",
  short_description: "${title}, written in TypeScript",
  long_description: "Scaffolded by tsmpy new app.",
  activities: [{ activity: ${cls}, intent_filters: [{ action: "main", category: "launcher" }] }],
});
`);
  files.set("main.ts", `// The app's screen: MicroPythonOS creates the activity and calls onCreate().
import { Activity } from "mpos";
import * as lv from "lvgl";

export class ${cls} extends Activity {
  onCreate(): void {
    const screen = lv.obj();
    const label = lv.label(screen);
    label.set_text("Hello from ${title}!");
    label.align(lv.ALIGN.CENTER, 0, 0);
    this.setContentView(screen);
  }
}
`);
  files.set(ICON_FILE, defaultIcon(fullname));
  return files;
}

export async function newApp(args: NewAppArgs): Promise<number> {
  const fail = (d: ReturnType<typeof badAppFullname>) => {
    process.stderr.write(formatDiagnostics([d], { color: !!process.stderr.isTTY && !process.env.NO_COLOR }));
    return 2;
  };
  const problem = fullnameProblem(args.fullname);
  if (problem) return fail(badAppFullname(undefined, args.fullname, problem));
  const appsDir = path.resolve(args.appsDir ?? "apps");
  const dir = path.join(appsDir, args.fullname);
  const shown = path.relative(process.cwd(), dir) || dir;
  if (fs.existsSync(dir)) return fail(newAppExists(undefined, shown));
  fs.mkdirSync(dir, { recursive: true });
  const files = scaffoldFiles(args.fullname);
  for (const [rel, data] of files) fs.writeFileSync(path.join(dir, rel), data);
  process.stdout.write(`tsmpy: created ${shown}/ (${[...files.keys()].join(", ")}); build it with 'npm run compile'\n`);
  return 0;
}
