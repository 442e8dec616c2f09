import collections
from tsmpy.array import js_every, js_index_of, js_slice, js_splice
from tsmpy.errors import js_caught
from tsmpy.value import js_str

def isIdentifier(s, *_):
    if s == "" or js_str(s[0] if 0 < len(s) else None) in "0123456789":
        return False
    for c in s:
        if not (((c == "_" or c >= "a" and c <= "z") or c >= "A" and c <= "Z") or c >= "0" and c <= "9"):
            return False
    return True

def dropExtension(s):
    if s.endswith(".py"):
        return s[0:-3]
    if s.endswith(".mpy"):
        return s[0:-4]
    return s

def hasInit(dir_):
    return exists(dir_ + "/__init__.py") or exists(dir_ + "/__init__.mpy")

def packageImport(spec):
    if not hasInit(spec.root):
        return None
    parts = spec.entrypoint.split("/")
    i = 1
    while i < len(parts):
        if not hasInit(spec.root + "/" + "/".join(js_slice(parts, 0, i))):
            return None
        i += 1
    if not js_every(spec.fullname.split("."), isIdentifier, 1):
        return None
    slash = spec.root.rfind("/")
    return ["" if slash < 0 else js_slice(spec.root, 0, slash), spec.fullname + "." + dropExtension(".".join(parts))]

def importServiceClass(spec):
    pkg = packageImport(spec)
    dir_ = None
    moduleName = None
    if pkg is not None:
        dir_ = pkg[0]
        moduleName = pkg[1]
    else:
        slash = spec.entrypoint.rfind("/")
        dir_ = spec.root if slash < 0 else spec.root + "/" + js_slice(spec.entrypoint, 0, slash)
        moduleName = dropExtension(js_slice(spec.entrypoint, slash + 1))
    added = dir_ != "" and not dir_ in sys_.path
    if added:
        sys_.path.insert(0, dir_)
    try:
        module = __import___(moduleName, None, None, [spec.classname]) if pkg is not None else __import___(moduleName)
        return getattr_(module, spec.classname, None)
    finally:
        if added:
            js_splice(sys_.path, js_index_of(sys_.path, dir_), 1)

def nameOf(cls_):
    return getattr_(cls_, "__name__", "?")

import sys as sys_
from builtins import __import__ as __import___, getattr as getattr_
from mpos.app.service import Service
from mpos.content.intent import Intent
from mpos.content.manifests import appFolders, exists, servicesOf

class AppManager:
    _jsn = "AppManager"
    _jsk = ()
    def __getattr__(self, k):
        if k[:2] == "__" or k[:3] == "_js":
            raise AttributeError(k)
        return None

    def __init__(self):
        pass

    @staticmethod
    def register_service(action, service_cls, fullname=None):
        entries = AppManager._service_registry.get(action)
        if entries is None:
            entries = []
            _t1 = AppManager._service_registry
            _t1[action] = entries
        for _t2 in entries:
            f = _t2[0]
            c = _t2[1]
            if f == fullname and c is service_cls:
                return
        entries.append([fullname, service_cls])

    @staticmethod
    def get_services_for_action(action):
        results = []
        for root in appFolders():
            for spec in servicesOf(root):
                if not action in spec.actions:
                    continue
                try:
                    cls_ = importServiceClass(spec)
                    if cls_ is not None:
                        results.append([spec.fullname, cls_])
                except Exception as _e3:
                    e = js_caught(_e3)
                    print("ERROR:mpos.content.app_manager:failed to import service " + spec.classname + " from " + spec.fullname + ": " + js_str(e))
        for entry in _t4 if (_t4 := AppManager._service_registry.get(action)) is not None else []:
            results.append(entry)
        return results

    @staticmethod
    def start_boot_services():
        services = AppManager.get_services_for_action("boot_completed")
        if len(services) == 0:
            return
        bootIntent = Intent(None, "boot_completed")
        for _t5 in services:
            fullname = _t5[0]
            cls_ = _t5[1]
            try:
                instance = cls_()
                instance.appFullName = fullname
                instance.onCreate()
                instance.onStart(bootIntent)
            except Exception as _e6:
                e = js_caught(_e6)
                print("ERROR:mpos.content.app_manager:failed to start " + nameOf(cls_) + " from " + (fullname if fullname is not None else "None") + ": " + js_str(e))

AppManager._service_registry = collections.OrderedDict()
