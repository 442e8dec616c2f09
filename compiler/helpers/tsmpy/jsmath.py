# Math and Number functions with JavaScript results where MicroPython's math module raises or
# differs (Infinity, NaN, domain errors), and number parsing/formatting (parseInt, toFixed).
import math

_inf = math.inf
_nan = math.nan


def js_floor(x):
    if type(x) is int:
        return x
    try:
        r = math.floor(x)
    except (OverflowError, ValueError):
        return x
    return -0.0 if r == 0 and _neg0(x) else r


def js_ceil(x):
    if type(x) is int:
        return x
    try:
        r = math.ceil(x)
    except (OverflowError, ValueError):
        return x
    # ceil(-0.5) is -0 in JavaScript
    return -0.0 if r == 0 and (x < 0 or _neg0(x)) else r


def js_trunc(x):
    if type(x) is int:
        return x
    try:
        r = math.trunc(x)
    except (OverflowError, ValueError):
        return x
    return -0.0 if r == 0 and (x < 0 or _neg0(x)) else r


def js_mround(x):
    # Math.round: halves round up; -0.5 <= x < 0 gives -0
    if type(x) is int:
        return x
    if x != x or x in (_inf, -_inf):
        return x
    r = math.floor(x)
    if x - r >= 0.5:
        r += 1
    return -0.0 if r == 0 and (x < 0 or _neg0(x)) else r


def _neg0(x):
    return x == 0 and math.copysign(1, x) < 0


def js_sign(x):
    if x != x:
        return _nan
    return 1 if x > 0 else -1 if x < 0 else x


def js_sqrt(x):
    if x != x or x < 0:
        return _nan
    return math.sqrt(x)


def js_cbrt(x):
    if x != x or x in (_inf, -_inf) or x == 0:
        return x
    r = abs(x) ** (1.0 / 3.0)
    k = round(r)
    if k * k * k == abs(x):
        r = float(k)
    return -r if x < 0 else r


def _log(f, x):
    if x != x or x < 0:
        return _nan
    if x == 0:
        return -_inf
    if x == _inf:
        return _inf
    return f(x)


def js_ln(x):
    return _log(math.log, x)


def js_log2(x):
    return _log(math.log2, x)


def js_log10(x):
    return _log(math.log10, x)


def js_exp(x):
    if x != x:
        return x
    if x > 709.8:
        return _inf
    if x < -746:
        return 0
    return math.exp(x)


def _periodic(f, x):
    if x != x or x in (_inf, -_inf):
        return _nan
    return f(x)


def js_sin(x):
    return _periodic(math.sin, x)


def js_cos(x):
    return _periodic(math.cos, x)


def js_tan(x):
    return _periodic(math.tan, x)


def js_asin(x):
    if x != x or x > 1 or x < -1:
        return _nan
    return math.asin(x)


def js_acos(x):
    if x != x or x > 1 or x < -1:
        return _nan
    return math.acos(x)


def js_hypot(*xs):
    s = 0
    nan = False
    for x in xs:
        if x in (_inf, -_inf):
            return _inf
        if x != x:
            nan = True
        s += x * x
    if nan:
        return _nan
    r = math.sqrt(s)
    return r


def js_max(*xs):
    r = -_inf
    for x in xs:
        if x != x:
            return _nan
        if x > r or (x == 0 and r == 0 and _neg0(r)):
            r = x
    return r


def js_min(*xs):
    r = _inf
    for x in xs:
        if x != x:
            return _nan
        if x < r or (x == 0 and r == 0 and _neg0(x)):
            r = x
    return r


# ---------- Number ----------

def js_is_integer(x):
    t = type(x)
    if t is int:
        return True
    if t is not float or x != x or x in (_inf, -_inf):
        return False
    return x == int(x)


def js_is_finite_num(x):
    t = type(x)
    if t is int:
        return True
    return t is float and x == x and x not in (_inf, -_inf)


def js_is_nan_num(x):
    return type(x) is float and x != x


def js_is_nan(x):
    from tsmpy.num import js_to_number
    x = js_to_number(x)
    return x != x


def js_is_finite(x):
    from tsmpy.num import js_to_number
    return js_is_finite_num(js_to_number(x))


_WS = " \t\n\r\x0b\x0c\xa0\ufeff\u2028\u2029\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


def _lstrip(s):
    i = 0
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return s[i:]


_type = type
_str = str
_int = int
_len = len


def js_parse_int(s, radix=None):
    # Fast path: a short decimal integer (at most 9 ASCII digits, so a small int) with an optional
    # sign, radix 10 or none. isdigit() is ASCII-only on MicroPython, and int() alone would also
    # take "1_0" and surrounding spaces.
    if _type(s) is _str and (radix is None or radix == 10) and _len(s) < 10:
        if s.isdigit():
            return _int(s)
        c = s[:1]
        if (c == "-" or c == "+") and s[1:].isdigit():
            v = _int(s[1:])
            if c == "+":
                return v
            return -v if v else -0.0
    from tsmpy.value import js_str
    s = _lstrip(js_str(s))
    sign = 1
    if s[:1] == "-":
        sign = -1
        s = s[1:]
    elif s[:1] == "+":
        s = s[1:]
    r = 0
    if radix is not None:
        from tsmpy.num import js_toint32
        r = js_toint32(radix)
    strip = True
    if r != 0:
        if r < 2 or r > 36:
            return _nan
        if r != 16:
            strip = False
    else:
        r = 10
    if strip and s[:2] in ("0x", "0X"):
        s = s[2:]
        r = 16
    v = 0
    k = 0
    for c in s:
        o = ord(c)
        if 48 <= o <= 57:
            d = o - 48
        elif 97 <= o <= 122:
            d = o - 87
        elif 65 <= o <= 90:
            d = o - 55
        else:
            break
        if d >= r:
            break
        v = v * r + d
        k += 1
    if k == 0:
        return _nan
    if v > 9007199254740992:
        v = float(v)
    if sign < 0:
        return -v if v else -0.0
    return v


def js_parse_float(s):
    from tsmpy.value import js_str
    s = _lstrip(js_str(s))
    i = 0
    n = len(s)
    if i < n and s[i] in "+-":
        i += 1
    if s[i:i + 8] == "Infinity":
        return -_inf if s[0] == "-" else _inf
    digits = 0
    start = i
    while i < n and "0" <= s[i] <= "9":
        i += 1
        digits += 1
    frac = False
    if i < n and s[i] == ".":
        j = i + 1
        while j < n and "0" <= s[j] <= "9":
            j += 1
            digits += 1
        if digits:
            frac = j > i + 1
            i = j
    if digits == 0:
        return _nan
    e = False
    if i < n and s[i] in "eE":
        j = i + 1
        if j < n and s[j] in "+-":
            j += 1
        k = j
        while k < n and "0" <= s[k] <= "9":
            k += 1
        if k > j:
            i = k
            e = True
    text = s[:i]
    if text.endswith("."):
        text = text[:-1]
    f = float(text)
    if f in (_inf, -_inf):
        return f
    if not frac and not e and abs(f) < 9007199254740992:
        if f == 0 and text[0] == "-":
            return -0.0
        return int(f)
    if f == int(f) and abs(f) < 9007199254740992 and not (f == 0 and text[0] == "-"):
        return int(f)
    return f


def _exact(x):
    # x (finite, >= 0) as m * 2**e with integer m
    m, e = math.frexp(x)
    m = int(m * 9007199254740992)  # 2**53
    return m, e - 53


def js_to_fixed(x, digits=0):
    from tsmpy.num import js_num_str
    from tsmpy.array import js_int_arg
    f = js_int_arg(digits)
    if f < 0 or f > 100:
        from tsmpy.errors import RangeError, js_throw
        raise js_throw(RangeError("toFixed() digits argument must be between 0 and 100"))
    if x != x:
        return "NaN"
    if abs(x) >= 1e21 or x in (_inf, -_inf):
        return js_num_str(x)
    sign = ""
    if x < 0:
        sign = "-"
        x = -x
    if type(x) is int:
        n = x * 10 ** f
    else:
        m, e = _exact(x)
        if e >= 0:
            n = (m << e) * 10 ** f
        else:
            d = 1 << (-e)
            n, r = divmod(m * 10 ** f, d)
            if 2 * r >= d:
                n += 1
    s = str(n)
    if f == 0:
        return sign + s
    if len(s) <= f:
        s = "0" * (f - len(s) + 1) + s
    return sign + s[:-f] + "." + s[-f:]


_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _next_up(x):
    import struct
    b = struct.unpack("<q", struct.pack("<d", x))[0]
    return struct.unpack("<d", struct.pack("<q", b + 1))[0]


def js_num_to_string(x, radix=None):
    from tsmpy.num import js_num_str
    if radix is None or radix == 10:
        return js_num_str(x)
    from tsmpy.array import js_int_arg
    radix = js_int_arg(radix)
    if radix < 2 or radix > 36:
        from tsmpy.errors import RangeError, js_throw
        raise js_throw(RangeError("toString() radix must be between 2 and 36"))
    if x != x:
        return "NaN"
    if x in (_inf, -_inf):
        return js_num_str(x)
    neg = x < 0
    if neg:
        x = -x
    if type(x) is int:
        ip = x
        frac = 0.0
    else:
        ip = int(x)
        frac = x - ip
    out = []
    if ip > 9007199254740992 or (type(x) is float and ip > 0):
        # Digits of a double as JavaScript computes them: low digits beyond the precision of
        # the double come out as zeros.
        f = float(ip)
        zeros = 0
        while f / radix >= 9007199254740992.0:
            f /= radix
            zeros += 1
        while True:
            r = math.fmod(f, radix)
            out.append(_DIGITS[int(r)])
            f = (f - r) / radix
            if f <= 0:
                break
        out.reverse()
        out.append("0" * zeros)
    else:
        if ip == 0:
            out.append("0")
        while ip > 0:
            out.append(_DIGITS[ip % radix])
            ip //= radix
        out.reverse()
    if frac > 0:
        # Shortest digits that still identify x: stop when the remaining fraction is within half
        # the distance to the next double.
        delta = 0.5 * (_next_up(x) - x)
        if delta <= 0:
            delta = 5e-324
        fd = []
        while frac >= delta:
            frac *= radix
            delta *= radix
            d = int(frac)
            fd.append(d)
            frac -= d
            if frac > 0.5 or (frac == 0.5 and (d & 1)):
                if frac + delta > 1:
                    # round up the last digit, propagating carries
                    k = len(fd) - 1
                    while True:
                        if k < 0:
                            # carry into the integer part
                            return ("-" if neg else "") + js_num_to_string(int(x) + 1, radix)
                        if fd[k] + 1 < radix:
                            fd[k] += 1
                            del fd[k + 1:]
                            break
                        k -= 1
                    break
        if fd:
            out.append(".")
            out.append("".join(_DIGITS[d] for d in fd))
    return ("-" if neg else "") + "".join(out)


def _scaled(x, s):
    # round_half_up(x / 10**s) for a finite x > 0, exactly
    if type(x) is int:
        num, den = x, 1
    else:
        m, k = _exact(x)
        num = m << k if k >= 0 else m
        den = 1 if k >= 0 else 1 << (-k)
    if s >= 0:
        den *= 10 ** s
    else:
        num *= 10 ** (-s)
    n, r = divmod(num, den)
    if 2 * r >= den:
        n += 1
    return n


def js_to_precision(x, p=None):
    from tsmpy.num import js_num_str
    if p is None:
        return js_num_str(x)
    from tsmpy.array import js_int_arg
    p = js_int_arg(p)
    if x != x:
        return "NaN"
    if x in (_inf, -_inf):
        return js_num_str(x)
    if p < 1 or p > 100:
        from tsmpy.errors import RangeError, js_throw
        raise js_throw(RangeError("toPrecision() argument must be between 1 and 100"))
    sign = ""
    if x < 0:
        sign = "-"
        x = -x
    if x == 0:
        return sign[:0] + "0" + ("." + "0" * (p - 1) if p > 1 else "")
    e = int(math.floor(math.log10(x)))
    n = _scaled(x, e - p + 1)
    if n >= 10 ** p:
        e += 1
        n = _scaled(x, e - p + 1)
    elif n < 10 ** (p - 1):
        e -= 1
        n = _scaled(x, e - p + 1)
    d = str(n)
    if e < -6 or e >= p:
        m = d[0] + ("." + d[1:] if p > 1 else "")
        return sign + m + ("e+" if e >= 0 else "e-") + str(abs(e))
    if e == p - 1:
        return sign + d
    if e >= 0:
        return sign + d[:e + 1] + "." + d[e + 1:]
    return sign + "0." + "0" * (-e - 1) + d


def js_to_exponential(x, f=None):
    from tsmpy.num import js_num_str
    if x != x:
        return "NaN"
    if x in (_inf, -_inf):
        return js_num_str(x)
    sign = ""
    if x < 0:
        sign = "-"
        x = -x
    if f is not None:
        from tsmpy.array import js_int_arg
        f = js_int_arg(f)
        if f < 0 or f > 100:
            from tsmpy.errors import RangeError, js_throw
            raise js_throw(RangeError("toExponential() argument must be between 0 and 100"))
    if x == 0:
        e = 0
        d = "0" * ((f or 0) + 1)
    elif f is None:
        from tsmpy.num import _digits
        d, n = _digits(float(x))
        e = n - 1
    else:
        p = f + 1
        e = int(math.floor(math.log10(x)))
        n = _scaled(x, e - p + 1)
        if n >= 10 ** p:
            e += 1
            n = _scaled(x, e - p + 1)
        elif n < 10 ** (p - 1):
            e -= 1
            n = _scaled(x, e - p + 1)
        d = str(n)
    m = d[0] + ("." + d[1:] if len(d) > 1 else "")
    return sign + m + ("e+" if e >= 0 else "e-") + str(abs(e))


def js_imul(a, b):
    # The low 32 bits of the exact product, signed.
    from tsmpy.num import js_toint32
    x = (js_toint32(a) * js_toint32(b)) & 0xFFFFFFFF
    return x - 0x100000000 if x & 0x80000000 else x


def js_clz32(x):
    from tsmpy.num import js_touint32
    x = js_touint32(x)
    n = 32
    while x:
        x >>= 1
        n -= 1
    return n


_fns = {}


def js_math_fn(name, f):
    # A Math function used as a value (`xs.map(Math.round)`): one function object per name, so
    # `g === Math.round` and `fs.includes(Math.floor)` hold as in JavaScript; it takes the first
    # argument and ignores the rest, as the JavaScript function does with map's (value, index, array).
    g = _fns.get(name)
    if g is None:
        g = _fns[name] = lambda x, *_: f(x)
    return g
