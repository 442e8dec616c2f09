from tsmpy.array import js_index_of, js_map, js_sort
from tsmpy.value import js_null

def task(method):
    marked.append(method)
    return method

def taskMethodsOf(cls_):
    if len(marked) == 0:
        return []
    found = []
    for name in builtins.dir(None if cls_ is js_null else cls_):
        if name.startswith("__"):
            continue
        i = js_index_of(marked, builtins.getattr(None if cls_ is js_null else cls_, name, None))
        if i >= 0:
            found.append([i, name])
    js_sort(found, lambda a, b: a[0] - b[0])
    _t3 = found
    def _f2(_r1, *_):
        name = _r1[1]
        return name
    return js_map(_t3, _f2, 1)

import builtins
marked = []
