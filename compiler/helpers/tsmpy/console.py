# console.log / console.error formatting: Node's util.inspect defaults (depth 2, breakLength 80,
# compact 3, arrays grouped into columns when they have more than 6 entries), for the values
# tsmpy programs hold. Written from Node's observed output.
import sys
import math
from tsmpy.num import js_num_str
from tsmpy.value import js_null

_BREAK = 80
_DEPTH = 2
_MAX_ARRAY = 100


def _is_ident(k):
    # Node prints a key bare when it matches /^[a-zA-Z_][a-zA-Z_0-9]*$/
    if not k:
        return False
    c = k[0]
    if not (c == "_" or "a" <= c <= "z" or "A" <= c <= "Z"):
        return False
    for c in k:
        if not (c == "_" or "a" <= c <= "z" or "A" <= c <= "Z" or "0" <= c <= "9"):
            return False
    return True


_META = {8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r", 92: "\\\\"}
_HEX = "0123456789ABCDEF"


def _quote(s):
    # Node's strEscape: single quotes unless the string holds one; then double quotes, or
    # backticks, or escaped single quotes when all three kinds occur.
    q = "'"
    if "'" in s:
        if '"' not in s:
            q = '"'
        elif "`" not in s and "${" not in s:
            q = "`"
    out = None
    last = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        p = ord(c)
        if p < 32 or p == 92 or (p > 126 and p < 160) or (c == "'" and q == "'"):
            if out is None:
                out = []
            out.append(s[last:i])
            if c == "'":
                out.append("\\'")
            else:
                m = _META.get(p)
                out.append(m if m is not None else "\\x" + _HEX[p >> 4] + _HEX[p & 15])
            last = i + 1
        i += 1
    if out is None:
        return q + s + q
    out.append(s[last:])
    return q + "".join(out) + q


def _num(x):
    if x == 0 and math.copysign(1, x) < 0:
        return "-0"
    return js_num_str(x)


def _lines(s):
    # s.split(/(?<=\n)/)
    parts = []
    start = 0
    while True:
        i = s.find("\n", start)
        if i < 0 or i == len(s) - 1:
            parts.append(s[start:])
            return parts
        parts.append(s[start:i + 1])
        start = i + 1


def _anon(name):
    if name == "<lambda>" or not name:
        return True
    return name[:2] == "_f" and name[2:].isdigit()


def _class_name(t):
    n = t.__dict__.get("_jsn")
    return n if n is not None else t.__name__


def _instance_kind(t):
    # Node's inspect names an instance after the nearest class with a name: an anonymous subclass
    # (`return class extends Base {}`, a class decorator's mixin) prints as its base.
    n = _class_name(t)
    while n == "" and t.__bases__ and "_jsn" in t.__bases__[0].__dict__:
        t = t.__bases__[0]
        n = _class_name(t)
    return n


def _is_plain(t):
    n = t.__name__
    # js_Obj itself (spread results), literal shape classes `_o<N>`, JSON.parse's "Object"
    # shapes, records (OrderedDict).
    return n == "js_Obj" or n == "Object" or (n[:2] == "_o" and n[2:].isdigit()) or issubclass(t, dict)


class js_fn_text:
    # A function or class named by its declaration, with the text Node prints for it.
    def __init__(self, text):
        self.text = text


class _Ctx:
    def __init__(self, depth=2):
        self.depth = depth
        self.indent = 0
        self.seen = []
        self.circular = None


def _fn_base(x):
    if isinstance(x, type):
        n = _class_name(x)
        s = "[class " + (n if n and not _anon(n) else "(anonymous)")
        b = x.__bases__
        if b and b[0] is not object and b[0].__name__ != "js_Obj":
            s += " extends " + _class_name(b[0])
        return s + "]"
    n = getattr(x, "__name__", None)
    if n is None or _anon(n):
        return "[Function (anonymous)]"
    return "[Function: " + n + "]"


def _keys_items(x):
    from tsmpy.obj import js_keys, _dict_keys, _key
    if isinstance(x, dict):
        return [(_key(k), x[k]) for k in _dict_keys(x)]
    d = x.__dict__
    acc = getattr(type(x), "_jsg", ())
    if acc:
        labels = type(x)._jsgk
        return [(k, d[k] if k in d else _Label(labels[acc.index(k)]) if k in acc else getattr(x, k)) for k in js_keys(x)]
    return [(k, d[k] if k in d else getattr(x, k)) for k in js_keys(x)]


class _Label:
    # An accessor property as Node shows it: [Getter], [Setter], [Getter/Setter].
    def __init__(self, text):
        self.text = text


def _fmt(ctx, x, level):
    t = type(x)
    if t is str:
        if len(x) > 16 and len(x) > _BREAK - ctx.indent - 4:
            return (" +\n" + " " * (ctx.indent + 2)).join(_quote(p) for p in _lines(x))
        return _quote(x)
    if t is int or t is float:
        return _num(x)
    if t is bool:
        return "true" if x else "false"
    if x is None:
        return "undefined"
    if x is js_null:
        return "null"
    if t is js_fn_text or t is _Label:
        return x.text
    if x in ctx.seen:
        if ctx.circular is None:
            ctx.circular = [x]
        elif x not in ctx.circular:
            ctx.circular.append(x)
        return "[Circular *" + str(_index(ctx.circular, x) + 1) + "]"
    ins = getattr(x, "_js_inspect", None) if not isinstance(x, type) else None
    if ins is not None and t is not list:
        # Built-in value types (Map, Set, ...) may format themselves.
        return ins(ctx, level, _fmt, _reduce)
    is_arr = t is list or t is tuple
    base = ""
    if is_arr:
        if not x:
            return "[]"
        braces = ("[", "]")
        kind = "Array"
    elif callable(x) and (isinstance(x, type) or not hasattr(x, "__dict__") or t.__name__ in ("function", "bound_method", "closure")):
        return _fn_base(x)
    else:
        items = _keys_items(x)
        if _is_plain(t):
            kind = "Object"
            braces = ("{", "}")
        else:
            kind = _instance_kind(t)
            braces = (kind + " {", "}")
        if not items:
            return braces[0] + "}"
    if level > ctx.depth:
        return "[" + kind + "]"
    level += 1
    ctx.seen.append(x)
    out = []
    if is_arr:
        n = len(x)
        m = n if n <= _MAX_ARRAY else _MAX_ARRAY
        for i in range(m):
            ctx.indent += 2
            out.append(_fmt(ctx, x[i], level))
            ctx.indent -= 2
        if n > m:
            r = n - m
            out.append("... " + str(r) + " more item" + ("s" if r > 1 else ""))
    else:
        for k, v in items:
            ctx.indent += 2
            s = _fmt(ctx, v, level)
            ctx.indent -= 2
            out.append((k if _is_ident(k) else _quote(k)) + ": " + s)
    ctx.seen.pop()
    if ctx.circular is not None and x in ctx.circular:
        ref = "<ref *" + str(_index(ctx.circular, x) + 1) + ">"
        base = ref if base == "" else ref + " " + base
    return _reduce(ctx, out, base, braces, is_arr, x if is_arr else None)


def _index(xs, x):
    for i in range(len(xs)):
        if xs[i] is x:
            return i
    return -1


def _reduce(ctx, out, base, braces, is_arr, value):
    entries = len(out)
    if is_arr and entries > 6:
        out = _group(ctx, out, value)
    if entries == len(out):
        start = len(out) + ctx.indent + len(braces[0]) + len(base) + 10
        total = len(out) + start
        fits = total + len(out) <= _BREAK
        if fits:
            for s in out:
                total += len(s)
                if total > _BREAK:
                    fits = False
                    break
        if fits and "\n" not in base:
            joined = ", ".join(out)
            if "\n" not in joined:
                return (base + " " if base else "") + braces[0] + " " + joined + " " + braces[1]
    ind = "\n" + " " * ctx.indent
    return (base + " " if base else "") + braces[0] + ind + "  " + ("," + ind + "  ").join(out) + ind + braces[1]


_WIDE = (
    (0x1100, 0x115F), (0x2329, 0x232A), (0x2E80, 0x303E), (0x3040, 0x3247), (0x3250, 0x4DBF),
    (0x4E00, 0xA4C6), (0xA960, 0xA97C), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19),
    (0xFE30, 0xFE6B), (0xFF01, 0xFF60), (0xFFE0, 0xFFE6), (0x1B000, 0x1B001), (0x1F200, 0x1F251),
    (0x1F300, 0x1F64F), (0x20000, 0x3FFFD),
)
_ZERO = (
    (0x300, 0x36F), (0x200B, 0x200F), (0x20D0, 0x20FF), (0xFE00, 0xFE0F), (0xFE20, 0xFE2F),
    (0xE0100, 0xE01EF),
)


def _width(s):
    # Columns a string takes in a terminal (Node's getStringWidth): wide East Asian characters
    # count 2, combining marks 0.
    if len(s.encode()) == len(s):
        return len(s)
    w = 0
    for c in s:
        p = ord(c)
        if p < 0x300:
            w += 1
            continue
        d = 1
        for lo, hi in _WIDE:
            if lo <= p <= hi:
                d = 2
                break
        if d == 1:
            for lo, hi in _ZERO:
                if lo <= p <= hi:
                    d = 0
                    break
        w += d
    return w


def _js_round(x):
    return math.floor(x + 0.5)


def _group(ctx, out, value):
    total = 0
    maxlen = 0
    n = len(out)
    if value is not None and len(value) > _MAX_ARRAY:
        n -= 1
    sep = 2
    data = [0] * n
    for i in range(n):
        ln = _width(out[i])
        data[i] = ln
        total += ln + sep
        if maxlen < ln:
            maxlen = ln
    actual = maxlen + sep
    if actual * 3 + ctx.indent < _BREAK and (total / actual > 5 or maxlen <= 6):
        bias = math.sqrt(actual - total / len(out))
        biased = max(actual - 3 - bias, 1)
        cols = min(_js_round(math.sqrt(2.5 * biased * n) / biased), (_BREAK - ctx.indent) // actual, 12, 15)
        if cols <= 1:
            return out
        widths = []
        for i in range(cols):
            w = 0
            j = i
            while j < n:
                if data[j] > w:
                    w = data[j]
                j += cols
            widths.append(w + sep)
        numeric = True
        if value is not None:
            for i in range(len(out)):
                v = value[i] if i < len(value) else None
                tv = type(v)
                if tv is not int and tv is not float:
                    numeric = False
                    break
        tmp = []
        i = 0
        while i < n:
            mx = min(i + cols, n)
            parts = []
            j = i
            while j < mx - 1:
                cell = out[j] + ", "
                pad = " " * (widths[j - i] - data[j] - sep)
                parts.append(pad + cell if numeric else cell + pad)
                j += 1
            if numeric:
                parts.append(" " * (widths[j - i] - sep - data[j]) + out[j])
            else:
                parts.append(out[j])
            tmp.append("".join(parts))
            i += cols
        if n < len(out):
            tmp.append(out[n])
        return tmp
    return out


def js_inspect(x):
    # util.inspect(x) with Node's defaults; strings quoted.
    return _fmt(_Ctx(), x, 0)


def js_fmt(x):
    # One console.log argument: strings as they are, everything else inspected.
    if type(x) is str:
        return x
    return _fmt(_Ctx(), x, 0)


def js_log(*args):
    print(" ".join(js_fmt(a) for a in args))


def js_error(*args):
    sys.stderr.write(" ".join(args) + "\n")


def js_log_err(*args):
    # console.error/warn whose arguments must all be evaluated before any is formatted (js_log's
    # counterpart on stderr).
    js_error(*[js_fmt(a) for a in args])


def js_logfmt(s):
    # A console.log first argument that is a string known only at run time, with more arguments
    # after it: Node would apply %-directives; tsmpy does not reproduce them.
    if type(s) is str and "%" in s:
        i = s.find("%")
        while i >= 0:
            if i + 1 < len(s) and s[i + 1] in "sdifjoOc%":
                raise TypeError("console.log format directives are not supported by tsmpy")
            i = s.find("%", i + 1)
    return s


def _parse_float(s):
    import re
    m = re.match(r"[ \t\n\r]*([+-]?(Infinity|[0-9]+\.?[0-9]*([eE][+-]?[0-9]+)?|\.[0-9]+([eE][+-]?[0-9]+)?))", s)
    if not m:
        return math.nan
    t = m.group(1)
    if "Infinity" in t:
        return -math.inf if t[0] == "-" else math.inf
    try:
        f = float(t)
    except ValueError:
        return math.nan
    if f == int(f) and "." not in t and "e" not in t and "E" not in t and abs(f) < 2 ** 53:
        return int(f)
    return f


def _parse_int(s):
    s = s.strip()
    sign = 1
    if s[:1] in ("-", "+"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    i = 0
    while i < len(s) and "0" <= s[i] <= "9":
        i += 1
    if i == 0:
        return math.nan
    return sign * int(s[:i])


def _to_num(x):
    from tsmpy.num import js_to_number
    t = type(x)
    if t is list:
        if not x:
            return 0
        return _to_num(x[0]) if len(x) == 1 else math.nan
    if t in (int, float, bool, str) or x is None or x is js_null:
        return js_to_number(x)
    return math.nan


def js_logf(fmt, *args):
    # console.log(fmt, ...args) when fmt is a string: Node's %-directives (s d i f j O c %), then the
    # remaining arguments as console.log prints them.
    from tsmpy.value import js_str
    if type(fmt) is not str:
        # Typed string but undefined at run time (an unchecked index read): no formatting.
        return " ".join([js_fmt(fmt)] + [js_fmt(x) for x in args])
    out = []
    a = 0
    i = 0
    last = 0
    n = len(fmt)
    while i < n - 1:
        if fmt[i] == "%":
            c = fmt[i + 1]
            if c == "%":
                out.append(fmt[last:i] + "%")
                last = i + 2
                i += 2
                continue
            if a < len(args) and c in "sdifOjoc":
                x = args[a]
                if c == "s":
                    t = type(x)
                    if t is int or t is float:
                        r = _num(x)
                    elif t is js_fn_text:
                        r = x.text
                    elif t is str or t is bool or x is None or x is js_null:
                        r = js_str(x)
                    elif callable(x) and not hasattr(x, "_jsk"):
                        raise TypeError("console.log %s of a function is not supported by tsmpy")
                    elif hasattr(x, "toString") and getattr(type(x), "toString", None) is not None:
                        r = js_str(x)
                    else:
                        r = _fmt(_Ctx(0), x, 0)
                elif c == "d":
                    r = _num(_to_num(x))
                    if type(x) is not list and not (type(x) in (int, float, bool, str) or x is None or x is js_null):
                        r = "NaN"
                elif c == "i":
                    r = _num(_parse_int(js_str(x))) if type(x) in (int, float, bool, str) or x is None or x is js_null else "NaN"
                elif c == "f":
                    r = _num(_parse_float(js_str(x))) if type(x) in (int, float, bool, str) or x is None or x is js_null else "NaN"
                elif c == "j":
                    from tsmpy.json import js_stringify
                    try:
                        r = js_stringify(x)
                    except (TypeError, RuntimeError):
                        # A circular structure (TypeError in JS; unbounded recursion here).
                        r = "[Circular]"
                    if r is None:
                        r = "undefined"
                elif c == "O":
                    r = _fmt(_Ctx(), x, 0)
                elif c == "c":
                    r = ""
                else:
                    raise TypeError("console.log %" + c + " is not supported by tsmpy")
                out.append(fmt[last:i] + r)
                a += 1
                last = i + 2
                i += 2
                continue
        i += 1
    out.append(fmt[last:])
    s = "".join(out)
    for x in args[a:]:
        s += " " + js_fmt(x)
    return s
