# Plain JavaScript objects: attribute access like class instances, JS key order for enumeration.
#
# Key order (Object.keys, for-in, JSON.stringify, console.log) follows JavaScript: integer-like
# keys ascending first, then the other keys in creation order. An instance's __dict__ is unordered
# on MicroPython, so the order is kept beside it: the class attribute _jsk lists the keys the
# constructor creates; keys created later are appended to the per-instance list _jsx (kept by
# js_Obj.__setattr__). A deleted key that comes back goes to the end, as in JavaScript.
from collections import OrderedDict
from tsmpy.value import js_null

_set = object.__setattr__

# Builtins found in the module at once (a builtins-table lookup is slow on MicroPython); the
# list fast paths below come before the general code, which they leave unchanged.
_type = type
_int = int
_list = list
_len = len


class js_Obj:
    # Base of the shape classes compiled object literals create (and of objects made by spread).
    _jsk = ()

    def __setattr__(self, k, v):
        if k not in self.__dict__:
            _track(self, k)
        _set(self, k, v)

    # Record-style access, for a plain object that reaches code typed as a record
    # (`const r: Record<string, number> = obj`). No __getitem__: it would make objects iterable.
    def get(self, k, d=None):
        v = self.__dict__.get(_key(k), d)
        return d if k in ("_jsx", "_jsd") else v

    def __setitem__(self, k, v):
        setattr(self, _key(k), v)

    def __contains__(self, k):
        return js_in(k, self)

    def __delitem__(self, k):
        js_delprop(self, k)

    def __getattr__(self, k):
        # An optional property that was never set reads as undefined.
        if k[:2] == "__":
            raise AttributeError(k)
        return None


def _track(o, k):
    # A key created after construction (or a shape key deleted and created again) goes to the
    # end of the order.
    if k in type(o)._jsk and not _gone(o, k):
        return
    d = o.__dict__
    x = d.get("_jsx")
    if x is None:
        _set(o, "_jsx", [k])
    else:
        if k in x:
            x.remove(k)
        x.append(k)


# Shape constructors set their keys with this (no order tracking needed: they are in _jsk).
js_oset = _set


def _gone(o, k):
    # A shape key that is missing from the instance was deleted (constructors set them all).
    g = o.__dict__.get("_jsd")
    return g is not None and k in g


_INDEX_MAX = 4294967295


def _is_index(k):
    # JS orders integer-like keys ("0", "1", ...) first, ascending.
    return k.isdigit() and (k == "0" or k[0] != "0") and int(k) < _INDEX_MAX


def _own(o):
    # Own keys of a plain object or class instance, in creation order (before index sorting).
    d = o.__dict__
    g = d.get("_jsd")
    acc = getattr(type(o), "_jsg", ())
    keys = [k for k in getattr(type(o), "_jsk", ()) if (k in d or k in acc) and (g is None or k not in g)]
    x = d.get("_jsx")
    if x is not None:
        keys += [k for k in x if k in d]
    seen = set(keys)
    plain = isinstance(o, js_Obj)
    for k in d:
        # Helper bookkeeping (_js*), class private fields (_p_*), Python dunders are not JS keys.
        if k not in seen and k[:3] != "_js" and (plain or k[:3] != "_p_") and not (k[:2] == "__" and k[-2:] == "__"):
            keys.append(k)
    return keys


def _val(o, d, k):
    # An own property's value: instance attribute, or an accessor of an object literal.
    return d[k] if k in d else getattr(o, k)


def js_keys(o):
    # Object.keys(o) / for-in order.
    t = type(o)
    if t is list or t is str:
        return [str(i) for i in range(len(o))]
    if isinstance(o, list):
        return [str(i) for i in range(len(o))] + list(t._jsk)
    if isinstance(o, dict):
        keys = [k if type(k) is str else _key_str(k) for k in o]
    elif o is None or t is int or t is float or t is bool:
        return []
    else:
        keys = _own(o)
    idx = None
    for k in keys:
        if _is_index(k):
            idx = True
            break
    if idx is None:
        return keys
    idx = [k for k in keys if _is_index(k)]
    idx.sort(key=int)
    return idx + [k for k in keys if not _is_index(k)]


def _key_str(k):
    from tsmpy.value import js_str
    return js_str(k)


def _key(k):
    # A property key as JS sees it: a string.
    if type(k) is str:
        return k
    return _key_str(k)


def js_getprop(o, k):
    # o[k] for any value and key; undefined when missing.
    if _type(o) is _list and _type(k) is _int and 0 <= k and k < _len(o):
        return o[k]
    t = type(o)
    if t is list or t is str or isinstance(o, list):
        if type(k) is int or type(k) is float:
            from tsmpy.value import js_get
            return js_get(o, k)
        if k == "length":
            return len(o)
        k = _key(k)
        if _is_index(k):
            i = int(k)
            return o[i] if i < len(o) else None
        return None
    if isinstance(o, dict):
        v = o.get(k)
        if v is None and type(k) is not str:
            v = o.get(_key(k))
        return v
    if o is None or o is js_null:
        raise TypeError("Cannot read properties of " + ("undefined" if o is None else "null") + " (reading '" + _key(k) + "')")
    k = _key(k)
    d = getattr(o, "__dict__", None)
    if d is not None and k in d:
        return d[k]
    if k[:2] == "__" or k[:3] == "_js" or isinstance(o, js_Obj) and k not in getattr(type(o), "_jsg", ()):
        return None
    try:
        return getattr(o, k)
    except AttributeError:
        return None


def js_setprop(o, k, v):
    # o[k] = v
    if _type(o) is _list and _type(k) is _int and 0 <= k and k < _len(o):
        o[k] = v
        return v
    if o is None or o is js_null:
        raise TypeError("Cannot set properties of " + ("undefined" if o is None else "null") + " (setting '" + _key(k) + "')")
    t = type(o)
    if t is list:
        i = k if type(k) is int else int(_key(k))
        n = len(o)
        if i < 0:
            # JS would add a property named "-1" to the array; Python's o[-1] would overwrite an element.
            raise IndexError("tsmpy: a negative index on an array would set a property, which is not supported")
        if i == n:
            o.append(v)
        elif i > n:
            _holes()
        else:
            o[i] = v
        return v
    if isinstance(o, dict):
        o[_key(k)] = v
        return v
    setattr(o, _key(k), v)
    return v


def js_delprop(o, k):
    # delete o[k]; true
    if isinstance(o, dict):
        k = _key(k)
        if k in o:
            del o[k]
        return True
    k = _key(k)
    d = o.__dict__
    if k in d:
        delattr(o, k)
        if k in getattr(type(o), "_jsk", ()):
            g = d.get("_jsd")
            if g is None:
                _set(o, "_jsd", [k])
            elif k not in g:
                g.append(k)
        x = d.get("_jsx")
        if x is not None and k in x:
            x.remove(k)
    return True


def js_in(k, o):
    # k in o (own properties, array indices, and class members)
    t = type(o)
    if t is list:
        if k == "length":
            return True
        k = _key(k)
        return _is_index(k) and int(k) < len(o)
    if isinstance(o, dict):
        return _key(k) in o
    k = _key(k)
    d = getattr(o, "__dict__", None)
    if d is not None and k in d:
        return k not in ("_jsx", "_jsd")
    if k[:2] == "__" or k[:3] == "_js" or isinstance(o, js_Obj):
        return k in getattr(type(o), "_jsg", ())
    try:
        getattr(type(o), k)
        return True
    except AttributeError:
        return False


def js_values(o):
    if type(o) is list:
        return list(o)
    if isinstance(o, list):
        # A match array (tsmpy.regex.js_Match): its elements, then index, input, groups.
        return list(o) + [getattr(o, k) for k in type(o)._jsk]
    if type(o) is str:
        return [c for c in o]
    if isinstance(o, dict):
        return [o[k] for k in _dict_keys(o)]
    d = o.__dict__
    return [_val(o, d, k) for k in js_keys(o)]


def js_entries(o):
    if type(o) is list or type(o) is str:
        return [[str(i), v] for i, v in enumerate(o)]
    if isinstance(o, list):
        return [[str(i), v] for i, v in enumerate(o)] + [[k, getattr(o, k)] for k in type(o)._jsk]
    if isinstance(o, dict):
        return [[_key(k), o[k]] for k in _dict_keys(o)]
    d = o.__dict__
    return [[k, _val(o, d, k)] for k in js_keys(o)]


def _dict_keys(o):
    # The dict's own keys (not stringified) in JS order.
    keys = list(o)
    if not any(type(k) is not str or _is_index(k) for k in keys):
        return keys
    idx = [k for k in keys if _is_index(_key(k))]
    idx.sort(key=lambda k: int(_key(k)))
    return idx + [k for k in keys if not _is_index(_key(k))]


def _copy_into(target, src):
    if src is None or type(src) in (int, float, bool):
        return
    from tsmpy.value import js_null
    if src is js_null:
        return
    if type(src) is list or type(src) is str:
        for i in range(len(src)):
            js_setprop(target, str(i), src[i])
        return
    if isinstance(src, dict):
        for k in _dict_keys(src):
            js_setprop(target, k, src[k])
        return
    d = src.__dict__
    for k in js_keys(src):
        js_setprop(target, k, _val(src, d, k))


def js_assign(target, *sources):
    # Object.assign(target, ...sources)
    for s in sources:
        _copy_into(target, s)
    return target


def js_spread(target, *parts):
    # {...a, b: 1, ...c}: each part is (source,) to copy or (key, value) to set, in order.
    for p in parts:
        if len(p) == 1:
            _copy_into(target, p[0])
        else:
            js_setprop(target, p[0], p[1])
    return target


def js_rest(src, used):
    # const {a, ...rest} = src: the other own keys, in order, in a new plain object.
    r = js_Obj() if not isinstance(src, dict) else OrderedDict()
    if isinstance(src, dict):
        for k in _dict_keys(src):
            if _key(k) not in used:
                r[_key(k)] = src[k]
        return r
    d = src.__dict__
    for k in js_keys(src):
        if k not in used:
            setattr(r, k, _val(src, d, k))
    return r


def js_aslist(x):
    # The elements array destructuring reads: lists as they are, strings and iterables listed.
    if type(x) is list:
        return x
    if x is None:
        raise TypeError("undefined is not iterable")
    return list(x)


def js_setidx(xs, i, v):
    # xs[i] = v for a non-negative int i: past the end, JS fills the gap (with holes; undefined here).
    n = _len(xs)
    if i < n:
        xs[i] = v
    elif i == n:
        xs.append(v)
    else:
        _holes()


def _holes():
    # JS would leave holes (printed `<1 empty item>`, skipped by forEach): not reproduced.
    raise IndexError("tsmpy: writing past the end of an array would leave holes, which are not supported")


def js_setlen(xs, n):
    # xs.length = n: truncates as in JS; a length that is not an integer in 0..2**32-1 is a
    # RangeError; growing the array would leave holes (not reproduced, like js_setidx).
    if type(n) is float and 0 <= n < 4294967296 and n == int(n):
        n = int(n)
    if type(n) is not int or n < 0 or n >= 4294967296:
        from tsmpy.errors import RangeError, js_throw
        raise js_throw(RangeError("Invalid array length"))
    if n > len(xs):
        _holes()
    del xs[n:]
