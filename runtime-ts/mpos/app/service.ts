// mpos.Service (MicroPythonOS 0.18, lib/mpos/app/service.py): background code without a screen.
// AppManager.start_boot_services() instantiates it with no arguments, sets appFullName, then calls
// onCreate() and onStart(intent). onDestroy() exists for symmetry; MicroPythonOS never calls it.
import type { Intent } from "../content/intent";

export class Service {
  /** The app's fullname, set by the system before onCreate() (None when registered without one). */
  appFullName: string | undefined = undefined;

  onCreate(): void {}

  onStart(intent?: Intent): void {}

  onDestroy(): void {}
}
