# JSON.stringify / JSON.parse with JavaScript's output and key order.
# JSON.parse builds objects as js_Obj instances whose class records the keys in parse order
# (one class per key list), or ordered dicts when the program reads the result as a record.
from collections import OrderedDict
from tsmpy.value import js_null
from tsmpy.num import js_num_str
from tsmpy.obj import js_Obj, js_keys
from tsmpy.errors import Error as _JsError

_ESC = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _quote(s):
    out = ['"']
    for c in s:
        e = _ESC.get(c)
        if e is not None:
            out.append(e)
        else:
            o = ord(c)
            if o < 0x20 or 0xD800 <= o <= 0xDFFF:
                h = "0123456789abcdef"
                out.append("\\u" + h[o >> 12] + h[(o >> 8) & 15] + h[(o >> 4) & 15] + h[o & 15])
            else:
                out.append(c)
    out.append('"')
    return "".join(out)


def _skip(v):
    # Values JSON.stringify leaves out of objects (and turns into null in arrays)
    return v is None or (callable(v) and not isinstance(v, (list, dict)) and not hasattr(v, "__dict__")) or isinstance(v, type)


def _ser(v, gap, ind):
    t = type(v)
    if t is str:
        return _quote(v)
    if t is bool:
        return "true" if v else "false"
    if t is int or t is float:
        if v != v or v in (float("inf"), float("-inf")):
            return "null"
        return js_num_str(v)
    if v is js_null:
        return "null"
    if _skip(v):
        return None
    tj = getattr(v, "toJSON", None)
    if tj is not None and callable(tj):
        return _ser(tj(), gap, ind)
    inner = ind + gap
    if t is list or t is tuple or isinstance(v, list):
        if not v:
            return "[]"
        parts = []
        for x in v:
            s = _ser(x, gap, inner)
            parts.append("null" if s is None else s)
        if gap:
            return "[\n" + inner + (",\n" + inner).join(parts) + "\n" + ind + "]"
        return "[" + ",".join(parts) + "]"
    if isinstance(v, dict):
        m = OrderedDict()
        for k in v:
            m[k if type(k) is str else js_num_str(k)] = v[k]
        items = [(k, m[k]) for k in js_keys(m)]
    else:
        keys = js_keys(v)
        if isinstance(v, _JsError):
            # An Error's message (and stack) are own but not enumerable properties in JS.
            keys = [k for k in keys if k != "message" and k != "stack"]
        items = [(k, getattr(v, k)) for k in keys]
    parts = []
    sep = ": " if gap else ":"
    for k, x in items:
        s = _ser(x, gap, inner)
        if s is not None:
            parts.append(_quote(k if type(k) is str else js_num_str(k)) + sep + s)
    if not parts:
        return "{}"
    if gap:
        return "{\n" + inner + (",\n" + inner).join(parts) + "\n" + ind + "}"
    return "{" + ",".join(parts) + "}"


def js_stringify(v, replacer=None, space=None):
    gap = ""
    if type(space) is int or type(space) is float:
        n = int(min(10, space))
        gap = " " * n if n > 0 else ""
    elif type(space) is str:
        gap = space[:10]
    return _ser(v, gap, "")


# ---------- parse ----------

_shapes = {}


def _obj(keys, values):
    cls = _shapes.get(keys)
    if cls is None:
        cls = type("Object", (js_Obj,), {"_jsk": keys})
        _shapes[keys] = cls
    o = cls()
    for i in range(len(keys)):
        setattr(o, keys[i], values[i])
    return o


def _syntax(msg):
    from tsmpy.errors import SyntaxError, js_throw
    return js_throw(SyntaxError(msg))


_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = "0123456789abcdefABCDEF"


class _Parser:
    # A JSON parser that keeps key order and reports errors with V8's messages.
    def __init__(self, s):
        self.s = s
        self.n = len(s)
        self.i = 0

    def ws(self):
        s = self.s
        i = self.i
        n = self.n
        while i < n and s[i] in " \t\n\r":
            i += 1
        self.i = i

    def err(self, msg, i=None):
        return _syntax(msg + " in JSON at position " + str(self.i if i is None else i))

    def unexpected(self, i=None):
        if i is None:
            i = self.i
        s = self.s
        n = self.n
        if i >= n:
            return _syntax("Unexpected end of JSON input")
        if n < 21:
            where = '"' + s + '"'
        else:
            a = i - 10 if i > 10 else 0
            b = i + 10 if i + 10 < n else n
            where = ("..." if a > 0 else "") + '"' + s[a:b] + '"' + ("..." if b < n else "")
        return _syntax("Unexpected token '" + s[i] + "', " + where + " is not valid JSON")

    def value(self, spec=None):
        # spec says how the program reads this value: None (objects are js_Obj), ("r", inner) a
        # record (ordered dict), ("a", inner) an array, ("o", {key: spec}) an object's properties.
        self.ws()
        s = self.s
        if self.i >= self.n:
            raise self.unexpected()
        c = s[self.i]
        if c == "{":
            return self.obj(spec)
        if c == "[":
            self.i += 1
            r = []
            self.ws()
            if self.i < self.n and s[self.i] == "]":
                self.i += 1
                return r
            inner = spec[1] if spec is not None and spec[0] == "a" else None
            while True:
                r.append(self.value(inner))
                self.ws()
                if self.i < self.n and s[self.i] == ",":
                    self.i += 1
                    continue
                if self.i < self.n and s[self.i] == "]":
                    self.i += 1
                    return r
                raise self.err("Expected ',' or ']' after array element")
        if c == '"':
            return self.string()
        if c == "-" or "0" <= c <= "9":
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", js_null)):
            if c == word[0]:
                for k in range(len(word)):
                    j = self.i + k
                    if j >= self.n or s[j] != word[k]:
                        raise self.unexpected(j)
                self.i += len(word)
                return val
        raise self.unexpected()

    def obj(self, spec):
        s = self.s
        self.i += 1
        keys = []
        vals = []
        self.ws()
        if self.i < self.n and s[self.i] == "}":
            self.i += 1
        else:
            if self.i >= self.n or s[self.i] != '"':
                raise self.err("Expected property name or '}'")
            while True:
                k = self.string()
                self.ws()
                if self.i >= self.n or s[self.i] != ":":
                    raise self.err("Expected ':' after property name")
                self.i += 1
                if spec is None or spec[0] == "a":
                    v = self.value()
                elif spec[0] == "r":
                    v = self.value(spec[1])
                else:
                    v = self.value(spec[1].get(k))
                if k in keys:
                    vals[keys.index(k)] = v
                else:
                    keys.append(k)
                    vals.append(v)
                self.ws()
                if self.i < self.n and s[self.i] == ",":
                    self.i += 1
                    self.ws()
                    if self.i >= self.n or s[self.i] != '"':
                        raise self.err("Expected double-quoted property name")
                    continue
                if self.i < self.n and s[self.i] == "}":
                    self.i += 1
                    break
                raise self.err("Expected ',' or '}' after property value")
        if spec is not None and spec[0] == "r":
            o = OrderedDict()
            for j in range(len(keys)):
                o[keys[j]] = vals[j]
            return o
        return _obj(tuple(keys), vals)

    def string(self):
        s = self.s
        i = self.i + 1
        n = self.n
        out = []
        while True:
            if i >= n:
                raise self.err("Unterminated string", n)
            c = s[i]
            if c == '"':
                break
            if c == "\\":
                i += 1
                if i >= n:
                    raise self.err("Unterminated string", n)
                e = s[i]
                if e == "u":
                    o = self.hex4(i + 1)
                    i += 5
                    if 0xD800 <= o <= 0xDBFF and s[i:i + 2] == "\\u":
                        # a surrogate pair is one code point here
                        lo = self.hex4(i + 2)
                        if 0xDC00 <= lo <= 0xDFFF:
                            o = 0x10000 + ((o - 0xD800) << 10) + (lo - 0xDC00)
                            i += 6
                    out.append(chr(o))
                    continue
                m = _ESCAPES.get(e)
                if m is None:
                    raise self.err("Bad escaped character", i)
                out.append(m)
                i += 1
                continue
            if ord(c) < 0x20:
                raise self.err("Bad control character in string literal", i)
            out.append(c)
            i += 1
        self.i = i + 1
        return "".join(out)

    def hex4(self, i):
        s = self.s
        for k in range(4):
            if i + k >= self.n or s[i + k] not in _HEX:
                raise self.err("Bad Unicode escape", i + k) if i + k < self.n else self.err("Unterminated string", self.n)
        return int(s[i:i + 4], 16)

    def number(self):
        s = self.s
        i = self.i
        n = self.n
        j = i
        if s[j] == "-":
            j += 1
            if j >= n or not ("0" <= s[j] <= "9"):
                raise self.err("No number after minus sign", j)
        k = j
        while j < n and "0" <= s[j] <= "9":
            j += 1
        if s[k] == "0" and j - k > 1:
            raise self.err("Unexpected number", k + 1)
        isint = True
        if j < n and s[j] == ".":
            j += 1
            k = j
            while j < n and "0" <= s[j] <= "9":
                j += 1
            if j == k:
                raise self.err("Unterminated fractional number", j)
            isint = False
        if j < n and s[j] in "eE":
            j += 1
            if j < n and s[j] in "+-":
                j += 1
            k = j
            while j < n and "0" <= s[j] <= "9":
                j += 1
            if j == k:
                raise self.err("Exponent part is missing a number", j)
            isint = False
        text = s[i:j]
        self.i = j
        if isint:
            v = int(text)
            if text == "-0":
                return -0.0
            if -9007199254740992 <= v <= 9007199254740992:
                return v
            return float(text)
        f = float(text)
        if f == f and f not in (float("inf"), float("-inf")) and f == int(f):
            if abs(f) <= 9007199254740992 and not (f == 0 and text[0] == "-"):
                return int(f)
        return f


def js_parse(s, spec=None):
    p = _Parser(s)
    v = p.value(spec)
    p.ws()
    if p.i < p.n:
        raise _syntax("Unexpected non-whitespace character after JSON at position " + str(p.i))
    return v
