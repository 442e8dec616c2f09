from tsmpy.console import js_fmt
from tsmpy.num import js_div, js_num_str

class Shape:
    _jsn = "Shape"
    _jsk = ("name", "id")
    def __getattr__(self, k):
        if k[:2] == "__" or k[:3] == "_js":
            raise AttributeError(k)
        return None

    def __init__(self, name):
        self.id = None
        self.name = name
        Shape.created += 1
        self.id = Shape.created

    def describe(self):
        return self.name + "#" + js_num_str(self.id) + ": " + js_num_str(self.area())

    @classmethod
    def count(cls):
        return cls.created

Shape.created = 0

class Rect(Shape):
    _jsn = "Rect"
    _jsk = ("name", "id", "w", "h", "scale")
    def __init__(self, w, h):
        super().__init__("rect")
        self.scale = 1
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h * self.scale

    def _get_ratio(self):
        _t1 = self.w
        _t2 = self.h
        return _t1 / _t2 if _t2 else js_div(_t1, _t2)

    def _set_ratio(self, r):
        self.w = self.h * r
    ratio = property(_get_ratio, _set_ratio)

class Square(Rect):
    _jsn = "Square"
    def __init__(self, side):
        super().__init__(side, side)

    def describe(self):
        return "[" + Rect.describe(self) + "]"

shapes = [Rect(2, 3), Square(4)]
for s in shapes:
    print(js_fmt(s.describe()))
print(js_fmt(Shape.count()))
