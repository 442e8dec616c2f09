def name(n):
    if n == 0:
        return "zero"
    elif n == 1 or n == 2:
        return "small"
    elif n == 3:
        return "three"
    else:
        return "big"

def falls(n):
    s = ""
    if n == 1:
        _t1 = 0
    elif n == 2:
        _t1 = 1
    else:
        _t1 = 2
    while True:
        if _t1 <= 0:
            s += "1"
        if _t1 <= 1:
            s += "2"
            break
        if _t1 <= 2:
            s += "d"
        break
    return s
