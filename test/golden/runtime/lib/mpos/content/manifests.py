import collections
from tsmpy.array import js_slice, js_sort
from tsmpy.errors import js_caught
from tsmpy.obj import js_Obj, js_oset
from tsmpy.value import js_null, js_typeof

class _o6(js_Obj):
    _jsk = ("fullname", "root", "entrypoint", "classname", "actions")
    def __init__(self, v0, v1, v2, v3, v4):
        js_oset(self, "fullname", v0)
        js_oset(self, "root", v1)
        js_oset(self, "entrypoint", v2)
        js_oset(self, "classname", v3)
        js_oset(self, "actions", v4)

def exists(path):
    try:
        os_.stat(path)
        return True
    except Exception as _e1:
        e = js_caught(_e1)
        return False

def listdir(dir_):
    try:
        return js_sort(os_.listdir(dir_))
    except Exception as _e2:
        e = js_caught(_e2)
        return []

def readJson(path):
    f = open_(path)
    try:
        return json_.loads(f.read())
    finally:
        f.close()

def asRecord(v):
    return v if (js_typeof(v) == "object" and v is not js_null) and not isinstance(v, list) else None

def asString(v):
    return v if type(v) is str and v != "" else None

def appFolders():
    byName = collections.OrderedDict()
    order = []
    for base in APP_DIRS:
        for name in listdir(base):
            if not name in byName:
                order.append(name)
            byName[name] = base + "/" + name
    return [byName.get(name) for name in order]

def servicesOf(root):
    manifest = None
    for rel in MANIFEST_PATHS:
        if not exists(root + "/" + rel):
            continue
        try:
            manifest = asRecord(readJson(root + "/" + rel))
        except Exception as _e3:
            e = js_caught(_e3)
            print("WARNING:mpos.content.app_manager:skipping " + root + ": invalid " + rel)
        break
    if manifest is None:
        return []
    fullname = _t4 if (_t4 := asString(manifest.get("fullname"))) is not None else js_slice(root, root.rfind("/") + 1)
    services = manifest.get("services")
    out = []
    if not isinstance(services, list):
        return out
    for raw in services:
        svc = asRecord(raw)
        if svc is None:
            continue
        actions = []
        filters = svc.get("intent_filters")
        if isinstance(filters, list):
            for f in filters:
                action = asString(None if (_t5 := asRecord(f)) is None or _t5 is js_null else _t5.get("action"))
                if action is not None:
                    actions.append(action)
        entrypoint = asString(svc.get("entrypoint"))
        classname = asString(svc.get("classname"))
        if entrypoint is None or classname is None:
            continue
        out.append(_o6(fullname, root, entrypoint, classname, actions))
    return out

import json as json_
import os as os_
from builtins import open as open_
APP_DIRS = ["builtin/apps", "apps"]
MANIFEST_PATHS = ["MANIFEST.JSON", "META-INF/MANIFEST.JSON"]
