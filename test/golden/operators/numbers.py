from tsmpy.jsmath import js_floor
from tsmpy.num import js_div, js_mod, js_num_str, js_pow, js_toint32, js_touint32

def checksum(data):
    h = 0
    for i in range(0, len(data)):
        h = js_toint32(h * 31 + data[i])
        if i % 2 == 0:
            h ^= i & 255
    return js_touint32(h)

def stats(xs, scale):
    n = len(xs)
    sum_ = 0
    for i in range(0, n):
        sum_ += xs[i]
    mean = sum_ / n if n else js_div(sum_, n)
    mid = js_floor(n / 2)
    return [mean, sum_ / scale if scale else js_div(sum_, scale), mid % 2, js_mod(sum_, 7), 2 ** n, js_pow(-sum_, 0.5), str(n) + " items, mean " + js_num_str(mean)]

folded = [9007199254740992.0, -2147483648, 4294967295, 1, 0.30000000000000004]
