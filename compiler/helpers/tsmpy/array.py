# JavaScript Array methods on Python lists, where no plain list operation has the same result.
# Callbacks: `n` is how many of (value, index, array) the callback accepts (JS passes all three
# and ignores extras; Python would raise).
from tsmpy.value import js_null, js_truthy, js_str, js_eq


def _call(f, n, x, i, xs):
    if n == 1:
        return f(x)
    if n == 2:
        return f(x, i)
    if n == 0:
        return f()
    return f(x, i, xs)


def js_int_arg(i, default=0):
    # ToIntegerOrInfinity for an index argument; None (undefined) gives the default.
    if i is None:
        return default
    if type(i) is float:
        if i != i:
            return 0
        if i in (_inf, -_inf):
            return i
        return int(i)
    if type(i) is bool:
        return 1 if i else 0
    return i


_inf = float("inf")


def _rel(i, n, default):
    # A relative index (negative counts from the end), clamped to 0..n
    i = js_int_arg(i, default)
    if i < 0:
        i += n
        return 0 if i < 0 else i
    return n if i > n else i


def js_slice(xs, start=None, end=None):
    n = len(xs)
    a = _rel(start, n, 0)
    b = _rel(end, n, n)
    return xs[a:b]


def js_push(xs, *vs):
    xs.extend(vs)
    return len(xs)


def js_unshift(xs, *vs):
    xs[0:0] = vs
    return len(xs)


def js_pop(xs):
    return xs.pop() if xs else None


def js_shift(xs):
    return xs.pop(0) if xs else None


_MISSING = object()


def js_splice(xs, start=None, count=_MISSING, *items):
    n = len(xs)
    a = _rel(start, n, 0)
    if count is _MISSING:
        c = n - a
    else:
        c = js_int_arg(count, 0)
        if c < 0:
            c = 0
        if c > n - a:
            c = n - a
    removed = xs[a:a + c]
    xs[a:a + c] = items
    return removed


def js_index_of(xs, v, start=None):
    n = len(xs)
    i = _rel(start, n, 0)
    while i < n:
        if js_eq(xs[i], v):
            return i
        i += 1
    return -1


def js_last_index_of(xs, v, start=None):
    n = len(xs)
    if start is None:
        i = n - 1
    else:
        i = js_int_arg(start)
        if i < 0:
            i += n
        elif i > n - 1:
            i = n - 1
    while i >= 0:
        if js_eq(xs[i], v):
            return i
        i -= 1
    return -1


def js_includes(xs, v, start=None):
    n = len(xs)
    i = _rel(start, n, 0)
    nan = v != v
    while i < n:
        x = xs[i]
        if js_eq(x, v) or (nan and x != x):
            return True
        i += 1
    return False


def js_join(xs, sep=","):
    if sep is None:
        sep = ","
    return sep.join("" if x is None or x is js_null else js_str(x) for x in xs)


def js_reverse(xs):
    xs.reverse()
    return xs


def js_concat(xs, *others):
    r = list(xs)
    for o in others:
        if type(o) is list or isinstance(o, list):
            r.extend(o)
        else:
            r.append(o)
    return r


def js_at(xs, i):
    # Array.prototype.at and String.prototype.at
    n = len(xs)
    i = js_int_arg(i)
    if i < 0:
        i += n
    if 0 <= i < n:
        return xs[i]
    return None


def js_fill(xs, v, start=None, end=None):
    n = len(xs)
    a = _rel(start, n, 0)
    b = _rel(end, n, n)
    for i in range(a, b):
        xs[i] = v
    return xs


def js_flat(xs, depth=1):
    r = []
    for x in xs:
        if (type(x) is list or isinstance(x, list)) and depth >= 1:
            r.extend(js_flat(x, depth - 1))
        elif x is not None or True:
            r.append(x)
    return r


def js_array_len(n):
    # The length of new Array(n): a RangeError unless n is an integer in 0..2**32-1
    if type(n) is float:
        if n != n or n != int(n):
            from tsmpy.errors import RangeError, js_throw
            raise js_throw(RangeError("Invalid array length"))
        n = int(n)
    if n < 0 or n > 4294967295:
        from tsmpy.errors import RangeError, js_throw
        raise js_throw(RangeError("Invalid array length"))
    return n


def js_new_array(n):
    if type(n) is float:
        if n != int(n):
            from tsmpy.errors import RangeError, js_throw
            raise js_throw(RangeError("Invalid array length"))
        n = int(n)
    if n < 0 or n > 4294967295:
        from tsmpy.errors import RangeError, js_throw
        raise js_throw(RangeError("Invalid array length"))
    return [None] * n


# ---------- callbacks ----------

def js_map(xs, f, n=3):
    return [_call(f, n, xs[i], i, xs) for i in range(len(xs))]


# A callback may shrink the array: JS visits only the indices below the starting length that
# still exist (filter, flatMap, some, every, reduce), while find* read the missing ones as undefined.

def js_filter(xs, f, n=3):
    r = []
    for i in range(len(xs)):
        if i >= len(xs):
            continue
        x = xs[i]
        if js_truthy(_call(f, n, x, i, xs)):
            r.append(x)
    return r


def js_for_each(xs, f, n=3):
    i = 0
    # JS visits indices below the length at the start that still exist.
    end = len(xs)
    while i < end and i < len(xs):
        _call(f, n, xs[i], i, xs)
        i += 1


def js_flat_map(xs, f, n=3):
    r = []
    for i in range(len(xs)):
        if i >= len(xs):
            continue
        v = _call(f, n, xs[i], i, xs)
        if type(v) is list or isinstance(v, list):
            r.extend(v)
        else:
            r.append(v)
    return r


def _type_error(msg):
    from tsmpy.errors import TypeError, js_throw
    return js_throw(TypeError(msg))


def js_reduce(xs, f, n=4, *init):
    i = 0
    end = len(xs)
    if init:
        acc = init[0]
    else:
        if end == 0:
            raise _type_error("Reduce of empty array with no initial value")
        acc = xs[0]
        i = 1
    while i < end:
        if i >= len(xs):
            i += 1
            continue
        x = xs[i]
        if n == 2:
            acc = f(acc, x)
        elif n == 3:
            acc = f(acc, x, i)
        elif n == 1:
            acc = f(acc)
        else:
            acc = f(acc, x, i, xs)
        i += 1
    return acc


def js_reduce_right(xs, f, n=4, *init):
    i = len(xs) - 1
    if init:
        acc = init[0]
    else:
        if i < 0:
            raise _type_error("Reduce of empty array with no initial value")
        acc = xs[i]
        i -= 1
    while i >= 0:
        if i >= len(xs):
            i -= 1
            continue
        x = xs[i]
        if n == 2:
            acc = f(acc, x)
        elif n == 3:
            acc = f(acc, x, i)
        elif n == 1:
            acc = f(acc)
        else:
            acc = f(acc, x, i, xs)
        i -= 1
    return acc


def js_find(xs, f, n=3):
    for i in range(len(xs)):
        x = xs[i] if i < len(xs) else None
        if js_truthy(_call(f, n, x, i, xs)):
            return x
    return None


def js_find_index(xs, f, n=3):
    for i in range(len(xs)):
        if js_truthy(_call(f, n, xs[i] if i < len(xs) else None, i, xs)):
            return i
    return -1


def js_find_last(xs, f, n=3):
    i = len(xs) - 1
    while i >= 0:
        x = xs[i] if i < len(xs) else None
        if js_truthy(_call(f, n, x, i, xs)):
            return x
        i -= 1
    return None


def js_find_last_index(xs, f, n=3):
    i = len(xs) - 1
    while i >= 0:
        if js_truthy(_call(f, n, xs[i] if i < len(xs) else None, i, xs)):
            return i
        i -= 1
    return -1


def js_some(xs, f, n=3):
    for i in range(len(xs)):
        if i < len(xs) and js_truthy(_call(f, n, xs[i], i, xs)):
            return True
    return False


def js_every(xs, f, n=3):
    for i in range(len(xs)):
        if i < len(xs) and not js_truthy(_call(f, n, xs[i], i, xs)):
            return False
    return True


def js_array_from(src, f=None, n=2):
    if type(src) is list or type(src) is str:
        items = list(src)
    elif not isinstance(src, dict) and hasattr(type(src), "__iter__"):
        # Iterables first, as in JS (a program class's instance also answers `length` with None).
        items = list(src)
    else:
        ln = getattr(src, "length", None)
        if ln is None and isinstance(src, dict):
            ln = src.get("length")
        ln = js_int_arg(ln) if ln is not None else 0
        items = [None] * (ln if ln > 0 else 0)
    if f is None:
        return items
    if n == 1:
        return [f(x) for x in items]
    if n == 0:
        return [f() for x in items]
    return [f(items[i], i) for i in range(len(items))]


# ---------- sorting ----------

def _merge_sort(xs, before):
    # Stable merge sort; before(a, b) is True when b must come before a.
    n = len(xs)
    if n < 2:
        return xs
    src = list(xs)
    buf = [None] * n
    width = 1
    while width < n:
        lo = 0
        while lo < n:
            mid = lo + width
            if mid > n:
                mid = n
            hi = mid + width
            if hi > n:
                hi = n
            i = lo
            j = mid
            k = lo
            while i < mid and j < hi:
                if before(src[i], src[j]):
                    buf[k] = src[j]
                    j += 1
                else:
                    buf[k] = src[i]
                    i += 1
                k += 1
            while i < mid:
                buf[k] = src[i]
                i += 1
                k += 1
            while j < hi:
                buf[k] = src[j]
                j += 1
                k += 1
            lo += width * 2
        src, buf = buf, src
        width *= 2
    return src


def _insertion_sort(a, order):
    # V8's sort for short arrays (TimSort with one run): the initial run (reversed when strictly
    # descending), then binary insertion. Kept exact so that inconsistent comparators (NaN
    # results, random answers) order elements as Node does.
    n = len(a)
    if n < 2:
        return a
    run = 2
    desc = order(a[1], a[0]) < 0
    prev = a[1]
    k = 2
    while k < n:
        cur = a[k]
        o = order(cur, prev)
        if desc:
            if o >= 0:
                break
        elif o < 0:
            break
        prev = cur
        run += 1
        k += 1
    if desc:
        a[0:run] = a[0:run][::-1]
    start = run
    while start < n:
        pivot = a[start]
        left = 0
        right = start
        while left < right:
            mid = left + ((right - left) >> 1)
            if order(pivot, a[mid]) < 0:
                right = mid
            else:
                left = mid + 1
        p = start
        while p > left:
            a[p] = a[p - 1]
            p -= 1
        a[left] = pivot
        start += 1
    return a


def js_sort(xs, cmp=None, n=2):
    # Array.prototype.sort: undefined last; default order compares String(x); stable.
    defined = [x for x in xs if x is not None]
    undef = len(xs) - len(defined)
    if cmp is None:
        keyed = [(js_str(x), x) for x in defined]
        out = [p[1] for p in _merge_sort(keyed, lambda a, b: b[0] < a[0])]
    else:
        def order(a, b):
            r = cmp(a, b) if n == 2 else cmp(a) if n == 1 else cmp()
            t = type(r)
            if t is int or t is float:
                return 0 if r != r else r
            if t is bool:
                return 1 if r else 0
            if r is None or r is js_null:
                return 0
            from tsmpy.num import js_to_number
            r = js_to_number(r)
            return 0 if r != r else r
        if len(defined) < 64:
            out = _insertion_sort(defined, order)
        else:
            out = _merge_sort(defined, lambda a, b: order(a, b) > 0)
    xs[:] = out + [None] * undef
    return xs


# ---------- Object.fromEntries ----------

def js_from_entries(src):
    # Object.fromEntries read as a record: an ordered dict with string keys.
    from collections import OrderedDict
    r = OrderedDict()
    for e in src:
        k = e[0]
        r[k if type(k) is str else js_str(k)] = e[1]
    return r


def js_from_entries_obj(src):
    # Object.fromEntries read as an object with named properties.
    from tsmpy.obj import js_Obj
    r = js_Obj()
    for e in src:
        k = e[0]
        setattr(r, k if type(k) is str else js_str(k), e[1])
    return r


def js_sort_num(xs, desc=False):
    # xs.sort((a, b) => a - b) (or b - a) on numbers: Python's sort, unless NaN or a float zero
    # (whose -0/0 order a stable sort keeps) asks for the JS algorithm.
    for x in xs:
        if type(x) is not int and (type(x) is not float or x != x or x == 0):
            return js_sort(xs, _desc if desc else _asc)
    xs.sort(reverse=desc)
    return xs


def _asc(a, b):
    return a - b


def _desc(a, b):
    return b - a
