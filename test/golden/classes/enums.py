from tsmpy.console import js_fmt
from tsmpy.num import js_bor
from tsmpy.obj import js_Obj, js_getprop

class _o1(js_Obj):
    _jsk = ("Red", "0", "Green", "5", "Blue", "6")

Color = _o1()
Color.Red = 0
setattr(Color, "0", "Red")
Color.Green = 5
setattr(Color, "5", "Green")
Color.Blue = 6
setattr(Color, "6", "Blue")

class _o2(js_Obj):
    _jsk = ("Up", "Down")

Dir = _o2()
Dir.Up = "UP"
Dir.Down = "DOWN"

class _o3(js_Obj):
    _jsk = ("A", "1", "B", "2")

Flag = _o3()
Flag.A = 1
setattr(Flag, "1", "A")
Flag.B = 2
setattr(Flag, "2", "B")
print(js_fmt(Color.Blue), js_fmt(js_getprop(Color, Color.Green)), js_fmt(Dir.Up), js_fmt(js_bor(1, 2)))
