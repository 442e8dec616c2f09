from tsmpy.array import js_includes, js_index_of, js_slice
from tsmpy.errors import Error, js_throw

def startOrder(roots):
    order = []
    done = []
    path = []
    def _f1(n):
        if js_includes(done, n):
            return
        at = js_index_of(path, n)
        if at >= 0:
            raise js_throw(DependencyCycleError([x.name for x in list(js_slice(path, at)) + [n]]))
        path.append(n)
        for d in n.dependencies:
            visit(d)
        if path:
            path.pop()
        done.append(n)
        order.append(n)
    visit = _f1
    for r in roots:
        visit(r)
    return order

class DependencyCycleError(Error):
    _jsn = "DependencyCycleError"
    _jsk = ("cycle",)
    cycle = None
    def __init__(self, cycle):
        super().__init__("dependency cycle: " + " -> ".join(cycle))
        self.cycle = cycle
        self.name = "DependencyCycleError"
