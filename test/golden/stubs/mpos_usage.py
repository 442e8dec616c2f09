import collections
from tsmpy.aio import js_coro, js_coro_fn, js_foreign
from tsmpy.console import js_fmt, js_logf
from tsmpy.errors import js_caught
from tsmpy.num import js_num_str
from tsmpy.promise import js_async, js_run
from tsmpy.value import js_eq, js_null, js_str

def registerServices():
    AppManager.register_service("boot_completed", SyncService, APP)
    for _t25 in AppManager.get_services_for_action("boot_completed"):
        fullname = _t25[0]
        cls_ = _t25[1]
        service = cls_()
        service.appFullName = fullname
        service.onCreate()
        service.onStart(Intent(action="boot_completed"))
    if ConnectivityManager.wait_until_online(5):
        AppManager.start_boot_services()

def preferences():
    prefs = SharedPreferences(APP)
    editor = prefs.edit()
    editor.put_string("name", "tsmpy").put_int("count", 3).put_bool("enabled", True)
    editor.put_list("recent", ["a", "b"])
    editor.put_dict("wifi", collections.OrderedDict([("ssid", "home"), ("channels", [1, 6, 11])]))
    editor.apply()
    name = prefs.get_string("name")
    theme = prefs.get_string("theme", "dark")
    count = prefs.get_int("count")
    enabled = prefs.get_bool("enabled", False)
    recent = prefs.get_list("recent")
    wifi = prefs.get_dict("wifi")
    print(js_fmt(name), js_fmt(theme), js_fmt(count + 1), js_fmt(enabled), js_fmt(len(recent)), js_fmt(wifi.get("ssid")))
    ok = prefs.edit().put_int("count", count + 1).commit()
    other = SharedPreferences(APP, "other.json", collections.OrderedDict([("volume", 50)]))
    withDefaults = SharedPreferences(APP, defaults=collections.OrderedDict([("volume", 50), ("muted", False)]))
    print(js_fmt(ok), js_fmt(other.get_int("volume")), js_fmt(withDefaults.get_bool("muted")))
    NotificationManager.register_listener(lambda: print(js_fmt(len(NotificationManager.get_notifications()))), False)
    n = NotificationManager.get_notification("sync.failed")
    if n is not None:
        print(js_logf(n.title, n.text, NotificationManager.trigger(n)))
    print(js_fmt(NotificationManager.cancel("sync.failed")))
    NotificationManager.cancel_all()

def lifecycle():
    TaskManager.disable()
    none = TaskManager.create_task(TaskManager.wait_for(TaskManager.notify_event().wait(), None))
    TaskManager.enable()
    TaskManager.list_tasks()
    print("true" if none is None else "false")

import lvgl as lv
from mpos import Activity, AppManager, ConnectivityManager, DisplayMetrics, DownloadManager, Intent, Notification, NotificationManager, Service, SharedPreferences
from mpos import TaskManager
APP = "com.example.hello"

class Main(Activity):
    _jsn = "Main"
    _jsk = ("status", "count")
    status = None
    count = None
    def __init__(self, *_r1):
        super().__init__(*_r1)
        self.status = None
        self.count = 0

    def onCreate(self):
        screen = lv.obj()
        label = lv.label(screen)
        label.set_text("Hello " + js_str(self.appFullName))
        label.set_width(DisplayMetrics.pct_of_width(80))
        label.align(lv.ALIGN.TOP_MID, 0, DisplayMetrics.pct_of_height(5))
        self.status = label
        button = lv.button(screen)
        buttonLabel = lv.label(button)
        buttonLabel.set_text("Close")
        buttonLabel.center()
        button.align(lv.ALIGN.BOTTOM_MID, 0, 0)
        button.add_event_cb(lambda *_: self.finish(), lv.EVENT.CLICKED, None)
        details = lv.button(screen)
        details.add_event_cb(lambda *_: self.openDetails(), lv.EVENT.CLICKED, None)
        self.setContentView(screen)

    def onResume(self, screen):
        Activity.onResume(self, screen)
        w = DisplayMetrics.width()
        h = DisplayMetrics.height()
        print(js_fmt(w), js_fmt(h), js_fmt(DisplayMetrics.dpi()), js_fmt(DisplayMetrics.min_dimension()), js_fmt(DisplayMetrics.max_dimension()), js_fmt(screen.get_child_count()))
        task = TaskManager.create_task(js_coro(self.poll()))
        if task is not None and task.done():
            task.cancel()

    def onPause(self, screen):
        Activity.onPause(self, screen)

    def onBackPressed(self, _screen):
        return self.count > 0

    @js_async
    async def poll(self):
        while self.has_foreground():
            self.count += 1
            None if (_t2 := self.status) is None or _t2 is js_null else _t2.set_text("tick " + js_num_str(self.count))
            await js_foreign(TaskManager.sleep_ms(1000))

    def openDetails(self):
        intent = Intent(activity_class=Details, extras=collections.OrderedDict([("count", self.count)])).putExtra("title", "Details").addFlag("no_history")
        intent.addFlag("no_animation", False)
        _t4 = self.startActivityForResult
        _t5 = intent
        def _f3(result):
            if js_eq(result.get("result_code"), True):
                print(js_fmt(result.get("data")))
        _t4(_t5, _f3)
        self.startActivity(Intent(action="view", data="https://micropythonos.com"))

    def fromThread(self, value):
        self.update_ui_threadsafe_if_foreground(lambda v, text, *_: None if (_t6 := self.status) is None or _t6 is js_null else _t6.set_text(text + " " + js_num_str(v)), value, "value")
        done = TaskManager.notify_event()
        self.update_ui_threadsafe_if_foreground(lambda: None if (_t7 := self.status) is None or _t7 is js_null else _t7.set_text("done"), event=done)

class Details(Activity):
    _jsn = "Details"
    def onCreate(self):
        intent = self.getIntent()
        extras = _t9 if (_t9 := None if (_t8 := intent) is None or _t8 is js_null else _t8.extras) is not None else collections.OrderedDict()
        title = extras.get("title")
        screen = lv.obj()
        lv.label(screen).set_text(title if type(title) is str else "?")
        print(js_fmt(None if (_t10 := intent) is None or _t10 is js_null else _t10.action), js_fmt(None if (_t11 := intent) is None or _t11 is js_null else _t11.data), js_fmt(None if (_t12 := intent) is None or _t12 is js_null else _t12.flags.get("no_history")), "true" if (None if (_t13 := intent) is None or _t13 is js_null else _t13.activity_class) is Details else "false")
        self.setContentView(screen)

    def onStop(self, _screen):
        self.setResult(True, collections.OrderedDict([("seen", 1)]))

class SyncService(Service):
    _jsn = "SyncService"
    _jsk = ("online", "onConnectivity")
    online = None
    onConnectivity = None
    def __init__(self, *_r15):
        super().__init__(*_r15)
        self.online = False
        def _f14(online):
            self.online = online
        self.onConnectivity = _f14

    def onCreate(self):
        self.online = ConnectivityManager.is_online()
        ConnectivityManager.register_callback(self.onConnectivity)

    def onStart(self, intent=None):
        print(js_fmt(self.appFullName), "true" if (None if (_t16 := intent) is None or _t16 is js_null else _t16.action) == "boot_completed" else "false")
        TaskManager.create_task(js_coro(self.run()))
        TaskManager.create_supervised_task(js_coro_fn(lambda: self.heartbeat()), 1000, True)

    def onDestroy(self):
        ConnectivityManager.get().unregister_callback(self.onConnectivity)

    @js_async
    async def heartbeat(self):
        await js_foreign(TaskManager.sleep(60))

    @js_async
    async def run(self):
        event = TaskManager.notify_event()
        while not self.online:
            if ConnectivityManager.get().is_wifi_connected():
                event.set()
            await js_foreign(TaskManager.sleep_ms(500))
        if event.is_set():
            event.clear()
        try:
            body = await js_foreign(TaskManager.wait_for(DownloadManager.download_url("https://example.com/feed.json"), 10))
            print(js_fmt(body[0] if 0 < len(body) else None))
            _t18 = DownloadManager.download_url
            @js_async
            async def _f17(pct):
                return print(js_fmt(pct))
            saved = await js_foreign(_t18("https://example.com/a.bin", outfile="data/a.bin", progress_callback=js_coro_fn(_f17), headers=collections.OrderedDict([("Range", "bytes=0-")]), redact_url=True))
            _t20 = DownloadManager.download_url
            @js_async
            async def _f19(chunk):
                return print(js_fmt(chunk[0] if 0 < len(chunk) else None))
            _t22 = _t20
            _t23 = js_coro_fn(_f19)
            @js_async
            async def _f21(bps):
                return print(js_fmt(bps))
            streamed = await js_foreign(_t22("https://example.com/b.bin", chunk_callback=_t23, speed_callback=js_coro_fn(_f21)))
            positional = await js_foreign(DownloadManager.download_url("https://example.com/c.bin", "data/c.bin", 2048))
            print(js_fmt(saved), js_fmt(streamed), js_fmt(positional))
        except Exception as _e24:
            e = js_caught(_e24)
            NotificationManager.notify(Notification(notification_id="sync.failed", title="Sync failed", text=js_str(e), icon=lv.SYMBOL.WARNING, priority=Notification.PRIORITY_HIGH, intent=Intent(app_fullname=APP).putExtra("retry", True)))
        waiting = TaskManager.create_task(event.wait())
        if waiting is not None:
            await js_foreign(TaskManager.wait_for(waiting, 5))
        pause = TaskManager.sleep(0.5)
        await js_foreign(pause)
        later = self.heartbeat()
        print("true" if TaskManager.create_task(later) is not None else "false", js_fmt(TaskManager.good_stack_size()))

if __name__ == "__main__":
    js_run()
