# console.log / console.error formatting (Node's util.inspect, for the values tsmpy produces).
import sys
from tsmpy.num import js_num_str
from tsmpy.value import js_null


def js_inspect(x, top=True):
    t = type(x)
    if t is str:
        return x if top else "'" + x.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"
    if t is int or t is float:
        if x == 0 and str(float(x))[0] == "-":
            return "-0"
        return js_num_str(x)
    if t is bool:
        return "true" if x else "false"
    if x is None:
        return "undefined"
    if x is js_null:
        return "null"
    if t is list:
        if not x:
            return "[]"
        return "[ " + ", ".join(js_inspect(v, False) for v in x) + " ]"
    return repr(x)


def js_error(*args):
    print(*args, file=sys.stderr)
