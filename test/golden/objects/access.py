import collections
from tsmpy.console import js_fmt
from tsmpy.value import js_get, js_null
xs = [1, 2, 3]
rec = collections.OrderedDict()
i = 0
while i < len(xs):
    _t1 = rec.get("n")
    if _t1 is None:
        _t1 = []
        rec["n"] = _t1
    _t1.append(xs[i])
    i += 1
last = js_get(xs, len(xs) - 1)
maybe = _t2 if (_t2 := xs[5] if 5 < len(xs) else None) is not None else 0
first = js_get(xs, 0)
_t3 = js_get(xs, 2)
if _t3 is None:
    _t3 = 0
third = _t3
rest = xs[3:]
_t4 = rec.get("n")
if _t4 is None:
    _t4 = []
ns = _t4
len_ = None if (_t5 := rec.get("n")) is None or _t5 is js_null else len(_t5)
print(js_fmt(last), js_fmt(maybe), js_fmt(first), js_fmt(third), js_fmt(rest), js_fmt(ns), js_fmt(len_))
