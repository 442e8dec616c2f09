from tsmpy.obj import js_Obj, js_oset
from tsmpy.value import js_null, js_truthy

class _o1(js_Obj):
    _jsk = ("v",)
    def __init__(self, v0):
        js_oset(self, "v", v0)

def pick(n, s, xs, o, u):
    a = n if n and n == n else 1
    b = s or "none"
    c = len(xs) or 3
    d = o if o is not None and o is not js_null else _o1(0)
    e = len(xs) > 0
    return [a, b, c, d.v, e, 1 if js_truthy(u) else 0, not (n and n == n), type(u) is str, n == 0, s != ""]

def bump(xs):
    i = 0
    x = 0.5
    _t2 = (i := i + 1) - 1
    xs[_t2] += 10
    old = ((_t3 := x), (x := _t3 + 1))[0]
    count = 0
    if not count:
        count = len(xs)
    return [i, old, x, count, (i := 4) * 2]
