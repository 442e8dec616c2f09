# JavaScript regular expressions on MicroPython's re (re1.5, a backtracking engine over bytes).
# The compiler translates each regex literal once (transform/builtins/regex-syntax.ts) into a
# pattern for the subject's encoding used here: UTF-8, with a marker byte before each non-ASCII
# whitespace character (0xf9 before U+2028/U+2029, 0xf8 before the others; such bytes never occur
# in UTF-8), so that \s, \S and `.` can tell them apart with byte classes. Match positions are
# found with search() (what matched) and match() at the occurrences of that text (where: re1.5
# has no start()); JS's indices are character indices, converted only for non-ASCII subjects.
# The JS semantics of exec/test (lastIndex with g), match, matchAll, replace (with $-patterns or
# a function), search and split (captures spliced in, limit) are written out below.
import re as _re
from tsmpy.value import js_str, js_null

# Non-ASCII whitespace as three bytes (none of 0xf8-0xff occurs in UTF-8; the same table as
# regex-syntax.ts): a start byte, 0xf9 for the line terminators U+2028/U+2029 and 0xf8 for the
# others, then two payload bytes from 0xfa-0xff.
_WS = [("\u2028", b"\xf9\xfa\xfa"), ("\u2029", b"\xf9\xfa\xfb")]
for _i, _c in enumerate("\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\ufeff"):
    _WS.append((_c, bytes([0xF8, 0xFA + _i // 6, 0xFA + _i % 6])))


def _enc(s):
    bs = s.encode()
    if len(bs) == len(s):
        return bs
    for c, m in _WS:
        if c in s:
            bs = bs.replace(c.encode(), m)
    return bs


def _dec(bs):
    if b"\xf8" in bs or b"\xf9" in bs:
        for c, m in _WS:
            bs = bs.replace(m, c.encode())
    return bs.decode()


class _Subject:
    # A string as the engine sees it, with the index conversions JS positions need.
    def __init__(self, s):
        self.s = s
        self.bs = _enc(s)
        self.ascii = len(self.bs) == len(s)

    def char(self, b):
        return b if self.ascii else len(_dec(self.bs[:b]))

    def byte(self, i):
        return i if self.ascii else len(_enc(self.s[:i]))

    def text(self, a, b):
        return self.s[a:b] if self.ascii else _dec(self.bs[a:b])

    def next_byte(self, b):
        # The byte offset of the character after the one at b (AdvanceStringIndex).
        bs = self.bs
        b += 1
        while b < len(bs) and ((bs[b] & 0xC0) == 0x80 or bs[b] >= 0xFA):
            b += 1
        return b


def _find(rx, sub, pos):
    # The leftmost match at or after byte offset pos: (start, end, match) or None.
    bs = sub.bs
    if pos > len(bs):
        return None
    m = rx.search(bs, pos)
    if m is None:
        return None
    g = m.group(0)
    q = bs.find(g, pos)
    while q >= 0:
        m2 = rx.match(bs, q)
        if m2 is not None:
            return q, q + len(g), m2
        q = bs.find(g, q + 1)
    return None


class js_RegExp:
    # A RegExp object. A literal is compiled once (a module-level constant); each evaluation of
    # the literal is a fresh object sharing the compiled pattern (`_fresh`), as JS makes a new
    # RegExp (with its own lastIndex) each time.
    # source, flags and lastIndex are properties over `_js*` attributes: JS's are not enumerable
    # (Object.keys and JSON.stringify see none), and `_js*` attributes are never keys here.
    def __init__(self, pat, n, source, flags):
        if pat is not None:
            self._jsrx = _re.compile(bytes([ord(c) for c in pat]))
        self._jsng = n
        self._jssrc = source
        self._jsfl = flags
        self._jsg = "g" in flags
        self._jsli = 0

    def _get_li(self):
        return self._jsli

    def _set_li(self, v):
        self._jsli = v

    lastIndex = property(_get_li, _set_li)
    source = property(lambda self: self._jssrc)
    flags = property(lambda self: self._jsfl)

    def _fresh(self):
        r = js_RegExp(None, self._jsng, self._jssrc, self._jsfl)
        r._jsrx = self._jsrx
        return r

    def __str__(self):
        return "/" + self._jssrc + "/" + self._jsfl

    def _js_inspect(self, ctx, level, fmt, reduce):
        return str(self)

    def toString(self):
        return str(self)

    # A RegExp that reached the string helpers through an untyped value (`any`, a
    # `string | RegExp` union): tsmpy.string asks `type(pat)._jsre` and calls these.
    _jsre = True

    def _jsreplace(self, s, rep, all):
        if all and not self._jsg:
            from tsmpy.errors import TypeError, js_throw
            raise js_throw(TypeError("replaceAll must be called with a global RegExp"))
        return js_str_replace(s, self, rep)

    def _jssplit(self, s, limit):
        return js_str_split(s, self, limit)


class js_Match(list):
    # A match array: matched text and captures (undefined for groups that took no part), with
    # index, input and groups (always undefined: named groups are refused). `_jsk` gives their
    # key order (Object.keys, entries, values).
    _jsk = ("index", "input", "groups")
    def _js_inspect(self, ctx, level, fmt, reduce):
        if level > ctx.depth:
            return "[Array]"
        level += 1
        out = []
        ctx.indent += 2
        for x in self:
            out.append(fmt(ctx, x, level))
        out.append("index: " + fmt(ctx, self.index, level))
        out.append("input: " + fmt(ctx, self.input, level))
        out.append("groups: undefined")
        ctx.indent -= 2
        return reduce(ctx, out, "", ("[", "]"), True, self)


def js_match_attr(m, k):
    # m.index / m.input / m.groups: a global match() gives a plain array, where they are undefined.
    return getattr(m, k) if type(m) is js_Match else None


def _array(rx, sub, q, e, m):
    out = js_Match()
    for i in range(rx._jsng + 1):
        g = m.group(i)
        out.append(None if g is None else _dec(g))
    out.index = sub.char(q)
    out.input = sub.s
    out.groups = None
    return out


def _last_index(rx):
    i = rx.lastIndex
    if type(i) is not int:
        from tsmpy.array import js_int_arg
        i = js_int_arg(i)
    return i if i > 0 else 0


def js_re_exec(rx, s):
    # RegExp.prototype.exec: from lastIndex with g (moved past the match, or reset to 0).
    sub = _Subject(s)
    if not rx._jsg:
        r = _find(rx._jsrx, sub, 0)
        return js_null if r is None else _array(rx, sub, r[0], r[1], r[2])
    i = _last_index(rx)
    if i > len(s):
        rx.lastIndex = 0
        return js_null
    r = _find(rx._jsrx, sub, sub.byte(i))
    if r is None:
        rx.lastIndex = 0
        return js_null
    rx.lastIndex = sub.char(r[1])
    return _array(rx, sub, r[0], r[1], r[2])


def js_re_test(rx, s):
    if not rx._jsg:
        # Whether there is a match, not where: one search.
        return rx._jsrx.search(_enc(s)) is not None
    return js_re_exec(rx, s) is not js_null


def js_str_search(s, rx):
    sub = _Subject(s)
    r = _find(rx._jsrx, sub, 0)
    return -1 if r is None else sub.char(r[0])


def _all(rx, sub, pos=0):
    # Every match from byte offset pos, as JS's global loops take them (an empty match moves on
    # by one character).
    out = []
    while True:
        r = _find(rx._jsrx, sub, pos)
        if r is None:
            return out
        out.append(r)
        pos = r[1] if r[1] > r[0] else sub.next_byte(r[1])


def js_str_match(s, rx):
    if not rx._jsg:
        return js_re_exec(rx, s)
    rx.lastIndex = 0
    sub = _Subject(s)
    found = _all(rx, sub)
    if not found:
        return js_null
    return [_dec(m.group(0)) for q, e, m in found]


def js_str_match_all(s, rx):
    # JS iterates a copy of the RegExp from its lastIndex; the copy's matches are all found first
    # here (the subject cannot change in between).
    sub = _Subject(s)
    i = _last_index(rx)
    if i > len(s):
        return
    for q, e, m in _all(rx, sub, sub.byte(i)):
        yield _array(rx, sub, q, e, m)


def _expand(repl, sub, q, e, m, n):
    # A replacement string's $-patterns: $$, $&, $`, $', $n and $nn (the longest that names a
    # group), anything else as written ($<name> too: named groups are refused).
    if "$" not in repl:
        return repl
    out = []
    i = 0
    ln = len(repl)
    while i < ln:
        c = repl[i]
        if c != "$" or i + 1 == ln:
            out.append(c)
            i += 1
            continue
        d = repl[i + 1]
        if d == "$":
            out.append("$")
            i += 2
        elif d == "&":
            out.append(_dec(m.group(0)))
            i += 2
        elif d == "`":
            out.append(sub.text(0, q))
            i += 2
        elif d == "'":
            out.append(sub.text(e, len(sub.bs)))
            i += 2
        elif "0" <= d <= "9":
            k = int(d)
            used = 2
            if i + 2 < ln and "0" <= repl[i + 2] <= "9" and 1 <= k * 10 + int(repl[i + 2]) <= n:
                k = k * 10 + int(repl[i + 2])
                used = 3
            if 1 <= k <= n:
                g = m.group(k)
                if g is not None:
                    out.append(_dec(g))
                i += used
            else:
                out.append("$")
                i += 1
        else:
            out.append("$")
            i += 1
    return "".join(out)


def _replacement(rx, sub, r, repl, nargs):
    q, e, m = r
    if type(repl) is str:
        return _expand(repl, sub, q, e, m, rx._jsng)
    args = [_dec(m.group(0))]
    for i in range(1, rx._jsng + 1):
        g = m.group(i)
        args.append(None if g is None else _dec(g))
    args.append(sub.char(q))
    args.append(sub.s)
    if nargs >= 0:
        args = args[:nargs]
    return js_str(repl(*args))


def js_str_replace(s, rx, repl, nargs=-1):
    # String.prototype.replace / replaceAll with a RegExp: the first match, or every one with g.
    sub = _Subject(s)
    if rx._jsg:
        rx.lastIndex = 0
        found = _all(rx, sub)
    else:
        r = _find(rx._jsrx, sub, 0)
        found = [] if r is None else [r]
    if not found:
        return s
    out = []
    last = 0
    for r in found:
        out.append(sub.text(last, r[0]))
        out.append(_replacement(rx, sub, r, repl, nargs))
        last = r[1]
    out.append(sub.text(last, len(sub.bs)))
    return "".join(out)


def js_str_split(s, rx, limit=None):
    # String.prototype.split with a RegExp (JS's @@split: captures are spliced in, an empty match
    # at the previous end does not split, limit counts the pieces).
    if limit is None:
        lim = 0xFFFFFFFF
    else:
        from tsmpy.num import js_touint32
        lim = js_touint32(limit)
    if lim == 0:
        return []
    sub = _Subject(s)
    size = len(sub.bs)
    rxc = rx._jsrx
    if size == 0:
        return [] if rxc.match(sub.bs, 0) is not None else [s]
    out = []
    p = 0
    q = 0
    while q < size:
        r = _find(rxc, sub, q)
        if r is None:
            break
        q, e, m = r
        if q >= size:
            break
        if e == p:
            q = sub.next_byte(q)
            continue
        out.append(sub.text(p, q))
        if len(out) == lim:
            return out
        p = e
        for i in range(1, rx._jsng + 1):
            g = m.group(i)
            out.append(None if g is None else _dec(g))
            if len(out) == lim:
                return out
        q = p
    out.append(sub.text(p, size))
    return out
