from tsmpy.console import js_fmt
from tsmpy.dyn import js_invoke
from tsmpy.iter import js_abort, js_close, js_iter, js_iter_self
from tsmpy.num import js_to_number
from tsmpy.regex import js_RegExp, js_re_exec, js_re_test, js_str_match, js_str_replace, js_str_search, js_str_split
from tsmpy.string import js_lower
from tsmpy.value import js_null
_r1 = js_RegExp("[0-9]+", 0, "\\d+", "g")
_r4 = js_RegExp("(?:[^a-z-¿ú-ÿ][-¿ú-ÿ]*)+", 0, "[^a-z]+", "")
_r5 = js_RegExp("([0-9]+) ([0-9A-Z_a-z]+)", 2, "(\\d+) (\\w+)", "g")
_r6 = js_RegExp("^Order", 0, "^Order", "")
_r7 = js_RegExp(";", 0, ";", "")
_r8 = js_RegExp("([0-9A-Z_a-z]+)=([0-9]+)", 2, "(\\w+)=(\\d+)", "g")
text = "Order 66: 3 apples, 12 pears; total 15."
numbers = _t2 if (_t3 := (_t2 := js_str_match(text, _r1))) is not None and _t3 is not js_null else []
print(js_fmt(js_invoke(numbers, "map", 1, js_to_number)))
words = [w for w in js_str_split(js_lower(text), _r4) if len(w) > 0]
print(js_fmt(words))
print(js_fmt(js_str_replace(text, _r5, lambda __, n, what, *_: what + "=" + n, 3)))
print(js_fmt(js_re_test(_r6, text)), js_fmt(js_str_search(text, _r7)))
pair = _r8._fresh()
m = None
src = "a=1 b=22"
while (m := js_re_exec(pair, src)) is not js_null:
    print(js_fmt(m[1] if 1 < len(m) else None), js_fmt(m[2] if 2 < len(m) else None), js_fmt(m.index))

class Countdown:
    _jsn = "Countdown"
    _jsk = ("from",)
    def __getattr__(self, k):
        if k[:2] == "__" or k[:3] == "_js":
            raise AttributeError(k)
        return None

    def __init__(self, from_):
        setattr(self, "from", from_)

    def _js_iterator(self):
        i = getattr(self, "from")
        while i > 0:
            (yield i)
            i -= 1
    __iter__ = js_iter_self

print(js_fmt(list(Countdown(3))))
_g9 = js_iter(Countdown(2))
try:
    for n in _g9:
        print(js_fmt(n))
except BaseException:
    js_abort(_g9)
    raise
finally:
    js_close(_g9)
