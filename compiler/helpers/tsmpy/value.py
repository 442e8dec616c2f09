# JavaScript values that Python spells differently: null, truthiness, typeof, String(x), ===.
from tsmpy.num import js_num_str

# Builtins found in the module at once (a builtins-table lookup is slow on MicroPython).
_type = type
_int = int
_str = str
_len = len


class _Null:
    # JavaScript's null. undefined is Python's None.
    def __bool__(self):
        return False

    def __repr__(self):
        return "null"


js_null = _Null()


def js_truthy(x):
    t = type(x)
    if t is bool:
        return x
    if t is int:
        return x != 0
    if t is float:
        return x == x and x != 0
    if t is str:
        return x != ""
    return x is not None and x is not js_null


def js_typeof(x):
    t = type(x)
    if x is None:
        return "undefined"
    if t is bool:
        return "boolean"
    if t is int or t is float:
        return "number"
    if t is str:
        return "string"
    if x is js_null:
        return "object"
    if callable(x) and not hasattr(x, "__dict__"):
        return "function"
    if isinstance(x, type):
        return "function"
    return "object"


def js_str(x):
    t = _type(x)
    if t is _str:
        return x
    if t is _int and -0x3FFFFFFF <= x and x <= 0x3FFFFFFF:
        return _str(x)
    if t is int or t is float:
        return js_num_str(x)
    if t is bool:
        return "true" if x else "false"
    if x is None:
        return "undefined"
    if x is js_null:
        return "null"
    if t is list or t is tuple or isinstance(x, list):
        return ",".join("" if v is None or v is js_null else js_str(v) for v in x)
    f = getattr(x, "toString", None)
    if f is not None:
        return f()
    return "[object Object]"


def js_eq(a, b):
    # a === b
    ta = type(a)
    tb = type(b)
    if ta is bool or tb is bool:
        return ta is tb and a == b
    if (ta is int or ta is float) and (tb is int or tb is float):
        return a == b
    if ta is str and tb is str:
        return a == b
    return a is b


def js_add(a, b):
    # a + b when the static types leave it open
    ta = type(a)
    tb = type(b)
    if ta is str or tb is str:
        return js_str(a) + js_str(b)
    # Objects and arrays become strings (their toString) before adding.
    if not (ta is int or ta is float or ta is bool or a is None or a is js_null) or not (
        tb is int or tb is float or tb is bool or b is None or b is js_null
    ):
        return js_str(a) + js_str(b)
    from tsmpy.num import js_to_number
    return js_to_number(a) + js_to_number(b)


def js_get(xs, i):
    # xs[i] for arrays and strings: undefined outside 0..length-1
    # Fast path: an int index inside the array (cheaper than a type() test). A float index
    # raises TypeError at `i | 0`, None or another non-number at the comparison: all of them,
    # and every index outside 0..length-1, take the general code below (unchanged), which gives
    # the result (or raises the error) it always did.
    try:
        if 0 <= i and i < _len(xs):
            return xs[i | 0]
    except TypeError:
        pass
    if type(i) is float:
        # (NaN and the infinities fail the range test before int() could raise on them)
        if not (-1 < i < len(xs)) or i != int(i):
            return None
        i = int(i)
    if 0 <= i < len(xs):
        return xs[i]
    return None
