import collections
from tsmpy.obj import js_delprop, js_keys

def provide(name, svc):
    providers[name] = svc

def unprovide(name, svc):
    if providers.get(name) is svc:
        js_delprop(providers, name)

def service(name):
    svc = providers.get(name)
    return svc if svc is not None and svc.state == "running" else None

def provider_names():
    return js_keys(providers)

providers = collections.OrderedDict()
