import collections

class Intent:
    _jsn = "Intent"
    _jsk = ("activity_class", "action", "data", "extras", "flags", "app_fullname")
    def __getattr__(self, k):
        if k[:2] == "__" or k[:3] == "_js":
            raise AttributeError(k)
        return None

    def __init__(self, activity_class=None, action=None, data=None, extras=None, app_fullname=None):
        self.activity_class = None
        self.action = None
        self.data = None
        self.extras = None
        self.flags = collections.OrderedDict()
        self.app_fullname = None
        self.activity_class = activity_class
        self.action = action
        self.data = data
        self.extras = extras if extras is not None else collections.OrderedDict()
        self.app_fullname = app_fullname

    def addFlag(self, flag, value=None):
        if value is None:
            value = True
        _t1 = self.flags
        _t1[flag] = value
        return self

    def putExtra(self, key, value):
        _t2 = self.extras
        _t2[key] = value
        return self
