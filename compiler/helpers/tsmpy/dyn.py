# Method calls whose receiver's type is not known statically (`any`, or a union of an array, a
# string and a number): dispatch on the Python type at run time to the same helpers the typed
# lowering uses, or to the object's own method.
# `n` is how many arguments the call's callback accepts (-1 when unknown: all that JS passes).

_nan = float("nan")


def _cb(f, n, most):
    # A callback that accepts only its first n arguments, called with up to `most`.
    if n < 0 or n >= most or not callable(f):
        return f
    if n == 0:
        return lambda *a: f()
    if n == 1:
        return lambda a, *r: f(a)
    if n == 2:
        return lambda a, b, *r: f(a, b)
    return lambda a, b, c, *r: f(a, b, c)


def _list_method(xs, name, n, args):
    import tsmpy.array as A
    if name == "push":
        return A.js_push(xs, *args)
    if name == "pop":
        return A.js_pop(xs)
    if name == "shift":
        return A.js_shift(xs)
    if name == "unshift":
        return A.js_unshift(xs, *args)
    if name == "slice":
        return A.js_slice(xs, *args)
    if name == "splice":
        return A.js_splice(xs, *args)
    if name == "concat":
        return A.js_concat(xs, *args)
    if name == "indexOf":
        return A.js_index_of(xs, *args)
    if name == "lastIndexOf":
        return A.js_last_index_of(xs, *args)
    if name == "includes":
        return A.js_includes(xs, *args)
    if name == "join":
        return A.js_join(xs, *args)
    if name == "reverse":
        return A.js_reverse(xs)
    if name == "sort":
        if args and args[0] is not None:
            return A.js_sort(xs, args[0], 2 if n < 0 else n)
        return A.js_sort(xs)
    if name == "flat":
        return A.js_flat(xs, *args)
    if name == "fill":
        return A.js_fill(xs, *args)
    if name == "at":
        return A.js_at(xs, *args)
    if name == "keys":
        return list(range(len(xs)))
    if name == "entries":
        return [[i, x] for i, x in enumerate(xs)]
    if name == "values":
        return list(xs)
    if name == "toString":
        from tsmpy.value import js_str
        return js_str(xs)
    if name == "reduce" or name == "reduceRight":
        f = A.js_reduce if name == "reduce" else A.js_reduce_right
        return f(xs, args[0], 4 if n < 0 else n, *args[1:])
    cbs = {
        "map": A.js_map, "filter": A.js_filter, "forEach": A.js_for_each, "flatMap": A.js_flat_map,
        "find": A.js_find, "findIndex": A.js_find_index, "findLast": A.js_find_last,
        "findLastIndex": A.js_find_last_index, "some": A.js_some, "every": A.js_every,
    }
    f = cbs.get(name)
    if f is not None:
        return f(xs, args[0], 3 if n < 0 else n)
    raise _not_function(name)


def _str_method(s, name, n, args):
    import tsmpy.string as S
    from tsmpy.array import js_slice, js_at
    simple = {
        "charAt": S.js_char_at, "charCodeAt": S.js_char_code_at, "codePointAt": S.js_code_point_at,
        "indexOf": S.js_str_index_of, "lastIndexOf": S.js_str_last_index_of, "substring": S.js_substring,
        "substr": S.js_substr, "split": S.js_split, "startsWith": S.js_starts_with,
        "endsWith": S.js_ends_with, "padStart": S.js_pad_start, "padEnd": S.js_pad_end,
        "repeat": S.js_repeat, "concat": S.js_str_concat, "slice": js_slice, "at": js_at,
    }
    f = simple.get(name)
    if f is not None:
        return f(s, *args)
    if name == "includes":
        return S.js_str_index_of(s, *args) >= 0
    if name == "trim":
        return s.strip(S.js_ws)
    if name == "trimStart" or name == "trimLeft":
        return s.lstrip(S.js_ws)
    if name == "trimEnd" or name == "trimRight":
        return s.rstrip(S.js_ws)
    if name == "toUpperCase":
        return S.js_upper(s)
    if name == "toLowerCase":
        return S.js_lower(s)
    if name == "toString" or name == "valueOf":
        return s
    if name == "replace" or name == "replaceAll":
        rep = _cb(args[1], n, 3)
        f = S.js_replace if name == "replace" else S.js_replace_all
        return f(s, args[0], rep)
    raise _not_function(name)


def _num_method(x, name, args):
    import tsmpy.jsmath as M
    if name == "toFixed":
        return M.js_to_fixed(x, *args)
    if name == "toString":
        return M.js_num_to_string(x, *args)
    if name == "toPrecision":
        return M.js_to_precision(x, *args)
    if name == "toExponential":
        return M.js_to_exponential(x, *args)
    if name == "valueOf":
        return x
    raise _not_function(name)


def _not_function(name):
    from tsmpy.errors import TypeError, js_throw
    return js_throw(TypeError(name + " is not a function"))


def js_invoke(o, name, n, *args):
    # o.name(...args) for a receiver of unknown type
    t = type(o)
    if t is list:
        return _list_method(o, name, n, args)
    if t is str:
        return _str_method(o, name, n, args)
    if t is int or t is float:
        return _num_method(o, name, args)
    if isinstance(o, list):
        # A match array (tsmpy.regex.js_Match).
        return _list_method(o, name, n, args)
    if o is None:
        from tsmpy.errors import TypeError, js_throw
        raise js_throw(TypeError("Cannot read properties of undefined (reading '" + name + "')"))
    if isinstance(o, dict):
        f = o.get(name)
    else:
        f = getattr(o, name, None)
    if f is None or not callable(f):
        raise _not_function(name)
    if n >= 0 and name == "forEach" and len(args) == 1 and getattr(o, "_jsmd", None) is not None:
        # Map/Set (tsmpy.mapset) pass the callback only the arguments it declares.
        return f(args[0], n)
    return f(*args)


def js_has_own(o, k):
    # Object.hasOwn(o, k) / o.hasOwnProperty(k)
    from tsmpy.obj import js_keys
    from tsmpy.value import js_str
    if type(k) is not str:
        k = js_str(k)
    if type(o) is list or type(o) is str or isinstance(o, list):
        if k == "length":
            return True
    return k in js_keys(o)


def js_object_is(a, b):
    # Object.is: SameValue (NaN is NaN, 0 is not -0)
    ta = type(a)
    tb = type(b)
    if (ta is int or ta is float) and (tb is int or tb is float):
        if a != a:
            return b != b
        if a == 0 and b == 0:
            import math
            return math.copysign(1, a) == math.copysign(1, b)
        return a == b
    from tsmpy.value import js_eq
    return js_eq(a, b)
