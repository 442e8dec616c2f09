from tsmpy.aio import js_coro
from tsmpy.array import js_includes, js_index_of, js_reverse, js_splice
from tsmpy.promise import js_async, js_run

def register(*services):
    services = list(services)
    for s in services:
        if not js_includes(registered, s):
            registered.append(s)
    return services[0] if 0 < len(services) else None

def unregister(svc):
    i = js_index_of(registered, svc)
    if i >= 0:
        js_splice(registered, i, 1)

def services():
    return registered[:]

def service(name):
    return lookup(name)

@js_async
async def start_all():
    order = startOrder([s for s in registered if s.enabled])
    for s in order:
        if s.kind == "core":
            await s.start()
    for s in order:
        if s.kind != "core":
            await s.start()
    return len([s for s in order if s.state == "running"])

@js_async
async def stop_all():
    order = startOrder(registered)
    for s in js_reverse(order):
        await s.stop()

def status():
    return [s.status() for s in registered]

def report():
    return "\n".join([s.report() for s in registered])

def boot():
    TaskManager.create_task(js_coro(start_all()))

from mpos import Service, TaskManager
from servicekit.graph import startOrder
from servicekit.registry import service as lookup
from servicekit.service import ManagedService
registered = []

class BootService(Service):
    _jsn = "BootService"
    def __init__(self):
        super().__init__()

    def onStart(self, intent=None):
        boot()

if __name__ == "__main__":
    js_run()
