# Plain JavaScript objects: attribute access like class instances, JS key order for enumeration.
from collections import OrderedDict


class js_Obj:
    # Base of the classes compiled object literals create. Subclasses set _jsk, the tuple of
    # keys in creation order; keys added later follow in attribute-dict order.
    _jsk = ()


def _is_index(k):
    # JS orders integer-like keys ("0", "1", ...) first, ascending.
    return k.isdigit() and (k == "0" or k[0] != "0") and len(k) < 10


def js_keys(o):
    # Object.keys(o) / for-in order.
    if isinstance(o, dict):
        keys = [k if type(k) is str else _key_str(k) for k in o]
    else:
        d = o.__dict__
        keys = [k for k in getattr(type(o), "_jsk", ()) if k in d]
        seen = set(keys)
        keys += [k for k in d if k not in seen and not k.startswith("_js")]
    idx = [k for k in keys if _is_index(k)]
    if not idx:
        return keys
    idx.sort(key=int)
    return idx + [k for k in keys if not _is_index(k)]


def _key_str(k):
    from tsmpy.value import js_str
    return js_str(k)
