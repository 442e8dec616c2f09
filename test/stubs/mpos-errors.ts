// Wrong uses of the mpos stub: each line after a `@ts-expect-error` must be a type error.
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
  SharedPreferences,
  TaskManager,
} from "mpos";

export class Bad extends Activity {
  onCreate(): void {
    const screen = lv.obj();
    // @ts-expect-error onResume needs the screen
    this.onResume();
    // @ts-expect-error setContentView takes an lv.obj
    this.setContentView("main");
    // @ts-expect-error Activity has no setTitle
    this.setTitle("x");
    // @ts-expect-error the result callback receives one result dict
    this.startActivityForResult(new Intent({ action: "pick" }), (code: number, data: string) => console.log(code, data));
    // @ts-expect-error the function's parameters must match the arguments
    this.update_ui_threadsafe_if_foreground((text: string) => console.log(text), 5);
    this.setContentView(screen);
  }

  // @ts-expect-error onBackPressed returns a bool
  onBackPressed(_screen: lv.obj): string {
    return "no";
  }
}

// @ts-expect-error Intent takes keyword arguments, not positional ones
new Intent(Bad, "view");
// @ts-expect-error unknown Intent keyword
new Intent({ activity: Bad });
// @ts-expect-error a flag value is a bool
new Intent({ action: "view" }).addFlag("clear_top", "yes");
// @ts-expect-error the activity class must be an Activity subclass
new Intent({ activity_class: Notification });

// @ts-expect-error create_task takes a coroutine, not a function
TaskManager.create_task(async () => {});
// @ts-expect-error a Task is not a coroutine
TaskManager.create_task(TaskManager.create_task(TaskManager.notify_event().wait())!);
// @ts-expect-error a sleep is not a coroutine (asyncio: "coroutine expected")
TaskManager.create_task(TaskManager.sleep_ms(10));
// @ts-expect-error wait_for makes a task of its awaitable: a sleep is refused
TaskManager.wait_for(TaskManager.sleep(5), 1);
// @ts-expect-error sleep_ms takes a number
TaskManager.sleep_ms("100");
// @ts-expect-error TaskManager has no run
TaskManager.run();
// @ts-expect-error TaskManager is not instantiated
new TaskManager();
// @ts-expect-error notify_event() is not awaitable as such: it has no then
TaskManager.notify_event().then(() => {});

// @ts-expect-error register_service takes a Service class
AppManager.register_service("boot_completed", Bad);

// @ts-expect-error get_int's default is a number
new SharedPreferences("com.example").get_int("count", "0");
// @ts-expect-error put_int takes a number
new SharedPreferences("com.example").edit().put_int("count", "3");
// @ts-expect-error put_* are on the editor, not on the preferences
new SharedPreferences("com.example").put_string("a", "b");
// @ts-expect-error apply() returns nothing to chain
new SharedPreferences("com.example").edit().apply().commit();
// @ts-expect-error the app name is required
new SharedPreferences();
// @ts-expect-error filename None is not "config.json": pass { defaults } instead
new SharedPreferences("com.example", undefined, { volume: 50 });
// @ts-expect-error get_int(key, None) returns None: omit the default instead
new SharedPreferences("com.example").get_int("count", undefined);

// @ts-expect-error pct_of_width takes a number
DisplayMetrics.pct_of_width("50%");
// @ts-expect-error the callback receives the online state
ConnectivityManager.register_callback((online: string) => console.log(online));
// @ts-expect-error wait_until_online(None) raises TypeError: omit the timeout instead
ConnectivityManager.wait_until_online(undefined);
// @ts-expect-error use ConnectivityManager.get(), not new
new ConnectivityManager();

// @ts-expect-error callbacks are async functions
DownloadManager.download_url("https://example.com", { progress_callback: (pct: number) => console.log(pct) });
// @ts-expect-error outfile and chunk_callback exclude each other
DownloadManager.download_url("https://example.com", { outfile: "a.bin", chunk_callback: async (_c: import("_python").bytes) => {} });
export async function wrongResult(): Promise<void> {
  // @ts-expect-error with outfile the result is a bool, not bytes
  const body: import("_python").bytes = await DownloadManager.download_url("https://example.com", { outfile: "a.bin" });
  console.log(body);
}

// @ts-expect-error a Notification needs its id
new Notification({ title: "x" });
// @ts-expect-error notify takes a Notification, not a string
NotificationManager.notify("hello");
