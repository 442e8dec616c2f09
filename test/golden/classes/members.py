from tsmpy.console import js_fmt
nextId = 0

class Counter:
    _jsn = "Counter"
    _jsk = ("id",)
    def __getattr__(self, k):
        if k[:2] == "__" or k[:3] == "_js":
            raise AttributeError(k)
        return None

    def __init__(self):
        global nextId
        self._p_count = 0
        self.id = (nextId := nextId + 1)
        Counter._p_instances += 1
        Counter.registry.append(self)

    def increment(self):
        _t1 = self._p_count
        _t2 = _t1 + 1
        self._p_count = _t2
        return _t2

    @classmethod
    def _jsm1(cls, n):
        c = cls()
        c._p_count = n
        return c

    @staticmethod
    def instances():
        return Counter._p_instances

setattr(Counter, "from", Counter.__dict__["_jsm1"])
Counter._p_instances = 0
Counter.registry = []

def _f3():
    Counter.registry = []

_f3()

class _c4:
    _jsn = "Point"
    _jsk = ("x", "y")
    def __getattr__(self, k):
        if k[:2] == "__" or k[:3] == "_js":
            raise AttributeError(k)
        return None

    def __init__(self, x, y):
        self.x = x
        self.y = y

Point = _c4
c = getattr(Counter, "from")(3)
print(js_fmt(c.increment()), js_fmt(c.id), js_fmt(Counter.instances()), js_fmt(Point(1, 2).x))
