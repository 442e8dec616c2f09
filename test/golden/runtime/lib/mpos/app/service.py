class Service:
    _jsn = "Service"
    _jsk = ("appFullName",)
    def __getattr__(self, k):
        if k[:2] == "__" or k[:3] == "_js":
            raise AttributeError(k)
        return None

    def __init__(self):
        self.appFullName = None

    def onCreate(self):
        pass

    def onStart(self, intent=None):
        pass

    def onDestroy(self):
        pass
