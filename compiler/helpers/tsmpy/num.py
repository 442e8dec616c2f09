# JavaScript number semantics on MicroPython ints and floats.
import math

js_nan = math.nan
js_inf = math.inf
_SAFE = 9007199254740992  # 2 ** 53

# Fast paths. Names of builtins are looked up in the module first, then in the builtins table,
# which is slow on MicroPython: these module-level aliases are found at once. Small ints
# (-2**30..2**30-1 on a 32-bit port) compare fast; 2**53 and 2**31 are heap big-ints, so every
# fast path below first checks -0x3FFFFFFF <= x <= 0x3FFFFFFF (written as two comparisons, cheaper
# than a chained one) and falls back to the exact general code, unchanged, for anything else.
_type = type
_int = int
_float = float
_str = str


def _split(r):
    # "1.25e-07" -> ("125", -6): digits and decimal exponent, r == 0.d1d2d3... * 10 ** n
    e = 0
    if "e" in r:
        r, ex = r.split("e")
        e = int(ex)
    if "." in r:
        a, b = r.split(".")
    else:
        a, b = r, ""
    d = a + b
    n = len(a) + e
    stripped = d.lstrip("0")
    n -= len(d) - len(stripped)
    return stripped.rstrip("0"), n


def _digits(x):
    # Shortest round-trip digits and decimal exponent of a positive finite float. MicroPython's
    # repr() sometimes gives 16 or 17 digits where fewer round-trip; JavaScript uses the fewest.
    d, n = _split(repr(x) if x >= 2.2250738585072014e-308 else _subnormal_repr(x))
    if len(d) >= 16:
        for p in range(15, len(d)):
            r = "%.*e" % (p - 1, x)
            if float(r) == x:
                return _split(r)
    return d, n


def _subnormal_repr(x):
    # repr() of a subnormal float is not the shortest round-trip form; search for it.
    for p in range(1, 18):
        r = "%.*e" % (p - 1, x)
        if float(r) == x:
            return r
    return repr(x)


def js_num_str(x):
    # String(x) for a number, exactly as JavaScript spells it.
    if _type(x) is _int and -0x3FFFFFFF <= x and x <= 0x3FFFFFFF:
        return _str(x)
    if type(x) is int:
        if -_SAFE <= x <= _SAFE:
            return str(x)
        x = float(x)
    if x != x:
        return "NaN"
    if x == js_inf:
        return "Infinity"
    if x == -js_inf:
        return "-Infinity"
    if x == 0:
        return "0"
    if x < 0:
        return "-" + js_num_str(-x)
    d, n = _digits(x)
    k = len(d)
    if k <= n <= 21:
        return d + "0" * (n - k)
    if 0 < n <= 21:
        return d[:n] + "." + d[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + d
    e = n - 1
    m = d[0] + ("." + d[1:] if k > 1 else "")
    return m + ("e+" if e >= 0 else "e-") + str(abs(e))


def _neg_zero(x):
    return x == 0 and str(float(x))[0] == "-"


def js_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        if a != a or a == 0:
            return js_nan
        return -js_inf if (a < 0) != _neg_zero(b) else js_inf


def js_mod(a, b):
    if _type(a) is _int and _type(b) is _int and b and -0x3FFFFFFF <= a and a <= 0x3FFFFFFF:
        r = a % b
        if r and (r < 0) != (a < 0):
            r -= b
        return r
    if type(a) is int and type(b) is int and -_SAFE <= a <= _SAFE:
        if b == 0:
            return js_nan
        r = a % b
        if r and (r < 0) != (a < 0):
            r -= b
        return r
    if b == 0 or a != a or b != b or a in (js_inf, -js_inf):
        return js_nan
    if b in (js_inf, -js_inf):
        return a
    return math.fmod(a, b)


def js_pow(a, b):
    if b != b:
        return js_nan
    if b == 0:
        return 1
    if (a == 1 or a == -1) and b in (js_inf, -js_inf):
        return js_nan
    if a == -js_inf:
        odd = b == int(b) and int(b) % 2 == 1 if b not in (js_inf, -js_inf) else False
        if b > 0:
            return -js_inf if odd else js_inf
        return -0.0 if odd else 0
    try:
        r = a ** b
    except ZeroDivisionError:
        # 0 ** negative: -Infinity only for -0 and an odd integer exponent
        if _neg_zero(a) and b == int(b) and int(b) % 2 == 1:
            return -js_inf
        return js_inf
    if type(r) is complex:
        return js_nan
    return r


def js_toint32(x):
    # ToInt32: the number modulo 2**32, as a signed 32-bit int.
    t = _type(x)
    if t is _int:
        if -0x3FFFFFFF <= x and x <= 0x3FFFFFFF:
            return x
    elif t is _float and -1073741823.0 <= x and x <= 1073741823.0:
        return _int(x)
    if type(x) is int:
        if -0x80000000 <= x <= 0x7FFFFFFF:
            return x
        if not -_SAFE <= x <= _SAFE:
            # JS would hold the double nearest to this int
            x = int(float(x))
    else:
        if x != x or x in (js_inf, -js_inf):
            return 0
        x = int(x)
        if -0x80000000 <= x <= 0x7FFFFFFF:
            return x
    x &= 0xFFFFFFFF
    return x - 0x100000000 if x & 0x80000000 else x


def js_touint32(x):
    # ToUint32 (x >>> 0)
    if _type(x) is _int and -0x3FFFFFFF <= x and x <= 0x3FFFFFFF:
        return x if x >= 0 else x + 0x100000000
    if type(x) is not int or not -_SAFE <= x <= _SAFE:
        x = js_toint32(x)
    return x & 0xFFFFFFFF


def js_band(a, b):
    if _type(a) is _int and _type(b) is _int and -0x3FFFFFFF <= a and a <= 0x3FFFFFFF and -0x3FFFFFFF <= b and b <= 0x3FFFFFFF:
        return a & b
    return js_toint32(a) & js_toint32(b)


def js_bor(a, b):
    if _type(a) is _int and _type(b) is _int and -0x3FFFFFFF <= a and a <= 0x3FFFFFFF and -0x3FFFFFFF <= b and b <= 0x3FFFFFFF:
        return a | b
    return js_toint32(a) | js_toint32(b)


def js_bxor(a, b):
    if _type(a) is _int and _type(b) is _int and -0x3FFFFFFF <= a and a <= 0x3FFFFFFF and -0x3FFFFFFF <= b and b <= 0x3FFFFFFF:
        return a ^ b
    return js_toint32(a) ^ js_toint32(b)


def js_shl(a, b):
    if _type(a) is _int and _type(b) is _int and -0x3FFFFFFF <= a and a <= 0x3FFFFFFF:
        x = a << (b & 31)
        if -0x3FFFFFFF <= x and x <= 0x3FFFFFFF:
            return x
    if type(b) is not int:
        b = js_toint32(b)
    x = (js_toint32(a) << (b & 31)) & 0xFFFFFFFF
    return x - 0x100000000 if x & 0x80000000 else x


def js_sar(a, b):
    if _type(a) is _int and _type(b) is _int and -0x3FFFFFFF <= a and a <= 0x3FFFFFFF:
        return a >> (b & 31)
    if type(b) is not int:
        b = js_toint32(b)
    return js_toint32(a) >> (b & 31)


def js_shr(a, b):
    if _type(a) is _int and _type(b) is _int and -0x3FFFFFFF <= a and a <= 0x3FFFFFFF:
        return (a if a >= 0 else a + 0x100000000) >> (b & 31)
    if type(b) is not int:
        b = js_toint32(b)
    return js_touint32(a) >> (b & 31)


def js_round(x):
    if type(x) is int:
        return x
    if x != x or x in (js_inf, -js_inf):
        return x
    r = math.floor(x)
    return r + 1 if x - r >= 0.5 else r


_RADIX = {"x": 16, "X": 16, "o": 8, "O": 8, "b": 2, "B": 2}
_DIGITS = "0123456789abcdefABCDEF"


def _str_to_number(x):
    # JS StringToNumber: trimmed decimal literal, Infinity, or 0x/0o/0b integer; NaN otherwise.
    s = x.strip()
    if s == "":
        return 0
    if len(s) > 2 and s[0] == "0" and s[1] in _RADIX:
        base = _RADIX[s[1]]
        ok = _DIGITS[: base if base < 16 else 22]
        for c in s[2:]:
            if c not in ok:
                return js_nan
        v = int(s[2:], base)
        return v if v <= _SAFE else float(v)
    body = s[1:] if s[0] in "+-" else s
    if body == "Infinity":
        return -js_inf if s[0] == "-" else js_inf
    for c in body:
        if c not in "0123456789.eE+-":
            return js_nan
    try:
        f = float(s)
    except ValueError:
        return js_nan
    if f == 0:
        return -0.0 if s[0] == "-" else 0
    if "." not in s and "e" not in s and "E" not in s and abs(f) < _SAFE:
        return int(s)
    return f


def js_to_number(x):
    # Number(x) / unary +
    t = type(x)
    if t is int or t is float:
        return x
    if t is bool:
        return 1 if x else 0
    if x is None:
        return js_nan
    if t is str:
        return _str_to_number(x)
    if t is list or isinstance(x, list):
        from tsmpy.value import js_str
        return _str_to_number(js_str(x))
    from tsmpy.value import js_null
    if x is js_null:
        return 0
    return js_nan
