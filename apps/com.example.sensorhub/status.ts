// The status screen: one line per managed service, refreshed every second by an LVGL timer (which
// runs on the UI thread, so it may touch the label).
import { Activity } from "mpos";
import * as lv from "lvgl";
import { status } from "servicekit";

/** The label's text: each service's state, restarts and main-loop count. */
export function statusText(): string {
  const lines = status().map((s) => `${s.name}: ${s.state}, ${s.restarts} restarts, ${s.loop_count} loops`);
  return lines.length ? lines.join("\n") : "No services registered";
}

export class StatusActivity extends Activity {
  private timer: lv.timer_t | undefined = undefined;

  onCreate(): void {
    const screen = lv.obj();
    const title = lv.label(screen);
    title.set_text("SensorHub services");
    title.align(lv.ALIGN.TOP_MID, 0, 10);
    const lines = lv.label(screen);
    lines.set_text(statusText());
    lines.align(lv.ALIGN.CENTER, 0, 0);
    this.timer = lv.timer_create(() => lines.set_text(statusText()), 1000, null);
    this.setContentView(screen);
  }

  onDestroy(screen: lv.obj): void {
    this.timer?.delete();
    this.timer = undefined;
  }
}
