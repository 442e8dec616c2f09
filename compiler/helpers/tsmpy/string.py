# JavaScript String methods where Python's str methods give different results.
from tsmpy.array import js_int_arg
from tsmpy.value import js_str

_nan = float("nan")


def js_char_at(s, i=0):
    i = js_int_arg(i)
    if 0 <= i < len(s):
        return s[i]
    return ""


def js_char_code_at(s, i=0):
    i = js_int_arg(i)
    if 0 <= i < len(s):
        return ord(s[i])
    return _nan


def js_code_point_at(s, i=0):
    i = js_int_arg(i)
    if 0 <= i < len(s):
        return ord(s[i])
    return None


def _clamp(i, n, default):
    i = js_int_arg(i, default)
    if i < 0:
        return 0
    return n if i > n else i


def js_str_index_of(s, sub, start=None):
    sub = js_str(sub)
    n = len(s)
    i = _clamp(start, n, 0)
    if sub == "":
        return i
    return s.find(sub, i)


def js_str_last_index_of(s, sub, start=None):
    sub = js_str(sub)
    n = len(s)
    if start is None or start != start:
        i = n
    else:
        i = _clamp(start, n, 0)
    # The match may start at i at the latest.
    return s.rfind(sub, 0, i + len(sub))


def js_substring(s, start=None, end=None):
    n = len(s)
    a = _clamp(start, n, 0)
    b = _clamp(end, n, n)
    if a > b:
        a, b = b, a
    return s[a:b]


def js_substr(s, start=None, length=None):
    n = len(s)
    a = js_int_arg(start, 0)
    if a < 0:
        a = max(n + a, 0)
    a = min(a, n)
    c = n - a if length is None else min(max(js_int_arg(length), 0), n - a)
    if c <= 0:
        return ""
    return s[a:a + c]


def js_split(s, sep=None, limit=None):
    if limit is not None:
        limit = js_int_arg(limit) & 0xFFFFFFFF
        if limit == 0:
            return []
    if sep is None:
        r = [s]
    elif getattr(type(sep), "_jsre", False):
        # A RegExp from an untyped value (tsmpy.regex).
        return sep._jssplit(s, limit)
    else:
        sep = js_str(sep)
        if sep == "":
            r = list(s)
        else:
            r = s.split(sep)
    if limit is not None and len(r) > limit:
        r = r[:limit]
    return r


def js_starts_with(s, sub, pos=None):
    return s.startswith(js_str(sub), _clamp(pos, len(s), 0))


def js_ends_with(s, sub, end=None):
    sub = js_str(sub)
    e = _clamp(end, len(s), len(s))
    a = e - len(sub)
    return a >= 0 and s[a:e] == sub


def _pad(s, n, fill):
    n = js_int_arg(n)
    fill = " " if fill is None else js_str(fill)
    need = n - len(s)
    if need <= 0 or fill == "":
        return ""
    r = fill * (need // len(fill) + 1)
    return r[:need]


def js_pad_start(s, n, fill=None):
    return _pad(s, n, fill) + s


def js_pad_end(s, n, fill=None):
    return s + _pad(s, n, fill)


def js_repeat(s, n):
    n = js_int_arg(n)
    if n < 0 or n == float("inf"):
        from tsmpy.errors import RangeError, js_throw
        raise js_throw(RangeError("Invalid count value: " + js_str(n)))
    return s * n


def _expand(rep, m, pos, s):
    # GetSubstitution for a string pattern: $$, $&, $`, $'
    if "$" not in rep:
        return rep
    out = []
    i = 0
    n = len(rep)
    while i < n:
        c = rep[i]
        if c == "$" and i + 1 < n:
            d = rep[i + 1]
            if d == "$":
                out.append("$")
                i += 2
                continue
            if d == "&":
                out.append(m)
                i += 2
                continue
            if d == "`":
                out.append(s[:pos])
                i += 2
                continue
            if d == "'":
                out.append(s[pos + len(m):])
                i += 2
                continue
        out.append(c)
        i += 1
    return "".join(out)


def js_replace(s, pat, rep):
    # String.prototype.replace with a string pattern; rep a string or a function
    if getattr(type(pat), "_jsre", False):
        return pat._jsreplace(s, rep, False)
    pat = js_str(pat)
    pos = s.find(pat)
    if pos < 0:
        return s
    if callable(rep):
        r = js_str(rep(pat, pos, s))
    else:
        r = _expand(js_str(rep), pat, pos, s)
    return s[:pos] + r + s[pos + len(pat):]


def js_replace_all(s, pat, rep):
    if getattr(type(pat), "_jsre", False):
        return pat._jsreplace(s, rep, True)
    pat = js_str(pat)
    fn = callable(rep)
    if not fn:
        rep = js_str(rep)
        if "$" not in rep:
            return s.replace(pat, rep)
    out = []
    last = 0
    pos = s.find(pat)
    adv = len(pat) if pat else 1
    while pos >= 0 and pos <= len(s):
        out.append(s[last:pos])
        if fn:
            out.append(js_str(rep(pat, pos, s)))
        else:
            out.append(_expand(rep, pat, pos, s))
        last = pos + len(pat)
        if pos + adv > len(s):
            break
        pos = s.find(pat, pos + adv)
        if pat == "" and pos < 0:
            break
    out.append(s[last:])
    return "".join(out)


def js_from_char_code(*codes):
    # UTF-16 code units; a surrogate pair becomes the one code point it encodes.
    us = [js_int_arg(c) & 0xFFFF for c in codes]
    out = []
    i = 0
    n = len(us)
    while i < n:
        u = us[i]
        if 0xD800 <= u <= 0xDBFF and i + 1 < n and 0xDC00 <= us[i + 1] <= 0xDFFF:
            out.append(chr(0x10000 + ((u - 0xD800) << 10) + (us[i + 1] - 0xDC00)))
            i += 2
            continue
        out.append(chr(u))
        i += 1
    return "".join(out)


def js_str_concat(s, *parts):
    return s + "".join(js_str(p) for p in parts)


# JavaScript's whitespace for trim(): MicroPython's strip() only knows ASCII whitespace.
js_ws = " \t\n\r\x0b\x0c\xa0\ufeff\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


def _ascii(s):
    return len(s) == len(s.encode())


def js_upper(s):
    r = s.upper()
    if _ascii(r):
        return r
    from tsmpy.strcase import _tables
    u = _tables()[0]
    return "".join([u.get(c, c) for c in r])


def _is_letter(c):
    if ("a" <= c <= "z") or ("A" <= c <= "Z"):
        return True
    from tsmpy.strcase import _tables
    u, lo = _tables()
    return c in u or c in lo


def js_lower(s):
    r = s.lower()
    if _ascii(r):
        return r
    from tsmpy.strcase import _tables
    lo = _tables()[1]
    out = []
    n = len(r)
    for i in range(n):
        c = r[i]
        if c == "\u03a3":
            # final sigma: after a letter and not before one
            final = i > 0 and _is_letter(r[i - 1]) and not (i + 1 < n and _is_letter(r[i + 1]))
            out.append("\u03c2" if final else "\u03c3")
        else:
            out.append(lo.get(c, c))
    return "".join(out)
