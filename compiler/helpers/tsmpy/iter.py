# JavaScript generators on Python generators: the { value, done } protocol of explicit next() /
# return() / throw() calls, and destructuring that takes only what it binds. for-of, spread and
# Array.from iterate the Python generator directly (compiled code closes it after a for-of).
from tsmpy.obj import js_Obj, js_oset
from tsmpy.errors import js_throw


# Named Object: console.log prints it as a plain object ({ value: 1, done: false }).
class Object(js_Obj):
    _jsk = ("value", "done")

    def __init__(self, value, done):
        js_oset(self, "value", value)
        js_oset(self, "done", done)


def _stop(e):
    # StopIteration.value is the generator's return value (undefined when it returned nothing).
    a = e.args
    return Object(a[0] if a else None, True)


def js_gen_next(g, v=None):
    # A finished generator keeps answering { value: undefined, done: true }, as in JS. JS drops
    # the argument of the first next(); Python refuses a value sent to a just-started generator.
    try:
        if v is None:
            return Object(next(g), False)
        try:
            x = g.send(v)
        except TypeError as e:
            if "just-started" not in str(e):
                raise
            x = next(g)
        return Object(x, False)
    except StopIteration as e:
        return _stop(e)


def js_gen_return(g, v=None):
    # JS runs the generator's finally blocks and then completes with v (a finally that yields
    # again is refused by MicroPython's close() with RuntimeError).
    g.close()
    return Object(v, True)


def js_gen_throw(g, e):
    try:
        return Object(g.throw(js_throw(e)), False)
    except StopIteration as s:
        return _stop(s)


def js_take(g, n):
    # const [a, b] = gen(): the first n values (undefined past the end), then the generator is
    # closed, as JS's destructuring calls return() on an iterator it did not exhaust.
    out = []
    try:
        for x in g:
            out.append(x)
            if len(out) == n:
                break
    finally:
        c = getattr(g, "close", None)
        if c is not None:
            c()
    while len(out) < n:
        out.append(None)
    return out


# ---- The iteration protocol: classes and object literals with [Symbol.iterator]() ----
# The method is compiled as `_js_iterator`; the class gets `__iter__ = js_iter_self`, so every
# Python iteration (for, list(), *spread, js_Map/js_Set constructors) runs the JS protocol.


def _g():
    yield


_Gen = type(_g())


def _drive(it):
    # A JS iterator object ({ next() { ... } }) as a Python generator. Closing the generator
    # before the iterator said done (a for-of left early) calls its return(), as JS does.
    while True:
        r = it.next()
        if r.done:
            # The value of a yield* over this iterator.
            return r.value
        try:
            yield r.value
        except GeneratorExit:
            ret = getattr(it, "return", None)
            if ret is not None:
                ret()
            raise


def js_iter_of(r):
    # What [Symbol.iterator]() returned: a generator is iterated as it is, other iterator objects
    # through their next().
    if type(r) is _Gen:
        return r
    return _drive(r)


def js_iter_self(self):
    return js_iter_of(self._js_iterator())


def js_iter(x):
    # A for-of over a value typed only as iterable: a Python iterator over it (generators as they
    # are, so that the loop can close them).
    if type(x) is _Gen:
        return x
    return iter(x)


def js_close(g):
    # After a for-of: closing runs the iterator's return() (or the generator's finally blocks)
    # when the loop was left early; a finished one ignores it.
    if type(g) is _Gen:
        g.close()


def js_abort(g):
    # A for-of left by an exception: return() runs, but what it throws is dropped (JS keeps the
    # loop's exception).
    if type(g) is _Gen:
        try:
            g.close()
        except Exception:
            pass


def js_it_next(it, *v):
    # it.next(v) on a value typed as an Iterator: a generator answers through js_gen_next.
    if type(it) is _Gen:
        return js_gen_next(it, *v)
    return it.next(*v)
