def makers():
    fs = []
    for i in range(0, 3):
        fs.append((lambda i: lambda: i)(i))
    for x in [10, 20]:
        y = x + 1
        _t3 = fs
        def _m2(x, y):
            def _f1():
                return x + y
            return _f1
        _t3.append(_m2(x, y))
    return fs

def withDefaults(a, b=None, *rest):
    if b is None:
        b = a * 2
    rest = list(rest)
    return a + b + len(rest)
