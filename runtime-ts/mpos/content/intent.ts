// mpos.Intent (MicroPythonOS 0.18, lib/mpos/content/intent.py): what to start and with which data.
// Python callers pass keyword arguments (`Intent(action="boot_completed")`); the parameters keep
// the firmware's names and order for that reason.
/** The explicit target of an Intent: an activity (or service) class, instantiated without arguments. */
export type TargetClass = new () => unknown;

export class Intent {
  activity_class: TargetClass | undefined;
  action: string | undefined;
  data: unknown;
  extras: Record<string, unknown>;
  flags: Record<string, boolean> = {};
  app_fullname: string | undefined;

  constructor(activity_class?: TargetClass, action?: string, data?: unknown, extras?: Record<string, unknown>, app_fullname?: string) {
    this.activity_class = activity_class;
    this.action = action;
    this.data = data;
    this.extras = extras ?? {};
    this.app_fullname = app_fullname;
  }

  /** Set `flags[flag] = value`; returns this Intent (chainable). */
  addFlag(flag: string, value: boolean = true): Intent {
    this.flags[flag] = value;
    return this;
  }

  /** Set `extras[key] = value`; returns this Intent (chainable). */
  putExtra(key: string, value: unknown): Intent {
    this.extras[key] = value;
    return this;
  }
}
