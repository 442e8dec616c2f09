# TypeScript 5 standard decorators (the TC39 proposal) on MicroPython.
#
# A decorated method, accessor function or class is a Python decorator application on the `def`
# or `class` statement. A decorator that takes the context object is applied through js_deco
# (one `@js_deco(d, ...)` per JS decorator: Python applies them bottom to top, as JS does); the
# decorator expressions themselves were evaluated before the class, in JS order, so building the
# js_deco call has no side effects. Functions carry no attributes here: the context is an object
# of its own and the initializer lists are lists the compiled class holds by name.
#
# Calling convention (docs/design.md, Decorators): a function whose TS type declares `this` takes
# it as its first Python parameter, exactly like the plain function of a method in a class body,
# so a method, the replacement a decorator returns and an `addInitializer` callback are
# interchangeable.
from tsmpy.errors import TypeError, js_throw


class js_DecoCtx:
    # The context object: kind, name, static, private and addInitializer. `access` and `metadata`
    # are refused at compile time.
    def __init__(self, kind, name, static, private, inits):
        self.kind = kind
        self.name = name
        self.static = static
        self.private = private
        self._jsi = inits
        self._jsdone = False

    def addInitializer(self, f):
        if self._jsdone:
            raise js_throw(TypeError("Cannot add initializers after decoration has completed"))
        self._jsi.append(f)


def _call(d, v, c):
    r = d(v, c)
    c._jsdone = True
    return r


def js_deco(d, kind, name, static, private, inits):
    # A Python decorator applying the JS decorator d (which takes the context) to a method, getter,
    # setter or class: its result replaces the value unless it is undefined.
    def apply(v):
        r = _call(d, v, js_DecoCtx(kind, name, static, private, inits))
        return v if r is None else r
    return apply


def js_deco1(d):
    # The same for a decorator that declares no context parameter (it may return undefined).
    def apply(v):
        r = d(v)
        return v if r is None else r
    return apply


def js_bind(f, takes_this, t, args):
    # f.bind(t, ...args): a function taking `this` gets t first; others ignore it.
    if takes_this:
        return lambda *a: f(t, *(args + a))
    return lambda *a: f(*(args + a))


def js_jsk(base, own):
    # The instance keys of a class whose base is a run-time value (a class decorator's mixin).
    keys = getattr(base, "_jsk", ())
    return tuple(keys) + tuple(k for k in own if k not in keys)


def js_nothis(f):
    # A function whose type has no `this`, stored where callers pass `this` first.
    return lambda t, *a: f(*a)


class js_FieldDeco:
    # The decorators' work on one field: `inits` transform the initial value (top decorator first),
    # `extra` are the addInitializer callbacks that run right after the field is defined.
    def __init__(self):
        self.inits = []
        self.extra = []

    def apply(self, d, takes_this, name, static, private):
        # Called bottom decorator first; the result is an initializer transform or undefined.
        r = _call(d, None, js_DecoCtx("field", name, static, private, self.extra))
        if r is not None:
            self.inits.insert(0, r if takes_this else js_nothis(r))

    def value(self, target, v):
        for f in self.inits:
            v = f(target, v)
        return v

    def done(self, target):
        js_run_inits(target, self.extra)


def js_run_inits(target, inits):
    for f in inits:
        f(target)
