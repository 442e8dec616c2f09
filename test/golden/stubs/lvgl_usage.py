from tsmpy.console import js_fmt
from tsmpy.value import js_null

def buildSettings(parent):
    cont = lv.obj(parent)
    cont.set_size(lv.pct(100), lv.pct(100))
    cont.set_style_bg_opa(lv.OPA.COVER, 0)
    cont.set_style_pad_all(4, lv.PART.MAIN)
    cont.set_grid_dsc_array([60, 60, lv.GRID_TEMPLATE_LAST], [40, lv.GRID_TEMPLATE_LAST])
    cont.add_flag(lv.label.FLAG.SCROLLABLE)
    cont.set_scrollbar_mode(lv.SCROLLBAR_MODE.OFF)
    dd = lv.dropdown(cont)
    dd.set_options("one\ntwo\nthree")
    _t7 = dd.add_event_cb
    def _f6(e):
        target = e.get_target_obj()
        print(js_fmt(dd.get_selected()), js_fmt(target.get_width()))
    _t7(_f6, lv.EVENT.VALUE_CHANGED, None)
    list_ = lv.list(cont)
    item = list_.add_button(lv.SYMBOL.WIFI, "Wi-Fi")
    _t9 = item.add_event_cb
    def _f8(_e):
        pass
    _t9(_f8, lv.EVENT.CLICKED, None)
    btnm = lv.buttonmatrix(cont)
    btnm.set_map(["1", "2", "\n", "3", ""])
    slider = lv.slider(cont)
    slider.set_range(0, 255)
    slider.set_value(128, False)
    v = slider.get_value()
    anim = lv.anim_t()
    anim.init()
    anim.set_var(slider)
    anim.set_values(0, v)
    anim.set_duration(500)
    anim.set_custom_exec_cb(lambda _a, value: slider.set_value(value, False))
    anim.set_path_cb(lv.anim_t.path_ease_in_out)
    anim.start()
    area = lv.area_t()
    copy = lv.area_t(area)
    cont.get_coords(area)
    print(js_fmt(area.x1), js_fmt(area.get_width()), js_fmt(copy.y2))
    red = lv.color_make(255, 0, 0)
    style = lv.style_t()
    style.init()
    style.set_text_font(lv.font_montserrat_16)
    style.set_text_color(red)
    style.set_border_width(0)
    style.set_transition(lv.style_transition_dsc_t())
    slider.add_style(style, lv.PART.INDICATOR | lv.STATE.PRESSED)
    arc = lv.arc(cont)
    arc.set_mode(lv.arc.MODE.REVERSE)
    arc.set_bg_angles(0, 270)
    tv = lv.tabview(cont)
    tab = tv.add_tab("Main")
    lv.checkbox(tab).set_text("Enabled")
    spinner = lv.spinner(tab)
    spinner.set_anim_params(1000, 60)
    lv.menu_page(lv.menu(tab), None)
    lv.menu_page(lv.menu(tab), "Title")
    cont.delete_delayed(1000)
    cont.scroll_to_view(True)
    lv.obj.enable_style_refresh(True)
    return cont

import lvgl as lv
import lvgl as lvDefault

class Activity:
    _jsn = "Activity"
    _jsk = ()
    def __getattr__(self, k):
        if k[:2] == "__" or k[:3] == "_js":
            raise AttributeError(k)
        return None

    def setContentView(self, _screen):
        pass

    def finish(self):
        pass

class HelloActivity(Activity):
    _jsn = "HelloActivity"
    _jsk = ("status", "bar", "style")
    def __init__(self, *_r1):
        super().__init__(*_r1)
        self.status = None
        self.bar = None
        self.style = lv.style_t()

    def onCreate(self):
        screen = lv.obj()
        screen.set_flex_flow(lv.FLEX_FLOW.COLUMN)
        lv.label(screen).set_text("x")
        title = lv.label(screen)
        title.set_width(lv.pct(100))
        title.set_long_mode(lv.label.LONG_MODE.WRAP)
        title.set_style_text_font(lv.font_montserrat_24, lv.PART.MAIN)
        title.set_style_text_color(lv.color_hex(16711680), lv.PART.MAIN | lv.STATE.CHECKED)
        title.align(lv.ALIGN.TOP_MID, 0, 0)
        title.set_text(lv.SYMBOL.OK + " Ready")
        self.status = title
        btn = lv.button(screen)
        btn.add_event_cb(lambda *_: self.finish(), lv.EVENT.CLICKED, None)
        _t3 = btn.add_event_cb
        def _f2(e):
            if e.get_code() == lv.EVENT.VALUE_CHANGED:
                print(js_fmt(e.get_target_obj().get_state()))
        _t3(_f2, lv.EVENT.ALL, None)
        btnLabel = lv.label(btn)
        btnLabel.set_text("OK")
        btnLabel.center()
        bar = lv.bar(screen)
        bar.set_range(0, 100)
        bar.set_value(50, True)
        self.bar = bar
        sw = lv.switch(screen)
        sw.add_state(lv.STATE.CHECKED)
        checked = sw.has_state(lv.STATE.CHECKED)
        img = lv.image(screen)
        img.set_src("M:builtin/res/icon.png")
        img.add_flag(lv.obj.FLAG.HIDDEN)
        img.remove_flag(lv.obj.FLAG.HIDDEN)
        self.style.init()
        self.style.set_radius(8)
        self.style.set_bg_color(lv.color_white())
        btn.add_style(self.style, lv.PART.MAIN)
        kb = lvDefault.keyboard(screen)
        kb.set_mode(lv.keyboard.MODE.NUMBER)
        ta = lv.textarea(screen)
        ta.set_one_line(checked)
        kb.set_textarea(ta)
        lv.timer_create(lambda _t: self.tick(), 1000, None).set_repeat_count(1)
        h = lv.screen_active().get_height()
        print(js_fmt(h), js_fmt(lv.SIZE_CONTENT), js_fmt(lv.screen_active().get_child(0).get_width()))
        box = lv.msgbox(lv.layer_top())
        box.add_title("Hello")
        box.add_close_button()
        self.setContentView(screen)
        lv.screen_load(screen)

    def onResume(self, screen):
        screen.set_size(lv.pct(100), lv.SIZE_CONTENT)
        lv.async_call(lambda __: self.update(), None)

    def tick(self):
        None if (_t4 := self.bar) is None or _t4 is js_null else _t4.set_value(75, False)

    def update(self):
        None if (_t5 := self.status) is None or _t5 is js_null else _t5.set_text("updated")
