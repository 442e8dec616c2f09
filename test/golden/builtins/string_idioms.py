from tsmpy.console import js_fmt
from tsmpy.string import js_pad_start, js_upper, js_ws
s = "  Hello, World  "
t = s.strip(js_ws)
parts = t.split(", ")
upper = js_upper(t)
first = t.find("o")
has = "World" in t
starts = t.startswith("He")
swapped = t.replace("World", "There", 1)
all_ = "a-b-c".replace("-", "+")
padded = js_pad_start("7", 3, "0")
chars = list(t)
rest = t[7:]
line = "=" * 10
print(js_fmt(parts), js_fmt(upper), js_fmt(first), js_fmt(has), js_fmt(starts), js_fmt(swapped), js_fmt(all_), js_fmt(padded), js_fmt(len(chars)), js_fmt(rest), js_fmt(line), js_fmt(len(t)))
