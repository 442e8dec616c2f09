# JavaScript errors on MicroPython.
#
# MicroPython exception instances cannot hold attributes, so JS Error objects are plain objects of
# the class Error below, and any JS value is thrown by raising Uncaught(value): `throw v` compiles
# to `raise js_throw(v)` and `catch (e)` binds `e = js_caught(exc)`. An uncaught JS error ends the
# program with a last traceback line such as `Uncaught: Error: boom`.


class Error:
    name = "Error"
    # `message` is an own property in JS but not enumerable: it is kept in _jsm, which key
    # enumeration (Object.keys, JSON.stringify, for-in) skips like every _js* attribute.
    _jsm = ""

    def __init__(self, message=None):
        if message is not None:
            if type(message) is not str:
                from tsmpy.value import js_str
                message = js_str(message)
            self._jsm = message

    def _get_message(self):
        return self._jsm

    def _set_message(self, v):
        self._jsm = v

    message = property(_get_message, _set_message)

    def toString(self):
        # Error.prototype.toString
        name = self.name
        msg = self.message
        name = "Error" if name is None else _s(name)
        msg = "" if msg is None else _s(msg)
        if name == "":
            return msg
        if msg == "":
            return name
        return name + ": " + msg

    def __str__(self):
        return self.toString()

    def __repr__(self):
        return self.toString()


def _s(x):
    if type(x) is str:
        return x
    from tsmpy.value import js_str
    return js_str(x)


class TypeError(Error):
    name = "TypeError"


class RangeError(Error):
    name = "RangeError"


class SyntaxError(Error):
    name = "SyntaxError"


class ReferenceError(Error):
    name = "ReferenceError"


class AggregateError(Error):
    # Promise.any's rejection; new AggregateError(errors, message)
    name = "AggregateError"

    def __init__(self, errors=None, message=None):
        Error.__init__(self, message)
        self.errors = list(errors) if errors is not None else []


class Uncaught(Exception):
    # The Python exception that carries a thrown JS value in args[0].
    pass


def js_throw(v):
    return Uncaught(v)


def js_caught(e):
    # The JS value a `catch` clause binds for the Python exception e.
    if isinstance(e, Uncaught):
        return e.args[0]
    mod = getattr(type(e), "__module__", None)
    if mod and mod.startswith("asyncio"):
        # asyncio.TimeoutError (and any other asyncio exception): the stub's class, for instanceof
        return e
    msg = str(e.args[0]) if e.args else ""
    if isinstance(e, RuntimeError) and "recursion" in msg:
        return RangeError("Maximum call stack size exceeded")
    if isinstance(e, MemoryError):
        return RangeError("Out of memory")
    if isinstance(e, OverflowError):
        return RangeError(msg)
    if isinstance(e, (ZeroDivisionError, ValueError)):
        return RangeError(msg)
    # TypeError, AttributeError, IndexError, KeyError, NameError and the rest
    return TypeError(msg)
