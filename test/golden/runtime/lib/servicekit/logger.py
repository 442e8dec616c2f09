import collections
from tsmpy.dyn import js_invoke
RANK = collections.OrderedDict([("debug", 10), ("info", 20), ("warning", 30), ("error", 40), ("off", 100)])

class Logger:
    _jsn = "Logger"
    _jsk = ("level", "prefix")
    def __getattr__(self, k):
        if k[:2] == "__" or k[:3] == "_js":
            raise AttributeError(k)
        return None

    def __init__(self, name, level=None):
        self.level = None
        self.prefix = None
        if level is None:
            level = "info"
        self.prefix = "[" + name + ".service]"
        self.level = level

    def enabled(self, level):
        return RANK.get(level) >= RANK.get(self.level)

    def log(self, level, message):
        if RANK.get(level) >= RANK.get(self.level):
            print(self.prefix + " " + js_invoke(level, "toUpperCase", -1) + ": " + message)

    def debug(self, message):
        self.log("debug", message)

    def info(self, message):
        self.log("info", message)

    def warning(self, message):
        self.log("warning", message)

    def error(self, message):
        self.log("error", message)
