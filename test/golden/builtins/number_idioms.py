import math
from tsmpy.console import js_log
from tsmpy.jsmath import js_floor, js_is_integer, js_max, js_mround, js_num_to_string, js_parse_float, js_parse_int, js_sqrt, js_to_fixed
from tsmpy.json import js_stringify
from tsmpy.num import js_div
from tsmpy.obj import js_Obj, js_oset

class _o3(js_Obj):
    _jsk = ("values",)
    def __init__(self, v0):
        js_oset(self, "values", v0)

values = [1.5, -2.25, 9]
biggest = js_max(*values)
floored = [js_floor(v) for v in values]
root = js_sqrt(values[2] if 2 < len(values) else None)
fixed = js_to_fixed(1.005, 2)
parsed = js_parse_int("42px", 10)
f = js_parse_float("3.5e2")
hex_ = js_num_to_string(255, 16)
ok = js_is_integer(root)
_t2 = math.atan2(1, 1)
_t1 = math.pi
angle = _t2 * (180 / _t1 if _t1 else js_div(180, _t1))
js_log(biggest, floored, root, fixed, parsed, f, hex_, ok, js_mround(angle), js_stringify(_o3(values)))
