# Promise.all, race, any, allSettled and the steps of `for await`, with Node's job counts: each
# element goes through Promise.resolve(x).then(...) (one reaction job per element).
from tsmpy.promise import Promise, js_promise_resolve
from tsmpy.errors import js_throw, js_caught


def js_for_await(v):
    # one step of `for await` over an array: PromiseResolve(v).then(unwrap), then awaited (two jobs)
    q = Promise()
    js_promise_resolve(v)._react(lambda p: q._settle(p._s, p._v))
    q._done = True
    return q


def _gather(items, settled):
    # Promise.all (settled False: the first rejection rejects) and Promise.allSettled (settled
    # True: every outcome is stored as a result object); values in input order. Each element goes
    # through Promise.resolve(x).then(...): one reaction per element, run in a reaction job as
    # then()'s handler would be.
    out = Promise()
    ps = [js_promise_resolve(x) for x in items]
    n = len(ps)
    vals = [None] * n
    left = [n]
    if n == 0:
        out._resolve(vals)
        return out
    for i in range(n):
        def mk(i):
            def f(p):
                if settled:
                    vals[i] = _settled(True, p._v) if p._s == 1 else _settled(False, js_caught(p._v))
                elif p._s == 2:
                    out._reject(p._v)
                    return
                else:
                    vals[i] = p._v
                left[0] -= 1
                if left[0] == 0:
                    out._resolve(vals)
            return f
        ps[i]._react(mk(i))
    return out


def js_promise_all(items):
    return _gather(items, False)


def js_promise_race(items):
    # each element through Promise.resolve(x).then(resolve, reject): the first to settle wins
    out = Promise()

    def f(p):
        if p._s == 2:
            out._reject(p._v)
        else:
            out._resolve(p._v)

    for x in items:
        js_promise_resolve(x)._react(f)
    return out


def js_promise_any(items):
    out = Promise()
    ps = [js_promise_resolve(x) for x in items]
    n = len(ps)
    errs = [None] * n
    left = [n]

    def fail():
        from tsmpy.errors import AggregateError
        out._reject(js_throw(AggregateError(errs, "All promises were rejected")))

    if n == 0:
        fail()
        return out
    for i in range(n):
        def mk(i):
            def f(p):
                if p._s == 1:
                    out._resolve(p._v)
                    return
                errs[i] = js_caught(p._v)
                left[0] -= 1
                if left[0] == 0:
                    fail()
            return f
        ps[i]._react(mk(i))
    return out


_settled_shapes = []


def _settled(ok, v):
    # Promise.allSettled's result objects, printed and enumerated as Node's
    if not _settled_shapes:
        from tsmpy.obj import js_Obj, js_oset

        # named Object: console prints them as plain objects (console._is_plain)
        class Object(js_Obj):
            _jsk = ("status", "value")

            def __init__(self, v):
                js_oset(self, "status", "fulfilled")
                js_oset(self, "value", v)

        _settled_shapes.append(Object)

        class Object(js_Obj):
            _jsk = ("status", "reason")

            def __init__(self, v):
                js_oset(self, "status", "rejected")
                js_oset(self, "reason", v)

        _settled_shapes.append(Object)
    return _settled_shapes[0 if ok else 1](v)


def js_promise_all_settled(items):
    return _gather(items, True)
