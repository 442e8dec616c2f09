from tsmpy.loops import js_upto
from tsmpy.obj import js_keys

def sums(xs):
    total = 0
    for i in range(0, len(xs)):
        total += xs[i]
    for i in range(10, -1, -2):
        total += i
    i = 0
    while i < len(xs):
        if xs[i] < 0:
            i += 1
            continue
        xs.append(0)
        if len(xs) > 10:
            break
        i += 1
    return total

def labelled(grid):
    found = -1
    for row in grid:
        _c1 = False
        _c2 = False
        for cell in row:
            if cell < 0:
                _c1 = True
                break
            if cell == 0:
                found = 0
                _c2 = True
                break
        if _c1:
            continue
        if _c2:
            break
    return found

def doWhile(n):
    k = 0
    while True:
        k += 1
        if k % 2 == 0:
            if not n > 0:
                break
            continue
        n -= 1
        if not n > 0:
            break
    return k

def keys(o):
    s = ""
    for k in js_keys(o):
        s += k
    return s

def countTo(n):
    s = 0
    for i in js_upto(0, n, 1):
        s += i
    return s
