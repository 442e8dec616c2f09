# Run by the virtual device at every boot, before boot.py: makes the WebAssembly build of
# MicroPython look like a board. Everything happens inside one function so that the REPL's
# globals stay empty, as on a board.
def _tsmpy_board_setup():
    import sys, os, builtins

    # The stand-ins for machine, network and _thread, imported from outside the flash.
    sys.path.insert(0, '/tsmpy-standins')
    try:
        import tsmpy_asyncio_run, machine, network, _thread
    finally:
        sys.path.pop(0)

    # The flash becomes "/", as on a board (Emscripten's /dev, /proc and /tmp stay hidden).
    os.umount('/')
    os.mount(os.VfsPosix('/flash'), '/')
    os.chdir('/')

    # The WebAssembly build raises OSError with Emscripten's (WASI) errno numbers, while its own
    # errno module and every board use MicroPython's: wrap the file functions and translate.
    # WASI number -> the number MicroPython's errno module and boards use (Linux's), by name:
    # E2BIG EACCES EADDRINUSE EAFNOSUPPORT EAGAIN EALREADY EBADF EBUSY ECHILD ECONNABORTED
    # ECONNREFUSED ECONNRESET EDOM EEXIST EFAULT EFBIG EHOSTUNREACH EINPROGRESS EINTR EINVAL
    # EIO EISCONN EISDIR EMFILE EMLINK ENAMETOOLONG ENFILE ENOBUFS ENODEV ENOENT ENOEXEC
    # ENOMEM ENOSPC ENOSYS ENOTCONN ENOTDIR ENOTEMPTY EOPNOTSUPP ENOTTY ENXIO EPERM EPIPE
    # ERANGE EROFS ESPIPE ESRCH ETIMEDOUT EXDEV
    table = {1: 7, 2: 13, 3: 98, 5: 97, 6: 11, 7: 114, 8: 9, 10: 16, 12: 10, 13: 103,
             14: 111, 15: 104, 18: 33, 20: 17, 21: 14, 22: 27, 23: 113, 26: 115, 27: 4, 28: 22,
             29: 5, 30: 106, 31: 21, 33: 24, 34: 31, 37: 36, 41: 23, 42: 105, 43: 19, 44: 2, 45: 8,
             48: 12, 51: 28, 52: 38, 53: 107, 54: 20, 55: 39, 58: 95, 59: 25, 60: 6, 63: 1, 64: 32,
             68: 34, 69: 30, 70: 29, 71: 3, 73: 110, 75: 18}

    def translating(f):
        def call(*args):
            try:
                return f(*args)
            except OSError as e:
                n = e.args[0] if e.args else None
                if n in table:
                    raise OSError(table[n])
                raise
        return call

    for name in ('chdir', 'getcwd', 'ilistdir', 'listdir', 'mkdir', 'remove', 'rename', 'rmdir',
                 'stat', 'statvfs', 'unlink'):
        if hasattr(os, name):
            setattr(os, name, translating(getattr(os, name)))
    builtins.open = translating(builtins.open)

    # A board's ilistdir gives (name, type, inode, size); the WebAssembly build leaves out the
    # size, which mpremote's `fs ls` shows.
    entries = os.ilistdir
    stat = os.stat

    def ilistdir(*args):
        base = args[0] if args else os.getcwd()
        base = base if base.endswith('/') else base + '/'
        listed = []
        for e in entries(*args):
            size = 0 if e[1] & 0x4000 else stat(base + e[0])[6]
            listed.append((e[0], e[1], e[2], size))
        return iter(listed)

    os.ilistdir = ilistdir

    # asyncio.run: the WebAssembly build drives asyncio from JavaScript timers and has no
    # blocking runner. The engine's runner (compiler/src/engine/py/asyncio_run.py) detaches the
    # loop from those timers, so tasks run inside asyncio.run only, as on a board; and, as on a
    # board, an exception that ends a task nobody awaits is printed, not raised.
    import tsmpy_asyncio_run
    tsmpy_asyncio_run.install()
    from asyncio import core
    core.Loop.set_exception_handler(None)


_tsmpy_board_setup()
del _tsmpy_board_setup
