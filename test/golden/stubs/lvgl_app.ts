// A MicroPythonOS app: an Activity subclass (mpos) building its screen with lvgl. Pins the
// Python of the stub call sites listed in docs/stubs.md ("What the compiler does for these stubs").
import * as lv from "lvgl";
import { Activity } from "mpos";

export class Main extends Activity {
  private label: lv.label | undefined;
  private clicks = 0;

  constructor() {
    super();
  }

  onCreate(): void {
    const screen = lv.obj();
    screen.set_flex_flow(lv.FLEX_FLOW.COLUMN);
    lv.label(screen).set_text('x');
    const label = new lv.label(screen);
    label.set_width(lv.pct(100));
    label.set_long_mode(lv.label.LONG_MODE.WRAP);
    label.set_style_text_font(lv.font_montserrat_24, lv.PART.MAIN);
    label.set_style_text_color(lv.color_hex(0xff0000), lv.PART.MAIN | lv.STATE.CHECKED);
    label.set_text("Hello " + this.appFullName);
    this.label = label;

    const btn = lv.button(screen);
    btn.add_event_cb(() => this.finish(), lv.EVENT.CLICKED, null);
    btn.add_event_cb(() => this.clicked(), lv.EVENT.LONG_PRESSED, undefined);
    btn.align(lv.ALIGN.TOP_MID, 0, 0);
    lv.label(btn).set_text("Close");

    const list = lv.list(screen);
    list.add_button(lv.SYMBOL.OK, "OK");
    const sw = lv.switch(screen);
    sw.add_state(lv.STATE.CHECKED);

    const img = lv.image(screen);
    img.set_src("M:builtin/res/icon.png");
    img.add_flag(lv.obj.FLAG.HIDDEN);

    lv.timer_create(() => this.clicked(), 1000, null).set_repeat_count(1);
    const h = lv.screen_active().get_height();
    const box = lv.msgbox(lv.layer_top());
    box.add_title("Height " + h);
    this.setContentView(screen);
  }

  onResume(screen: lv.obj): void {
    super.onResume(screen);
    lv.async_call((_) => this.label?.set_text("resumed " + this.clicks), null);
  }

  private clicked(): void {
    this.clicks++;
  }
}
