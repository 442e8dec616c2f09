def bump():
    global counter
    counter += 1

def greet(name):
    return "hello " + name

def _f1(n):
    return n * 2

default = _f1
counter = 0
