from tsmpy.console import js_fmt, js_logf
from tsmpy.decorators import js_FieldDeco, js_bind, js_deco, js_run_inits
from tsmpy.jsmath import js_max
from tsmpy.string import js_ws
from tsmpy.value import js_str

def task(fn, *_):
    def _f1(self, tick):
        if self.running:
            fn(self, tick)
    return _f1

def logged(prefix):
    def _f2(fn, ctx):
        name = js_str(ctx.name)
        def _f3(self, *args):
            args = list(args)
            r = fn(self, *args)
            print(js_logf(prefix, name, args, "->", r))
            return r
        return _f3
    return _f2

def bound(fn, ctx, *_):
    _t5 = ctx
    def _f4(self):
        self.onStop = js_bind(fn, True, self, ())
    _t5.addInitializer(_f4)

def atLeast(min_):
    def _f6(fn, _ctx):
        def _f7(self, v):
            fn(self, js_max(min_, v))
        return _f7
    return _f6

def trimmed(_v, _ctx, *_):
    return lambda v: v.strip(js_ws)

def register(_cls, ctx, *_):
    registry.append(js_str(ctx.name))

registry = []
_d8 = logged("[calc]")
_d9 = atLeast(10)
_d10 = logged("[static]")
_f11 = js_FieldDeco()
_i12 = []
_i13 = []
_i14 = []

@js_deco(register, "class", "Service", False, False, _i14)
class Service:
    _jsn = "Service"
    _jsk = ("name", "running", "onStop")
    def __getattr__(self, k):
        if k[:2] == "__" or k[:3] == "_js":
            raise AttributeError(k)
        return None

    def __init__(self):
        js_run_inits(self, _i12)
        self.name = _f11.value(self, "  blink  ")
        _f11.done(self)
        self.running = True
        self.onStop = lambda: ""
        self._p_period = 100

    @classmethod
    @js_deco(_d10, "method", "count", True, False, _i13)
    def count(cls, n):
        return n + 1

    @task
    def step(self, tick):
        print(js_logf(self.name, "tick", tick, "every", self.period))

    @js_deco(_d8, "method", "scale", False, False, _i12)
    def scale(self, a, b):
        return a * b

    @js_deco(bound, "method", "stop", False, False, _i12)
    def stop(self):
        self.running = False
        return self.name + " stopped"

    def _get_period(self):
        return self._p_period

    @js_deco(_d9, "setter", "period", False, False, _i12)
    def _set_period(self, v):
        self._p_period = v
    period = property(_get_period, _set_period)
    _f11.apply(trimmed, False, "name", False, False)

js_run_inits(Service, _i13)
js_run_inits(Service, _i14)
s = Service()
s.period = 1
s.step(1)
s.scale(6, 7)
stop = s.onStop
print(js_fmt(stop()))
s.step(2)
print(js_fmt(Service.count(1)), js_fmt(registry))
