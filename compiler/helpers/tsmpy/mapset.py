# Map and Set with JavaScript semantics (insertion order, SameValueZero keys, live iteration).
#
# Layout: a dict from the normalised key to its entry node, and a singly linked chain of nodes
# in insertion order. A node is a list [key, value, next, prev]. The chain always ends in an
# empty node (key _END): `set` of a new key fills that node and hangs a fresh empty node after
# it, so an iterator parked at the end sees entries added later. Deleting a node unlinks it from
# the live chain but keeps its `next`, and marks its key _DEL: an iterator standing on it walks
# on through `next` to the first node still alive, so a deleted key not yet visited is skipped
# and keys added during iteration are visited, exactly as in JS. Every operation is O(1) (dict
# lookup plus pointer updates); nothing is ever compacted, dead nodes are freed by the GC once
# no iterator holds them. (MicroPython's dict is unordered; OrderedDict's lookups are linear.)
#
# Keys are normalised for SameValueZero: NaN is one key, -0 is 0, 1.0 is 1, booleans are not
# the integers 0/1, and unhashable values (arrays, records) are keys by identity.
# Attribute names start with _js so that Object.keys / JSON.stringify / console see no own keys.

from tsmpy.value import js_null

_END = object()
# What the compiler's inline `m._jsmd.get(k, js_MISS)[1]` reads for a missing key: never written.
js_MISS = (None, None)
_DEL = object()
_NAN = object()
_TRUE = object()
_FALSE = object()


class _IdKey:
    # An unhashable value (list, dict) as a key by identity; the entry keeps the value alive.
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return id(self.v)

    def __eq__(self, o):
        return type(o) is _IdKey and o.v is self.v


def _nk(k):
    t = type(k)
    if t is str or t is int:
        return k
    if t is float:
        if k != k:
            return _NAN
        if k - k == 0 and k == int(k):
            return int(k)
        return k
    if t is bool:
        return _TRUE if k else _FALSE
    if t is list or t is tuple or isinstance(k, dict):
        return _IdKey(k)
    return k


class _Base:
    def __init__(self):
        self._jsmd = {}
        e = [_END, None, None, None]
        self._jsmh = e
        self._jsmt = e

    def _jsput(self, k, v):
        # The hot paths (Map.set, Set.add) repeat this inline for int and str keys.
        d = self._jsmd
        nk = _nk(k)
        n = d.get(nk)
        if n is not None:
            n[1] = v
            return
        if nk == 0 and type(k) is float:
            k = 0.0  # a -0 key is stored as +0, as in JS
        n = self._jsmt
        e = [_END, None, None, n]
        n[0] = k
        n[1] = v
        n[2] = e
        self._jsmt = e
        d[nk] = n

    def delete(self, k):
        t = type(k)
        n = self._jsmd.pop(k if t is int or t is str else _nk(k), None)
        if n is None:
            return False
        nx = n[2]
        p = n[3]
        if p is None:
            self._jsmh = nx
        else:
            p[2] = nx
        nx[3] = p
        n[0] = _DEL
        n[1] = None
        return True

    def has(self, k):
        t = type(k)
        return (k if t is int or t is str else _nk(k)) in self._jsmd

    def clear(self):
        n = self._jsmh
        while n[0] is not _END:
            n[0] = _DEL
            n[1] = None
            n = n[2]
        self._jsmd = {}
        self._jsmh = n
        n[3] = None

    @property
    def size(self):
        return len(self._jsmd)

    def _jsnodes(self):
        # Live iteration over the nodes (see the layout note above).
        n = self._jsmh
        while True:
            k = n[0]
            if k is _END:
                return
            if k is not _DEL:
                yield n
            n = n[2]

    def forEach(self, f, n=3):
        # f(value, key, collection), passing only the n arguments the callback declares. A node
        # holds [key, value]; _jsv is the slot of the value (a Set's value is its key).
        v = self._jsv
        for nd in self._jsnodes():
            if n >= 3:
                f(nd[v], nd[0], self)
            elif n == 2:
                f(nd[v], nd[0])
            elif n == 1:
                f(nd[v])
            else:
                f()

    def _jsfmt(self, ctx, level, fmt, reduce, kind, pairs):
        n = len(self._jsmd)
        prefix = kind + "(" + str(n) + ") "
        if n == 0:
            return prefix + "{}"
        if level > ctx.depth:
            return "[" + kind + "]"
        level += 1
        ctx.seen.append(self)
        out = []
        for nd in self._jsnodes():
            ctx.indent += 2
            s = fmt(ctx, nd[0], level)
            if pairs:
                s += " => " + fmt(ctx, nd[1], level)
            ctx.indent -= 2
            out.append(s)
        ctx.seen.pop()
        base = ""
        if ctx.circular is not None and self in ctx.circular:
            base = "<ref *" + str(ctx.circular.index(self) + 1) + ">"
        return reduce(ctx, out, base, (prefix + "{", "}"), False, None)


class js_Map(_Base):
    _jsv = 1
    def __init__(self, entries=None):
        _Base.__init__(self)
        if entries is not None and entries is not js_null:
            for e in entries:
                if len(e) >= 2:
                    self._jsput(e[0], e[1])
                else:
                    # JS reads entry[0] and entry[1]: missing ones are undefined.
                    self._jsput(e[0] if e else None, None)

    def get(self, k):
        t = type(k)
        n = self._jsmd.get(k if t is int or t is str else _nk(k))
        return None if n is None else n[1]

    def set(self, k, v):
        t = type(k)
        if t is int or t is str:
            d = self._jsmd
            n = d.get(k)
            if n is not None:
                n[1] = v
                return self
            n = self._jsmt
            e = [_END, None, None, n]
            n[0] = k
            n[1] = v
            n[2] = e
            self._jsmt = e
            d[k] = n
            return self
        self._jsput(k, v)
        return self

    def keys(self):
        for n in self._jsnodes():
            yield n[0]

    def values(self):
        for n in self._jsnodes():
            yield n[1]

    def entries(self):
        for n in self._jsnodes():
            yield [n[0], n[1]]

    def _jsitems(self):
        # (key, value) tuples for `for (const [k, v] of m)`.
        for n in self._jsnodes():
            yield n[0], n[1]

    __iter__ = entries

    def toString(self):
        return "[object Map]"

    def _js_inspect(self, ctx, level, fmt, reduce):
        return self._jsfmt(ctx, level, fmt, reduce, "Map", True)


class js_Set(_Base):
    _jsv = 0
    def __init__(self, values=None):
        _Base.__init__(self)
        if values is not None and values is not js_null:
            for v in values:
                self._jsput(v, v)

    def add(self, v):
        t = type(v)
        if t is int or t is str:
            d = self._jsmd
            if v in d:
                return self
            n = self._jsmt
            e = [_END, None, None, n]
            n[0] = v
            n[1] = v
            n[2] = e
            self._jsmt = e
            d[v] = n
            return self
        self._jsput(v, v)
        return self

    def values(self):
        for n in self._jsnodes():
            yield n[0]

    keys = values
    __iter__ = values

    def entries(self):
        for n in self._jsnodes():
            yield [n[0], n[0]]

    def toString(self):
        return "[object Set]"

    def _js_inspect(self, ctx, level, fmt, reduce):
        return self._jsfmt(ctx, level, fmt, reduce, "Set", False)
