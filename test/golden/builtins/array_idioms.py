from tsmpy.array import js_push, js_reduce
from tsmpy.console import js_fmt
xs = [3, 1, 2]
xs.append(4)
n = js_push(xs, 5, 6)
doubled = [x * 2 for x in xs]
evens = [x for x in xs if x % 2 == 0]
indexed = [x + i for i, x in enumerate(xs)]
names = ["b", "a"]
names.sort()
csv = ",".join(names)
total = js_reduce(xs, lambda a, b, *_: a + b, 2, 0)
head = xs[0:2]
tail = xs[-2:]
count = len(xs)
xs.reverse()
_f1 = lambda x, *_: print(js_fmt(x))
for _i2 in range(len(xs)):
    if _i2 >= len(xs):
        break
    _f1(xs[_i2])
hasA = "a" in names
grid = [0] * 3
print(js_fmt(n), js_fmt(doubled), js_fmt(evens), js_fmt(indexed), js_fmt(csv), js_fmt(total), js_fmt(head), js_fmt(tail), js_fmt(count), js_fmt(hasA), js_fmt(grid))
