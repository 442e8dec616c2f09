import collections
from tsmpy.console import js_fmt
from tsmpy.obj import js_Obj, js_oset, js_spread

class _o1(js_Obj):
    _jsk = ("x", "y")
    def __init__(self, v0, v1):
        js_oset(self, "x", v0)
        js_oset(self, "y", v1)

class _o2(js_Obj):
    _jsk = ("y", "x")
    def __init__(self, v0, v1):
        js_oset(self, "y", v0)
        js_oset(self, "x", v1)

p = _o1(1, 2)
q = _o2(3, 4)
r = collections.OrderedDict([("b", 1), ("a", 2)])
moved = js_spread(js_Obj(), (p,), ("x", 10))
key = "k1"
dyn = js_spread(js_Obj(), (key, True), ("plain", 1))
p.label = "P"
print(js_fmt(p), js_fmt(q), js_fmt(r), js_fmt(moved), js_fmt(dyn))
