from tsmpy.errors import RangeError, js_caught, js_throw

def parse(s):
    if s == "":
        raise js_throw(RangeError("empty"))
    return len(s)

def safe(s):
    try:
        return parse(s)
    except Exception as _e1:
        e = js_caught(_e1)
        if isinstance(e, RangeError):
            return -1
        raise js_throw(e)
    finally:
        print("done")

def ignore(f):
    try:
        f()
    except Exception:
        pass
