# Counting loops: `for (let i = a; i < n; i += s)` as a Python for loop over range() when n is a
# small int, and over a generator that makes exactly JavaScript's comparisons otherwise (floats,
# NaN, Infinity, huge values).

_BIG = 0x3FFFFFFF


def js_upto(a, n, s):
    # i = a; i < n; i += s  (s > 0)
    if type(n) is int and -_BIG <= n <= _BIG:
        return range(a, n, s)
    return _lt(a, n, s)


def js_upto_incl(a, n, s):
    # i = a; i <= n; i += s  (s > 0)
    if type(n) is int and -_BIG <= n <= _BIG:
        return range(a, n + 1, s)
    return _le(a, n, s)


def js_downto(a, n, s):
    # i = a; i > n; i += s  (s < 0)
    if type(n) is int and -_BIG <= n <= _BIG:
        return range(a, n, s)
    return _gt(a, n, s)


def js_downto_incl(a, n, s):
    # i = a; i >= n; i += s  (s < 0)
    if type(n) is int and -_BIG <= n <= _BIG:
        return range(a, n - 1, s)
    return _ge(a, n, s)


def _lt(i, n, s):
    while i < n:
        yield i
        i += s


def _le(i, n, s):
    while i <= n:
        yield i
        i += s


def _gt(i, n, s):
    while i > n:
        yield i
        i += s


def _ge(i, n, s):
    while i >= n:
        yield i
        i += s
