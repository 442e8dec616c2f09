// Layer 1 (runtime-ts/mpos, MicroPythonOS 0.18's service API) compiled and run on MicroPython with
// programs written against stubs/mpos.d.ts, the way apps use it.
import { compileProgram, output, runWithRuntime } from "./runtime-harness";
import { shutdownEngine } from "../harness";

afterAll(() => shutdownEngine());

async function run(main: string, extra: Record<string, string> = {}): Promise<string> {
  return output(await runWithRuntime(compileProgram({ "main.ts": main }), { extra }));
}

test("Intent: keyword arguments, extras and flags, chaining", async () => {
  expect(await run(`
    import { Intent } from "mpos";
    const a = new Intent({ action: "view", data: "http://x" });
    console.log(a.action, a.data, a.activity_class === undefined, Object.keys(a.extras).length);
    const b = new Intent().putExtra("k", 1).addFlag("no_history").addFlag("clear_top", false);
    console.log(b.extras["k"], b.flags["no_history"], b.flags["clear_top"], b.action);
  `)).toBe("view http://x true 0\n1 true false undefined\n");
});

const SERVICE_PY = `
from mpos import Service, TaskManager
class ManifestService(Service):
    def onCreate(self):
        print("manifest onCreate", self.appFullName)
    def onStart(self, intent):
        print("manifest onStart", intent.action)
`;

const MANIFEST = JSON.stringify({
  name: "Svc", fullname: "com.example.svc",
  activities: [],
  services: [
    { entrypoint: "assets/svc.py", classname: "ManifestService", intent_filters: [{ action: "boot_completed" }] },
    { entrypoint: "assets/svc.py", classname: "Other", intent_filters: [{ action: "other" }] },
  ],
});

test("boot services: manifest services first, then registered ones; appFullName, onCreate, onStart(boot_completed); a failing one is isolated", async () => {
  const out = await run(`
    import { AppManager, Intent, Service } from "mpos";
    class Registered extends Service {
      onCreate(): void { console.log("registered onCreate", this.appFullName); }
      onStart(intent?: Intent): void { console.log("registered onStart", intent?.action); }
    }
    class Broken extends Service {
      onCreate(): void { throw new Error("broken on purpose"); }
    }
    class Plain extends Service {
      onStart(intent?: Intent): void { console.log("plain onStart", this.appFullName); }
    }
    AppManager.register_service("boot_completed", Registered, "com.example.reg");
    AppManager.register_service("boot_completed", Registered, "com.example.reg");
    AppManager.register_service("boot_completed", Broken);
    AppManager.register_service("boot_completed", Plain);
    AppManager.register_service("other", Plain);
    console.log(AppManager.get_services_for_action("boot_completed").map(([f, _]) => String(f)).join(","));
    AppManager.start_boot_services();
  `, { "apps/com.example.svc/MANIFEST.JSON": MANIFEST, "apps/com.example.svc/assets/svc.py": SERVICE_PY });
  expect(out).toBe([
    "com.example.svc,com.example.reg,undefined,undefined",
    "manifest onCreate com.example.svc",
    "manifest onStart boot_completed",
    "registered onCreate com.example.reg",
    "registered onStart boot_completed",
    "ERROR:mpos.content.app_manager:failed to start Broken from None: Error: broken on purpose",
    "plain onStart undefined",
    "",
  ].join("\n"));
});

test("manifest discovery: package-mode apps, META-INF manifests, built-ins overridden by user apps, bad manifests skipped", async () => {
  const pkg = { fullname: "com_example_pkg", services: [{ entrypoint: "svc/main.py", classname: "PkgService", intent_filters: [{ action: "boot_completed" }] }] };
  const out = await run(`
    import { AppManager } from "mpos";
    for (const [f, cls] of AppManager.get_services_for_action("boot_completed")) console.log(String(f));
    AppManager.start_boot_services();
  `, {
    "apps/com_example_pkg/MANIFEST.JSON": JSON.stringify(pkg),
    "apps/com_example_pkg/__init__.py": "",
    "apps/com_example_pkg/svc/__init__.py": "",
    "apps/com_example_pkg/svc/main.py": "from mpos import Service\nclass PkgService(Service):\n    def onStart(self, intent):\n        print('pkg started', __name__)\n",
    "apps/com.example.old/META-INF/MANIFEST.JSON": JSON.stringify({ fullname: "com.example.old", services: [{ entrypoint: "old.py", classname: "Old", intent_filters: [{ action: "boot_completed" }] }] }),
    "apps/com.example.old/old.py": "from mpos import Service\nclass Old(Service):\n    def onStart(self, intent):\n        print('old started')\n",
    "builtin/apps/com.example.old/MANIFEST.JSON": JSON.stringify({ fullname: "com.example.old", services: [{ entrypoint: "builtin.py", classname: "Builtin", intent_filters: [{ action: "boot_completed" }] }] }),
    "apps/com.example.bad/MANIFEST.JSON": "{ not json",
    "apps/com.example.missing/MANIFEST.JSON": JSON.stringify({ fullname: "com.example.missing", services: [{ entrypoint: "nope.py", classname: "Nope", intent_filters: [{ action: "boot_completed" }] }] }),
  });
  expect(out).toContain("WARNING:mpos.content.app_manager:skipping apps/com.example.bad: invalid MANIFEST.JSON");
  expect(out).toContain("ERROR:mpos.content.app_manager:failed to import service Nope from com.example.missing");
  const lines = out.split("\n").filter((l) => !/^(WARNING|ERROR):/.test(l));
  // Folders sorted: com.example.bad, com.example.missing, com.example.old (the user app replaces the
  // built-in one: old.py, not builtin.py), com_example_pkg (imported as a package module).
  expect(lines).toEqual(["com.example.old", "com_example_pkg", "old started", "pkg started com_example_pkg.svc.main", ""]);
});

test("TaskManager: None while disabled, tasks, supervised restarts, wait_for timeout with finally, events, start() until stop()", async () => {
  const out = await run(`
    import { TaskManager } from "mpos";
    async function work(tag: string): Promise<string> {
      await TaskManager.sleep_ms(1);
      console.log("work", tag);
      return tag;
    }
    TaskManager.disable();
    console.log("disabled ->", TaskManager.create_task(work("while disabled")) === undefined);
    TaskManager.enable();
    let runs = 0;
    async function flaky(): Promise<void> {
      runs++;
      console.log("flaky run", runs);
      if (runs < 3) throw new Error("fail " + runs);
    }
    async function slow(): Promise<void> {
      try {
        await TaskManager.sleep(0.5);
        console.log("slow finished (wrong)");
      } finally {
        console.log("slow finally");
      }
    }
    async function nap(ms: number): Promise<void> {
      await TaskManager.sleep_ms(ms);
    }
    async function main(): Promise<void> {
      const t = TaskManager.create_task(work("enabled"));
      console.log("result", await t!);
      const sup = TaskManager.create_supervised_task(flaky, 10);
      await TaskManager.sleep_ms(200);
      console.log("supervisor finished", sup!.done(), "runs", runs);
      try {
        await TaskManager.wait_for(slow(), 0.05);
      } catch (e) {
        console.log("wait_for timed out");
      }
      const ev = TaskManager.notify_event();
      ev.set();
      console.log("event", await ev.wait());
      console.log("stack", TaskManager.good_stack_size());
      // Finished tasks leave the task list: 50 short ones, then one still sleeping.
      const short = [];
      for (let i = 0; i < 50; i++) short.push(TaskManager.create_task(nap(1))!);
      for (const t of short) await t;
      await TaskManager.sleep_ms(20);
      const sleeper = TaskManager.create_task(nap(300));
      TaskManager.list_tasks();
      sleeper!.cancel();
      TaskManager.stop();
    }
    void main();
    TaskManager.start();
    console.log("loop ended");
  `);
  expect(out).toBe([
    "disabled -> true",
    // A TypeScript async function runs up to its first await when called (JavaScript semantics),
    // even though create_task refuses the task: the firmware would not run a Python coroutine.
    "work while disabled",
    "work enabled",
    "result enabled",
    "flaky run 1",
    "WARNING:mpos.task_manager:supervised task died, restarting it: Error: fail 1",
    "flaky run 2",
    "WARNING:mpos.task_manager:supervised task died, restarting it: Error: fail 2",
    "flaky run 3",
    "supervisor finished true runs 3",
    "slow finally",
    "wait_for timed out",
    "event true",
    "stack 24576",
    "task 0: done:false",
    "loop ended",
    "",
  ].join("\n"));
});
