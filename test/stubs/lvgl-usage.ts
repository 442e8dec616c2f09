// Real-world style use of the generated lvgl stubs, as MicroPythonOS apps write it.
// Type-checked (not run) by stubs-typecheck.test.ts.
import * as lv from "lvgl";
import lvDefault from "lvgl";

// A minimal stand-in for mpos.Activity (its stubs are someone else's).
class Activity {
  setContentView(_screen: lv.obj): void {}
  finish(): void {}
}

export class HelloActivity extends Activity {
  private status: lv.label | undefined;
  private bar: lv.bar | undefined;
  private style = lv.style_t();

  onCreate(): void {
    const screen = lv.obj();
    screen.set_flex_flow(lv.FLEX_FLOW.COLUMN);
    lv.label(screen).set_text("x");

    const title: lv.label = lv.label(screen);
    title.set_width(lv.pct(100));
    title.set_long_mode(lv.label.LONG_MODE.WRAP);
    title.set_style_text_font(lv.font_montserrat_24, lv.PART.MAIN);
    title.set_style_text_color(lv.color_hex(0xff0000), lv.PART.MAIN | lv.STATE.CHECKED);
    title.align(lv.ALIGN.TOP_MID, 0, 0);
    title.set_text(lv.SYMBOL.OK + " Ready");
    this.status = title;

    const btn = lv.button(screen);
    btn.add_event_cb(() => this.finish(), lv.EVENT.CLICKED, null);
    btn.add_event_cb((e: lv.event_t) => {
      if (e.get_code() === lv.EVENT.VALUE_CHANGED) console.log(e.get_target_obj().get_state());
    }, lv.EVENT.ALL, null);
    const btnLabel = new lv.label(btn);
    btnLabel.set_text("OK");
    btnLabel.center();

    const bar = lv.bar(screen);
    bar.set_range(0, 100);
    bar.set_value(50, true);
    this.bar = bar;

    const sw: lv.switch = lv.switch(screen);
    sw.add_state(lv.STATE.CHECKED);
    const checked: boolean = sw.has_state(lv.STATE.CHECKED);

    const img = lv.image(screen);
    img.set_src("M:builtin/res/icon.png");
    img.add_flag(lv.obj.FLAG.HIDDEN);
    img.remove_flag(lv.obj.FLAG.HIDDEN);

    this.style.init();
    this.style.set_radius(8);
    this.style.set_bg_color(lv.color_white());
    btn.add_style(this.style, lv.PART.MAIN);

    const kb = lvDefault.keyboard(screen);
    kb.set_mode(lv.keyboard.MODE.NUMBER);
    const ta = lv.textarea(screen);
    ta.set_one_line(checked);
    kb.set_textarea(ta);

    lv.timer_create((_t) => this.tick(), 1000, null).set_repeat_count(1);
    const h: number = lv.screen_active().get_height();
    console.log(h, lv.SIZE_CONTENT, lv.screen_active().get_child(0).get_width());
    const box = lv.msgbox(lv.layer_top());
    box.add_title("Hello");
    box.add_close_button();

    this.setContentView(screen);
    lv.screen_load(screen);
  }

  onResume(screen: lv.obj): void {
    screen.set_size(lv.pct(100), lv.SIZE_CONTENT);
    lv.async_call((_) => this.update(), null);
  }

  private tick(): void {
    this.bar?.set_value(75, false);
  }

  private update(): void {
    this.status?.set_text("updated");
  }
}
