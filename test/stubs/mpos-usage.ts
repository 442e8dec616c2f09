// Real-world style use of the mpos stub (MicroPythonOS 0.18 app framework), as MicroPythonOS
// apps write it. Type-checked, not run, by stubs-typecheck.test.ts.
import * as lv from "lvgl";
import {
  Activity,
  AppManager,
  ConnectivityManager,
  DisplayMetrics,
  DownloadManager,
  Intent,
  Notification,
  NotificationManager,
  Service,
  SharedPreferences,
} from "mpos";
import { TaskManager } from "mpos";
import type { ActivityResult, Coroutine, Event, PrefDict, PrefValue, Sleep, Task } from "mpos";
import type { bytes } from "_python";

const APP = "com.example.hello";

// An Activity with a label and a button that closes it.
export class Main extends Activity {
  private status: lv.label | undefined;
  private count = 0;

  onCreate(): void {
    const screen = lv.obj();
    const label = lv.label(screen);
    label.set_text("Hello " + this.appFullName);
    label.set_width(DisplayMetrics.pct_of_width(80));
    label.align(lv.ALIGN.TOP_MID, 0, DisplayMetrics.pct_of_height(5));
    this.status = label;

    const button = lv.button(screen);
    const buttonLabel = lv.label(button);
    buttonLabel.set_text("Close");
    buttonLabel.center();
    button.align(lv.ALIGN.BOTTOM_MID, 0, 0);
    button.add_event_cb(() => this.finish(), lv.EVENT.CLICKED, null);

    const details = lv.button(screen);
    details.add_event_cb(() => this.openDetails(), lv.EVENT.CLICKED, null);
    this.setContentView(screen);
  }

  onResume(screen: lv.obj): void {
    super.onResume(screen);
    const w: number = DisplayMetrics.width();
    const h: number = DisplayMetrics.height();
    console.log(w, h, DisplayMetrics.dpi(), DisplayMetrics.min_dimension(), DisplayMetrics.max_dimension(), screen.get_child_count());
    const task = TaskManager.create_task(this.poll());
    if (task !== undefined && task.done()) task.cancel();
  }

  onPause(screen: lv.obj): void {
    super.onPause(screen);
  }

  onBackPressed(_screen: lv.obj): boolean {
    return this.count > 0;
  }

  private async poll(): Promise<void> {
    while (this.has_foreground()) {
      this.count += 1;
      this.status?.set_text(`tick ${this.count}`);
      await TaskManager.sleep_ms(1000);
    }
  }

  private openDetails(): void {
    // An Intent with extras and a flag, started for a result.
    const intent = new Intent({ activity_class: Details, extras: { count: this.count } })
      .putExtra("title", "Details")
      .addFlag("no_history");
    intent.addFlag("no_animation", false);
    this.startActivityForResult(intent, (result: ActivityResult) => {
      if (result["result_code"] === true) console.log(result["data"]);
    });
    // An implicit intent.
    this.startActivity(new Intent({ action: "view", data: "https://micropythonos.com" }));
  }

  // Updates from another thread go through lv.async_call when in the foreground.
  fromThread(value: number): void {
    this.update_ui_threadsafe_if_foreground((v: number, text: string) => this.status?.set_text(`${text} ${v}`), value, "value");
    const done = TaskManager.notify_event();
    this.update_ui_threadsafe_if_foreground(() => this.status?.set_text("done"), { event: done });
  }
}

export class Details extends Activity {
  onCreate(): void {
    const intent = this.getIntent();
    const extras = intent?.extras ?? {};
    const title = extras["title"];
    const screen = lv.obj();
    lv.label(screen).set_text(typeof title === "string" ? title : "?");
    console.log(intent?.action, intent?.data, intent?.flags["no_history"], intent?.activity_class === Details);
    this.setContentView(screen);
  }

  onStop(_screen: lv.obj): void {
    this.setResult(true, { seen: 1 });
  }
}

// A boot Service using TaskManager and ConnectivityManager.
export class SyncService extends Service {
  private online = false;

  onCreate(): void {
    this.online = ConnectivityManager.is_online();
    ConnectivityManager.register_callback(this.onConnectivity);
  }

  onStart(intent?: Intent): void {
    console.log(this.appFullName, intent?.action === "boot_completed");
    TaskManager.create_task(this.run());
    TaskManager.create_supervised_task(() => this.heartbeat(), 1000, true);
  }

  onDestroy(): void {
    ConnectivityManager.get().unregister_callback(this.onConnectivity);
  }

  // One function value, so that unregister_callback finds it.
  private readonly onConnectivity = (online: boolean): void => {
    this.online = online;
  };

  private async heartbeat(): Promise<void> {
    await TaskManager.sleep(60);
  }

  private async run(): Promise<void> {
    const event: Event = TaskManager.notify_event();
    while (!this.online) {
      if (ConnectivityManager.get().is_wifi_connected()) event.set();
      await TaskManager.sleep_ms(500);
    }
    if (event.is_set()) event.clear();
    try {
      const body: bytes = await TaskManager.wait_for(DownloadManager.download_url("https://example.com/feed.json"), 10);
      console.log(body[0]);
      const saved: boolean = await DownloadManager.download_url("https://example.com/a.bin", {
        outfile: "data/a.bin",
        progress_callback: async (pct) => console.log(pct),
        headers: { Range: "bytes=0-" },
        redact_url: true,
      });
      const streamed: boolean = await DownloadManager.download_url("https://example.com/b.bin", {
        chunk_callback: async (chunk: bytes) => console.log(chunk[0]),
        speed_callback: async (bps) => console.log(bps),
      });
      const positional: boolean = await DownloadManager.download_url("https://example.com/c.bin", "data/c.bin", 2048);
      console.log(saved, streamed, positional);
    } catch (e) {
      NotificationManager.notify(
        new Notification({
          notification_id: "sync.failed",
          title: "Sync failed",
          text: String(e),
          icon: lv.SYMBOL.WARNING,
          priority: Notification.PRIORITY_HIGH,
          intent: new Intent({ app_fullname: APP }).putExtra("retry", true),
        }),
      );
    }
    const waiting: Task<boolean> | undefined = TaskManager.create_task(event.wait());
    if (waiting !== undefined) await TaskManager.wait_for(waiting, 5);
    const pause: Sleep = TaskManager.sleep(0.5);
    await pause;
    const later: Coroutine<void> = this.heartbeat();
    console.log(TaskManager.create_task(later) !== undefined, TaskManager.good_stack_size());
  }
}

export function registerServices(): void {
  AppManager.register_service("boot_completed", SyncService, APP);
  for (const [fullname, cls] of AppManager.get_services_for_action("boot_completed")) {
    const service = new cls();
    service.appFullName = fullname;
    service.onCreate();
    service.onStart(new Intent({ action: "boot_completed" }));
  }
  if (ConnectivityManager.wait_until_online(5)) AppManager.start_boot_services();
}

// SharedPreferences round trip.
export function preferences(): void {
  const prefs = new SharedPreferences(APP);
  const editor = prefs.edit();
  editor.put_string("name", "tsmpy").put_int("count", 3).put_bool("enabled", true);
  editor.put_list("recent", ["a", "b"]);
  editor.put_dict("wifi", { ssid: "home", channels: [1, 6, 11] });
  editor.apply();
  const name: string | undefined = prefs.get_string("name");
  const theme: string = prefs.get_string("theme", "dark");
  const count: number = prefs.get_int("count");
  const enabled: boolean = prefs.get_bool("enabled", false);
  const recent: PrefValue[] = prefs.get_list("recent");
  const wifi: PrefDict = prefs.get_dict("wifi");
  console.log(name, theme, count + 1, enabled, recent.length, wifi["ssid"]);
  const ok: boolean = prefs.edit().put_int("count", count + 1).commit();

  const other = new SharedPreferences(APP, "other.json", { volume: 50 });
  const withDefaults = new SharedPreferences(APP, { defaults: { volume: 50, muted: false } });
  console.log(ok, other.get_int("volume"), withDefaults.get_bool("muted"));

  NotificationManager.register_listener(() => console.log(NotificationManager.get_notifications().length), false);
  const n = NotificationManager.get_notification("sync.failed");
  if (n !== undefined) console.log(n.title, n.text, NotificationManager.trigger(n));
  console.log(NotificationManager.cancel("sync.failed"));
  NotificationManager.cancel_all();
}

export function lifecycle(): void {
  TaskManager.disable();
  const none = TaskManager.create_task(TaskManager.wait_for(TaskManager.notify_event().wait(), null));
  TaskManager.enable();
  TaskManager.list_tasks();
  console.log(none === undefined);
}
