// Golden copy of test/stubs/lvgl-usage.ts: real-world style use of the generated lvgl stubs, as
// MicroPythonOS apps write it. Not run (no lvgl on the WebAssembly build): this file pins the Python.
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

// More of the API as apps use it: styles, animations, layouts, lists, dropdowns, events.
export function buildSettings(parent: lv.obj): lv.obj {
  const cont = lv.obj(parent);
  cont.set_size(lv.pct(100), lv.pct(100));
  cont.set_style_bg_opa(lv.OPA.COVER, 0);
  cont.set_style_pad_all(4, lv.PART.MAIN);
  cont.set_grid_dsc_array([60, 60, lv.GRID_TEMPLATE_LAST], [40, lv.GRID_TEMPLATE_LAST]);
  cont.add_flag(lv.label.FLAG.SCROLLABLE); // class attributes are inherited, as in Python
  cont.set_scrollbar_mode(lv.SCROLLBAR_MODE.OFF);

  const dd = lv.dropdown(cont);
  dd.set_options("one\ntwo\nthree");
  dd.add_event_cb((e) => {
    const target = e.get_target_obj();
    console.log(dd.get_selected(), target.get_width());
  }, lv.EVENT.VALUE_CHANGED, null);

  const list = lv.list(cont);
  const item: lv.obj = list.add_button(lv.SYMBOL.WIFI, "Wi-Fi");
  item.add_event_cb((_e) => {}, lv.EVENT.CLICKED, null);

  const btnm = lv.buttonmatrix(cont);
  btnm.set_map(["1", "2", "\n", "3", ""]);

  const slider = lv.slider(cont);
  slider.set_range(0, 255);
  slider.set_value(128, false);
  const v: number = slider.get_value();

  const anim = lv.anim_t();
  anim.init();
  anim.set_var(slider);
  anim.set_values(0, v);
  anim.set_duration(500);
  anim.set_custom_exec_cb((_a, value) => slider.set_value(value, false));
  anim.set_path_cb(lv.anim_t.path_ease_in_out);
  anim.start();

  const area = lv.area_t();
  const copy: lv.area_t = lv.area_t(area);
  cont.get_coords(area);
  console.log(area.x1, area.get_width(), copy.y2);

  const red = lv.color_make(255, 0, 0);
  const style: lv.style_t = new lv.style_t();
  style.init();
  style.set_text_font(lv.font_montserrat_16);
  style.set_text_color(red);
  style.set_border_width(0);
  style.set_transition(lv.style_transition_dsc_t());
  slider.add_style(style, lv.PART.INDICATOR | lv.STATE.PRESSED);

  const arc = lv.arc(cont);
  arc.set_mode(lv.arc.MODE.REVERSE);
  arc.set_bg_angles(0, 270);

  const tv = lv.tabview(cont);
  const tab: lv.obj = tv.add_tab("Main");
  lv.checkbox(tab).set_text("Enabled");
  const spinner = lv.spinner(tab);
  spinner.set_anim_params(1000, 60);
  lv.menu_page(lv.menu(tab), null);
  lv.menu_page(lv.menu(tab), "Title");
  cont.delete_delayed(1000);
  cont.scroll_to_view(true);
  lv.obj.enable_style_refresh(true);
  return cont;
}
