import collections
from tsmpy.array import js_index_of, js_splice
from tsmpy.errors import js_caught
from tsmpy.obj import js_delprop, js_keys
from tsmpy.value import js_null, js_str

def listen(event, fn):
    return bus.listen(event, fn)

def emit(event, data=None):
    return bus.emit(event, data)

class EventBus:
    _jsn = "EventBus"
    _jsk = ("listeners",)
    def __getattr__(self, k):
        if k[:2] == "__" or k[:3] == "_js":
            raise AttributeError(k)
        return None

    def __init__(self):
        self.listeners = collections.OrderedDict()

    def listen(self, event, fn):
        fns = self.listeners.get(event)
        if fns is None:
            fns = []
            _t1 = self.listeners
            _t1[event] = fns
        fns.append(fn)
        return lambda: self.unlisten(event, fn)

    def unlisten(self, event, fn):
        fns = self.listeners.get(event)
        if fns is None:
            return
        i = js_index_of(fns, fn)
        if i >= 0:
            js_splice(fns, i, 1)
        if len(fns) == 0:
            js_delprop(self.listeners, event)

    def emit(self, event, data=None):
        fns = self.listeners.get(event)
        if fns is None:
            return 0
        n = 0
        for fn in fns[:]:
            try:
                fn(data)
                n += 1
            except Exception as _e2:
                e = js_caught(_e2)
                print("[servicekit] ERROR: listener of " + event + " failed: " + js_str(e))
        return n

    def count(self, event=None):
        if event is not None:
            return _t4 if (_t4 := None if (_t3 := self.listeners.get(event)) is None or _t3 is js_null else len(_t3)) is not None else 0
        n = 0
        for k in js_keys(self.listeners):
            n += _t6 if (_t6 := None if (_t5 := self.listeners.get(k)) is None or _t5 is js_null else len(_t5)) is not None else 0
        return n

bus = EventBus()
