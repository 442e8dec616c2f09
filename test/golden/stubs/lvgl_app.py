from tsmpy.num import js_num_str
from tsmpy.value import js_null, js_str
import lvgl as lv
from mpos import Activity

class Main(Activity):
    _jsn = "Main"
    _jsk = ("label", "clicks")
    label = None
    clicks = None
    def __init__(self):
        super().__init__()
        self.label = None
        self.clicks = 0

    def onCreate(self):
        screen = lv.obj()
        screen.set_flex_flow(lv.FLEX_FLOW.COLUMN)
        lv.label(screen).set_text("x")
        label = lv.label(screen)
        label.set_width(lv.pct(100))
        label.set_long_mode(lv.label.LONG_MODE.WRAP)
        label.set_style_text_font(lv.font_montserrat_24, lv.PART.MAIN)
        label.set_style_text_color(lv.color_hex(16711680), lv.PART.MAIN | lv.STATE.CHECKED)
        label.set_text("Hello " + js_str(self.appFullName))
        self.label = label
        btn = lv.button(screen)
        btn.add_event_cb(lambda *_: self.finish(), lv.EVENT.CLICKED, None)
        btn.add_event_cb(lambda *_: self.clicked(), lv.EVENT.LONG_PRESSED, None)
        btn.align(lv.ALIGN.TOP_MID, 0, 0)
        lv.label(btn).set_text("Close")
        list_ = lv.list(screen)
        list_.add_button(lv.SYMBOL.OK, "OK")
        sw = lv.switch(screen)
        sw.add_state(lv.STATE.CHECKED)
        img = lv.image(screen)
        img.set_src("M:builtin/res/icon.png")
        img.add_flag(lv.obj.FLAG.HIDDEN)
        lv.timer_create(lambda *_: self.clicked(), 1000, None).set_repeat_count(1)
        h = lv.screen_active().get_height()
        box = lv.msgbox(lv.layer_top())
        box.add_title("Height " + js_num_str(h))
        self.setContentView(screen)

    def onResume(self, screen):
        Activity.onResume(self, screen)
        lv.async_call(lambda __: None if (_t1 := self.label) is None or _t1 is js_null else _t1.set_text("resumed " + js_num_str(self.clicks)), None)

    def clicked(self):
        self.clicks += 1
