// The app's one activity: MicroPythonOS creates it with no arguments and calls onCreate().
import { Activity } from "mpos";
import * as lv from "lvgl";
import { clicksText, greeting } from "./greeting";

export class HelloActivity extends Activity {
  onCreate(): void {
    const screen = lv.obj();
    const title = lv.label(screen);
    title.set_text(greeting("MicroPythonOS"));
    title.align(lv.ALIGN.TOP_MID, 0, 20);

    const status = lv.label(screen);
    status.set_text("Not clicked yet");
    status.align(lv.ALIGN.CENTER, 0, 0);

    const button = lv.button(screen);
    button.align(lv.ALIGN.BOTTOM_MID, 0, -20);
    const caption = lv.label(button);
    caption.set_text("Click me");
    caption.center();

    // LVGL objects cannot hold Python attributes: the count lives in the closure.
    let clicks = 0;
    button.add_event_cb(() => {
      clicks++;
      status.set_text(clicksText(clicks));
    }, lv.EVENT.CLICKED, null);

    this.setContentView(screen);
  }
}
