// Shared by the app tests: apps written to a temporary folder, a device tree as text (for golden
// files), and a MicroPythonOS-style app loader run on the WebAssembly MicroPython.
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { dedent } from "../harness";
import { defaultIcon } from "../../compiler/src/apps/icon";
import { PyFile } from "../../compiler/src/engine";
import { buildApp } from "../../compiler/src/apps/build-app";
import { helperAbi, helperPackageFiles } from "../../compiler/src/apps/helpers-abi";

/** The device tree of one app folder alone (its files under apps/<package>/, and lib/tsmpy/). */
export function singleAppTree(appDir: string): Map<string, string | Buffer> {
  const app = buildApp(appDir, helperAbi());
  if (app.diagnostics.length) throw new Error(app.diagnostics.map((d) => `${d.code} ${d.message}`).join("\n"));
  const files = new Map<string, string | Buffer>();
  for (const [rel, data] of app.files) files.set(`apps/${app.packageName}/${rel}`, data);
  for (const [rel, text] of helperPackageFiles(app.helperModules)) files.set(rel, text);
  return files;
}

const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

/** A temporary apps/ folder: `apps` maps a folder name to its files (an icon is added unless given). */
export function tempApps(apps: Record<string, Record<string, string | Buffer>>, opts: { icon?: boolean } = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "tsmpy-apps-"));
  made.push(root);
  const appsDir = path.join(root, "apps");
  for (const [folder, files] of Object.entries(apps)) {
    const all: Record<string, string | Buffer> = opts.icon === false ? { ...files } : { "icon_64x64.png": defaultIcon(folder), ...files };
    for (const [name, data] of Object.entries(all)) {
      const p = path.join(appsDir, folder, name);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, typeof data === "string" && name.endsWith(".ts") ? dedent(data) : data);
    }
  }
  return appsDir;
}

/** A minimal activity module for config tests. */
export const ACTIVITY_TS = `
  import { Activity, Service } from "mpos";
  export class Main extends Activity {
    onCreate(): void {
      console.log("created");
    }
  }
  export class Boot extends Service {}
  export class NotAnActivity {}
`;

/**
 * A device tree as text: the file listing, then each text file's content (binary files by size
 * and hash). The helper package's ABI stamp is replaced by <ABI>, so that a change to the helpers
 * does not change every app's golden file.
 */
export function treeText(files: Map<string, string | Buffer>, abi: string, only?: (rel: string) => boolean): string {
  const keys = [...files.keys()].filter((k) => !only || only(k)).sort();
  const out = ["# files", ...keys, ""];
  for (const k of keys) {
    const data = files.get(k)!;
    if (Buffer.isBuffer(data)) out.push(`# ${k}: ${data.length} bytes, sha256 ${crypto.createHash("sha256").update(data).digest("hex").slice(0, 16)}`, "");
    else out.push(`# ${k}`, data.split(abi).join("<ABI>"));
  }
  return out.join("\n");
}

/** The text files of a device tree as the interpreter's file system (rooted at /). */
export function pyFiles(files: Map<string, string | Buffer>, extra: Record<string, string> = {}): PyFile[] {
  const out: PyFile[] = [];
  for (const [rel, data] of files) if (typeof data === "string") out.push({ path: "/" + rel, text: data });
  for (const [p, text] of Object.entries(extra)) out.push({ path: p, text: dedent(text) });
  return out;
}

/**
 * Stand-ins for the firmware's frozen `mpos` (just the base classes an app extends) and an app
 * loader that does what MicroPythonOS 0.18 does (AppManager, learnt from its source): read the
 * manifest, and for an app whose folder has __init__.py import `<fullname>.<entrypoint>` with the
 * folder's parent on sys.path (else put the entrypoint's folder on sys.path and import the
 * basename), look the class up, restore sys.path and drop the module from sys.modules.
 */
export const FIRMWARE_STANDINS: Record<string, string> = {
  "/firmware/mpos.py": `
    class Activity:
        def __init__(self):
            self.appFullName = None
        def setContentView(self, screen):
            self.screen = screen
    class Service:
        def __init__(self):
            self.appFullName = None
        def onCreate(self):
            pass
        def onStart(self, intent=None):
            pass
  `,
  "/firmware/loader.py": `
    import sys, os, json
    def _exists(p):
        try:
            os.stat(p)
            return True
        except OSError:
            return False
    def load(appdir, kind, index=0):
        with open(appdir + "/MANIFEST.JSON") as f:
            m = json.load(f)
        spec = m[kind][index]
        entry = spec["entrypoint"]
        saved = sys.path[:]
        if _exists(appdir + "/__init__.py"):
            name = m["fullname"] + "." + entry[:-3].replace("/", ".")
            sys.path.insert(0, appdir.rsplit("/", 1)[0])
            for k in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
                del sys.modules[k]
            try:
                mod = __import__(name, None, None, [spec["classname"]])
            finally:
                sys.path = saved
            return getattr(mod, spec["classname"])
        name = entry.rsplit("/", 1)[-1][:-3]
        sys.path.insert(0, (appdir + "/" + entry).rsplit("/", 1)[0])
        try:
            mod = __import__(name)
        finally:
            sys.path = saved
            if name in sys.modules:
                del sys.modules[name]
        return getattr(mod, spec["classname"])
  `,
};

/** Python that sets sys.path as MicroPythonOS does (lib/ first) with the stand-ins behind it. */
export const FIRMWARE_PATH = "import sys\nsys.path[:0] = ['/lib', '/firmware']\nfrom loader import load\n";

/** A stand-in for the lvgl module: widgets remember their text and click callbacks (lvgl.made lists them). */
export const FAKE_LVGL: Record<string, string> = {
  "/firmware/lvgl.py": `
    class _Obj:
        def __init__(self, parent=None):
            self.parent = parent
            self.text = None
            self.cbs = []
        def set_text(self, t):
            self.text = t
        def align(self, *a):
            pass
        def center(self):
            pass
        def add_event_cb(self, cb, code, user_data):
            self.cbs.append((cb, code))
        def click(self):
            for cb, code in self.cbs:
                if code == EVENT.CLICKED:
                    cb(None)
    made = []
    def _make(kind):
        def make(parent=None):
            o = _Obj(parent)
            o.kind = kind
            made.append(o)
            return o
        return make
    obj = _make("obj")
    label = _make("label")
    button = _make("button")
    class _Timer:
        def __init__(self, cb):
            self.cb = cb
            self.deleted = False
        def fire(self):
            self.cb(self)
        def delete(self):
            self.deleted = True
    timers = []
    def timer_create(cb, period, user_data):
        t = _Timer(cb)
        timers.append(t)
        return t
    class ALIGN:
        TOP_MID = 2
        CENTER = 9
        BOTTOM_MID = 5
    class EVENT:
        CLICKED = 10
  `,
};
