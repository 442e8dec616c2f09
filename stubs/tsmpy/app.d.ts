// `tsmpy/app`: the types of an app's description, `apps/<fullname>/app.config.ts`. Only that file
// imports this module: `npm run compile` reads the `defineApp({...})` call statically (it is never
// run) and writes the app's MANIFEST.JSON from it. See docs/apps.md for every field and its rules.
import type { Activity, Service } from "mpos";

/**
 * When the firmware starts an activity. `{ action: "main", category: "launcher" }` puts the app in
 * the launcher; `{ action: "view", mimeType: "image/*", pathPattern: [".png"] }` offers it for
 * files ("Open with").
 */
export interface ActivityIntentFilter {
  action: string;
  category?: string;
  mimeType?: string;
  pathPattern?: string | string[];
}

/** When the firmware starts a service: `{ action: "boot_completed" }` starts it at boot. */
export interface ServiceIntentFilter {
  action: string;
}

/** An activity of the app: a class exported by one of the app's modules. */
export interface ActivityEntry {
  /** The Activity subclass (the firmware instantiates it with no arguments). */
  activity: new () => Activity;
  intent_filters?: ActivityIntentFilter[];
}

/** A service of the app: a class exported by one of the app's modules. */
export interface ServiceEntry {
  /** The Service subclass (the firmware instantiates it with no arguments). */
  service: new () => Service;
  intent_filters: ServiceIntentFilter[];
}

export interface AppConfig {
  /**
   * Reverse-domain name, lower case, at least two parts: "com.example.weather". The app's folder is
   * apps/<fullname>/; on the device it is apps/com_example_weather/ (package mode, docs/apps.md).
   */
  fullname: string;
  /** Name shown in the launcher. */
  name: string;
  publisher: string;
  /** MAJOR.MINOR.PATCH, e.g. "1.0.0". */
  version: string;
  /** One lower-case word, e.g. "utilities", "games", "development". */
  category: string;
  short_description: string;
  long_description?: string;
  /** A 64x64 PNG in the app folder; default "icon_64x64.png". */
  icon?: string;
  activities?: ActivityEntry[];
  services?: ServiceEntry[];
}

/** Declares the app: `export default defineApp({ ... })`, with literal values only. */
export declare function defineApp(config: AppConfig): AppConfig;
