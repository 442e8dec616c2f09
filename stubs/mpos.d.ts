// MicroPythonOS 0.18 `mpos` package (frozen in the firmware): the app framework (Activity,
// Service, Intent), TaskManager, the services part of AppManager, SharedPreferences,
// DisplayMetrics, ConnectivityManager, DownloadManager, NotificationManager and Notification.
// Hand-written from /work/shared/reference/micropythonos.md, checked against the firmware's
// internal_filesystem/lib/mpos/ as of the 0.18.0 release (BuildInfo.version.release "0.18.0").
//
// Conventions (see docs/stubs.md):
// - Python classes are `declare class`es, not interface + const: apps subclass Activity and
//   Service, and runtime-ts/ implements some of these classes in TypeScript, which cannot be
//   called without `new`. Write `new Intent(...)`; the compiler lowers it to `Intent(...)`.
// - Class-level APIs (Python classmethods/staticmethods) are `static` members; their classes
//   have a private constructor (nothing to instantiate).
// - Awaitables are `Promise`s (`Coroutine`, `Task`, `Sleep`, `Event` come from asyncio.d.ts):
//   `await TaskManager.sleep_ms(100)` inside an async function. A Promise here stands for a
//   Python coroutine or awaitable: it has no `.then()` on the device.
// - Python dicts are index-signature types (`Record<string, ...>`), read with `d["key"]`.
// - Keyword arguments are a trailing `Kwargs<{...}>` object: `new Intent({ action: "view" })`.
// - An optional parameter whose Python default is not None is declared by overloads (omit it or
//   pass a value): an explicit `undefined` would arrive as None, which is not the default.
import type { bytes, Kwargs, tuple } from "_python";
import type { image_dsc_t, obj, result_t } from "lvgl";
import type { Coroutine, Event, Sleep, Task } from "asyncio";

// ---- asyncio objects (declared in asyncio.d.ts; re-exported for existing imports) ---------------

export type { Coroutine, Event, Sleep, Task } from "asyncio";

// ---- app framework ----------------------------------------------------------------------------

/** An Activity subclass, as Intent and the navigator use it: instantiated with no arguments. */
export type ActivityClass = new () => Activity;
/** A Service subclass: instantiated with no arguments by AppManager.start_boot_services(). */
export type ServiceClass = new () => Service;

/**
 * The result a started activity passes back (`startActivityForResult`): the dict
 * `{"result_code": code, "data": dict}` built by `setResult(code, data)`; read
 * `result["result_code"]` and `result["data"]`.
 */
export type ActivityResult = Record<string, unknown>;

/** Keyword arguments of `update_ui_threadsafe_if_foreground`. */
export interface UiUpdateKw {
  /** Accepted and ignored by MicroPythonOS 0.18. */
  important?: boolean;
  /** Set after `func` has run (when the activity is in the foreground). */
  event?: Event | null;
}

/**
 * `mpos.Activity`: one screen of an app. Subclass it and override the lifecycle methods; the
 * framework instantiates the class with no arguments, sets `intent` and `appFullName`, then calls
 * `onCreate()`, and `onStart/onResume/onPause/onStop/onDestroy(screen)` with the screen given to
 * `setContentView`. A subclass constructor must call `super()` first.
 */
export declare class Activity {
  constructor();
  /** The app's fullname (`com.example.app`), set by the framework before `onCreate()`. */
  appFullName: string | undefined;
  /** The Intent that started this activity (also `getIntent()`); None until it is launched. */
  intent: Intent | undefined;
  /** The result set by `setResult()`, passed to the starter's callback on `finish()`. */
  result: ActivityResult | undefined;

  /** Build the screen here (`lv.obj()`, widgets, `this.setContentView(screen)`). */
  onCreate(): void;
  onStart(screen: obj): void;
  /**
   * The activity comes to the foreground. The base method records it for `has_foreground()`:
   * call `super.onResume(screen)` when overriding if the activity uses `has_foreground()`.
   */
  onResume(screen: obj): void;
  /** The activity goes to the background (the base method clears `has_foreground()`). */
  onPause(screen: obj): void;
  /**
   * The back/close gesture, before the activity is paused: return true to consume it (the activity
   * stays and calls `finish()` itself when ready), false to let the framework finish it.
   */
  onBackPressed(screen: obj): boolean;
  onStop(screen: obj): void;
  onDestroy(screen: obj): void;

  /**
   * Show `screen` as this activity's content: the previous activity gets onPause/onStop, this one
   * onStart(screen), the screen is loaded (slide animation), then onResume(screen).
   */
  setContentView(screen: obj): void;
  /** Start another activity (explicit `activity_class` or implicit `action`). */
  startActivity(intent: Intent): void;
  /** Start an activity whose `setResult()` is passed to `result_callback` when it finishes. */
  startActivityForResult(intent: Intent, result_callback: (result: ActivityResult) => void): void;
  /** The Intent that started this activity (None until the framework launched it). */
  getIntent(): Intent | undefined;
  /** Set the result for the starter (firmware apps use True/False as the code). */
  setResult(result_code: boolean | number, data?: Record<string, unknown> | null): void;
  /** Close this activity (and deliver its result, if one was set). */
  finish(): void;
  /** True while in the foreground, False after onPause, None before the first onResume. */
  has_foreground(): boolean | undefined;
  /**
   * Run `func(...args)` on the LVGL thread (`lv.async_call`) if the activity is then in the
   * foreground: the way to update widgets from another thread. Keyword arguments (`event` is set
   * after `func` ran) only with a function that takes no arguments.
   */
  update_ui_threadsafe_if_foreground(func: () => unknown, kw?: Kwargs<UiUpdateKw>): result_t;
  update_ui_threadsafe_if_foreground<A extends unknown[]>(func: (...args: A) => unknown, ...args: A): result_t;
}

/**
 * `mpos.Service`: background code without a screen, declared in the manifest's `services` (or
 * registered with `AppManager.register_service`). For the `boot_completed` action the firmware
 * instantiates it with no arguments, sets `appFullName`, calls `onCreate()` then
 * `onStart(intent)`. `onDestroy()` is never called by MicroPythonOS 0.18.
 */
export declare class Service {
  constructor();
  /** The app's fullname (None for services registered without one). */
  appFullName: string | undefined;
  onCreate(): void;
  /** Start work here: long-running work belongs in a task (`TaskManager.create_task`). */
  onStart(intent?: Intent): void;
  onDestroy(): void;
}

/** Keyword arguments of the Intent constructor (all default to None). */
export interface IntentArgs {
  /** Explicit target: the Activity class to start. */
  activity_class?: ActivityClass | null;
  /** Implicit target: an action such as "view", "share", "boot_completed". */
  action?: string | null;
  /** One data item (a URL, a file path). */
  data?: unknown;
  /** Extras dict (a new empty dict when omitted). */
  extras?: Record<string, unknown> | null;
  app_fullname?: string | null;
}

/**
 * `mpos.Intent`: what to start and with which data. Python takes keyword arguments:
 * `new Intent({ activity_class: Detail })`, `new Intent({ action: "view", data: url })`.
 */
export declare class Intent {
  constructor(kw?: Kwargs<IntentArgs>);
  activity_class: ActivityClass | undefined;
  action: string | undefined;
  data: unknown;
  /** Extras dict: `intent.extras["key"]`. */
  extras: Record<string, unknown>;
  /** Flags dict (`"clear_top"`, `"no_history"`, `"no_animation"` -> bool). */
  flags: Record<string, boolean>;
  app_fullname: string | undefined;
  /** Set `extras[key] = value`; returns this Intent. */
  putExtra(key: string, value: unknown): Intent;
  /** Set `flags[flag] = value` (default True); returns this Intent. */
  addFlag(flag: string): Intent;
  addFlag(flag: string, value: boolean): Intent;
}

// ---- tasks -------------------------------------------------------------------------------------

/**
 * `mpos.TaskManager`: the one asyncio loop of the system (apps never use asyncio directly).
 * The firmware runs it after boot (`start()` does not return); tasks created before then wait for
 * it.
 */
export declare class TaskManager {
  private constructor();
  /** Schedule a coroutine (`TaskManager.create_task(this.run())`); None while disabled. */
  static create_task<T>(coro: Coroutine<T>): Task<T> | undefined;
  /**
   * Run `factory()`'s coroutine as a task and start a new one, after `restart_delay_ms` (default
   * 200), when it raises (and, with `restart_on_return`, when it returns); None while disabled.
   */
  static create_supervised_task(factory: () => Promise<unknown>): Task<void> | undefined;
  static create_supervised_task(factory: () => Promise<unknown>, restart_delay_ms: number, restart_on_return?: boolean): Task<void> | undefined;
  /** Run the loop until `stop()` (the firmware does this at boot; a warning when disabled). */
  static start(): void;
  static stop(): void;
  static enable(): void;
  static disable(): void;
  /** Log the tasks created so far (debug builds); returns nothing. */
  static list_tasks(): void;
  /** `await TaskManager.sleep(0.5)`: seconds (int or float). */
  static sleep(s: number): Sleep;
  /** `await TaskManager.sleep_ms(100)`. */
  static sleep_ms(ms: number): Sleep;
  /** A new asyncio Event (not awaitable itself: `await event.wait()`). */
  static notify_event(): Event;
  /**
   * Await a coroutine or task for at most `timeout` seconds (then cancel it and raise asyncio's
   * TimeoutError); null: no limit. A coroutine itself.
   */
  static wait_for<T>(awaitable: Coroutine<T> | Task<T>, timeout: number | null): Coroutine<T>;
  /** Thread stack size for `_thread.stack_size()`: 16 KiB on esp32, else 24 KiB. */
  static good_stack_size(): number;
}

/** `mpos.AppManager`, services part (app list, installation and activity routing left out). */
export declare class AppManager {
  private constructor();
  /** Register a service class for an action (e.g. "boot_completed") in code. */
  static register_service(action: string, service_cls: ServiceClass, fullname?: string | null): void;
  /**
   * (app fullname, class) of the services for `action`: the manifests' `services` of installed
   * apps (imported now), then the registered ones (fullname None when registered without one).
   */
  static get_services_for_action(action: string): tuple<[string | undefined, ServiceClass]>[];
  /** Instantiate and start every `boot_completed` service (the firmware does this at boot). */
  static start_boot_services(): void;
}

// ---- preferences -------------------------------------------------------------------------------

/** A value SharedPreferences stores (as JSON): str, number, bool, None, list, dict. */
export type PrefValue = string | number | boolean | undefined | readonly PrefValue[] | PrefDict;
/** A dict stored in SharedPreferences. */
export interface PrefDict {
  [key: string]: PrefValue;
}

/** Keyword arguments of the SharedPreferences constructor. */
export interface SharedPreferencesKw {
  /** Default "config.json". */
  filename?: string;
  /** Values returned for keys that are not stored (and not written while equal to them). */
  defaults?: PrefDict | null;
}

/**
 * `mpos.SharedPreferences`: an app's settings, in `prefs/<appname>/<filename>` (JSON).
 * `new SharedPreferences("com.example.app")`; write through `edit()`.
 */
export declare class SharedPreferences {
  constructor(appname: string);
  constructor(appname: string, filename: string, defaults?: PrefDict | null);
  /** `new SharedPreferences(app, { defaults: {...} })` (Python: `defaults=...`). */
  constructor(appname: string, kw: Kwargs<SharedPreferencesKw>);
  /** The stored value, else `default_`, else the constructor default, else None. */
  get_string(key: string): string | undefined;
  get_string(key: string, default_: string): string;
  /** The stored value as an int, else `default_` (0), else the constructor default. */
  get_int(key: string): number;
  get_int(key: string, default_: number): number;
  /** The stored value as a bool, else `default_` (False), else the constructor default. */
  get_bool(key: string): boolean;
  get_bool(key: string, default_: boolean): boolean;
  /** A copy of the stored list, else `default_`, else the constructor default, else []. */
  get_list(key: string, default_?: readonly PrefValue[] | null): PrefValue[];
  /** A copy of the stored dict, else `default_`, else the constructor default, else {}. */
  get_dict(key: string, default_?: PrefDict | null): PrefDict;
  /** An editor over a copy of the values: `put_*` then `apply()` or `commit()`. */
  edit(): Editor;
}

/** The editor returned by `SharedPreferences.edit()` (type only: not importable from mpos). */
export interface Editor {
  put_string(key: string, value: string): Editor;
  put_int(key: string, value: number): Editor;
  put_bool(key: string, value: boolean): Editor;
  put_list(key: string, value: readonly PrefValue[]): Editor;
  put_dict(key: string, value: PrefDict): Editor;
  /** Write the edits (values equal to the constructor defaults are left out of the file). */
  apply(): void;
  /** Same as apply(); returns True. */
  commit(): boolean;
}

// ---- display, connectivity, downloads ---------------------------------------------------------

/** `mpos.DisplayMetrics`: the display's size (set by the firmware before apps run). */
export declare class DisplayMetrics {
  private constructor();
  /** Width in pixels. */
  static width(): number;
  /** Height in pixels. */
  static height(): number;
  static dpi(): number;
  /** `pct` percent of the width, rounded to pixels. */
  static pct_of_width(pct: number): number;
  /** `pct` percent of the height, rounded to pixels. */
  static pct_of_height(pct: number): number;
  static min_dimension(): number;
  static max_dimension(): number;
}

/**
 * `mpos.ConnectivityManager`: network state, checked every 8 s. Every method is callable on the
 * class (`ConnectivityManager.is_online()`) or on the singleton (`ConnectivityManager.get()`).
 */
export declare class ConnectivityManager {
  private constructor();
  /** The singleton (created on first use). */
  static get(): ConnectivityManager;
  static is_online(): boolean;
  static is_wifi_connected(): boolean;
  /**
   * Block (time.sleep, not a coroutine: it stops the asyncio loop meanwhile) until online or
   * `timeout` seconds (default 60) have passed; true when online.
   */
  static wait_until_online(): boolean;
  static wait_until_online(timeout: number): boolean;
  /** `callback(online)` runs when the online state changes. */
  static register_callback(callback: (online: boolean) => void): void;
  static unregister_callback(callback: (online: boolean) => void): void;
  is_online(): boolean;
  is_wifi_connected(): boolean;
  wait_until_online(): boolean;
  wait_until_online(timeout: number): boolean;
  register_callback(callback: (online: boolean) => void): void;
  unregister_callback(callback: (online: boolean) => void): void;
}

/** `progress_callback(percent)` (0-100, two decimals): an async function. */
export type DownloadProgressCallback = (percent: number) => Promise<unknown>;
/** `chunk_callback(chunk)` for each chunk read: an async function. */
export type DownloadChunkCallback = (chunk: bytes) => Promise<unknown>;
/** `speed_callback(bytes_per_second)` about once a second: an async function. */
export type DownloadSpeedCallback = (bytes_per_second: number) => Promise<unknown>;

/** Keyword arguments of `download_url` other than `outfile` and `chunk_callback`. */
export interface DownloadKw {
  /** Expected size for progress (else Content-Length, else 100 KiB). */
  total_size?: number | null;
  progress_callback?: DownloadProgressCallback | null;
  /** Request headers (a User-Agent is added when missing); `Range` resumes a download. */
  headers?: Record<string, string> | null;
  speed_callback?: DownloadSpeedCallback | null;
  /** Keep the URL's path and query out of the log (URLs holding secrets). */
  redact_url?: boolean;
}

/** `mpos.DownloadManager`: HTTP(S) downloads with retries and resume. */
export declare class DownloadManager {
  private constructor();
  /**
   * Download `url` inside a task: `await DownloadManager.download_url(url)` gives the body as
   * bytes; with `outfile` (written to that path) or `chunk_callback` (streamed), true on success.
   * Raises on HTTP errors and after 3 failed reconnects. Callbacks are async functions.
   */
  static download_url(url: string, kw: Kwargs<DownloadKw & { outfile: string; chunk_callback?: null }>): Promise<boolean>;
  static download_url(url: string, kw: Kwargs<DownloadKw & { outfile?: null; chunk_callback: DownloadChunkCallback }>): Promise<boolean>;
  static download_url(url: string, kw?: Kwargs<DownloadKw & { outfile?: null; chunk_callback?: null }>): Promise<bytes>;
  static download_url(url: string, outfile: string, total_size?: number | null, progress_callback?: DownloadProgressCallback | null, chunk_callback?: null, headers?: Record<string, string> | null, speed_callback?: DownloadSpeedCallback | null, redact_url?: boolean): Promise<boolean>;
  static download_url(url: string, outfile: null, total_size: number | null, progress_callback: DownloadProgressCallback | null, chunk_callback: DownloadChunkCallback, headers?: Record<string, string> | null, speed_callback?: DownloadSpeedCallback | null, redact_url?: boolean): Promise<boolean>;
  static download_url(url: string, outfile?: null, total_size?: number | null, progress_callback?: DownloadProgressCallback | null, chunk_callback?: null, headers?: Record<string, string> | null, speed_callback?: DownloadSpeedCallback | null, redact_url?: boolean): Promise<bytes>;
}

// ---- notifications -----------------------------------------------------------------------------

/** Keyword arguments of the Notification constructor. */
export interface NotificationArgs {
  /** Identifies the notification: notifying again with the same id updates it. */
  notification_id: string;
  /** An `lv.SYMBOL` string, an image path, or an image descriptor (only strings are persisted). */
  icon?: string | image_dsc_t | null;
  title?: string;
  text?: string;
  /** One of `Notification.PRIORITY_*` (default PRIORITY_DEFAULT). */
  priority?: number;
  /** Started when the user taps the notification (else the app `app_fullname`). */
  intent?: Intent | null;
  /** Cancel the notification once tapped and launched (default True). */
  auto_cancel?: boolean;
  app_fullname?: string | null;
}

/** `mpos.Notification`: `new Notification({ notification_id: "x", title: "...", text: "..." })`. */
export declare class Notification {
  constructor(kw: Kwargs<NotificationArgs>);
  static readonly PRIORITY_MIN: number;
  static readonly PRIORITY_LOW: number;
  static readonly PRIORITY_DEFAULT: number;
  static readonly PRIORITY_HIGH: number;
  static readonly PRIORITY_MAX: number;
  notification_id: string;
  icon: string | image_dsc_t | undefined;
  title: string;
  text: string;
  priority: number;
  intent: Intent | undefined;
  auto_cancel: boolean;
  app_fullname: string | undefined;
  /** time.time() when first posted. */
  created_at: number | undefined;
  /** time.time() of the last update. */
  updated_at: number | undefined;
}

/**
 * `mpos.NotificationManager`: the notifications shown in the top drawer (at most 20, persisted).
 */
export declare class NotificationManager {
  private constructor();
  /** Post (or, same id, update) a notification; plays the notification sound; returns its id. */
  static notify(notification: Notification): string;
  /** Remove a notification; false when there was none with this id. */
  static cancel(notification_id: string): boolean;
  static cancel_all(): void;
  /** Notifications by priority, then most recently updated. */
  static get_notifications(): Notification[];
  static get_notification(notification_id: string): Notification | undefined;
  /** Launch a notification's intent (or app), as a tap does; true when something was launched. */
  static trigger(notification_or_id: Notification | string): boolean;
  /** `callback()` runs when the notifications change (and once now, unless told not to). */
  static register_listener(callback: () => void, notify_immediately?: boolean): void;
  static unregister_listener(callback: () => void): void;
}

export {};
