# Run by the virtual device at every boot, before boot.py: makes the WebAssembly build of
# MicroPython look like a board. Everything happens inside one function so that the REPL's
# globals stay empty, as on a board.
def _tsmpy_board_setup():
    import sys, os, builtins, errno

    # The stand-ins for machine, network and _thread, imported from outside the flash.
    sys.path.insert(0, '/tsmpy-standins')
    try:
        import machine, network, _thread
    finally:
        sys.path.pop(0)

    # The flash becomes "/", as on a board (Emscripten's /dev, /proc and /tmp stay hidden).
    os.umount('/')
    os.mount(os.VfsPosix('/flash'), '/')
    os.chdir('/')

    # The WebAssembly build raises OSError with Emscripten's (WASI) errno numbers, while its own
    # errno module and every board use MicroPython's: wrap the file functions and translate.
    wasi = {1: 'E2BIG', 2: 'EACCES', 3: 'EADDRINUSE', 5: 'EAFNOSUPPORT', 6: 'EAGAIN',
            7: 'EALREADY', 8: 'EBADF', 10: 'EBUSY', 12: 'ECHILD', 13: 'ECONNABORTED',
            14: 'ECONNREFUSED', 15: 'ECONNRESET', 18: 'EDOM', 20: 'EEXIST', 21: 'EFAULT',
            22: 'EFBIG', 23: 'EHOSTUNREACH', 26: 'EINPROGRESS', 27: 'EINTR', 28: 'EINVAL',
            29: 'EIO', 30: 'EISCONN', 31: 'EISDIR', 33: 'EMFILE', 34: 'EMLINK',
            37: 'ENAMETOOLONG', 41: 'ENFILE', 42: 'ENOBUFS', 43: 'ENODEV', 44: 'ENOENT',
            45: 'ENOEXEC', 48: 'ENOMEM', 51: 'ENOSPC', 52: 'ENOSYS', 53: 'ENOTCONN',
            54: 'ENOTDIR', 55: 'ENOTEMPTY', 58: 'EOPNOTSUPP', 59: 'ENOTTY', 60: 'ENXIO',
            63: 'EPERM', 64: 'EPIPE', 68: 'ERANGE', 69: 'EROFS', 70: 'ESPIPE', 71: 'ESRCH',
            73: 'ETIMEDOUT', 75: 'EXDEV'}
    # Names MicroPython's errno module may lack, with the numbers boards use (Linux's).
    linux = {'ENAMETOOLONG': 36, 'ENOSYS': 38, 'ENOTEMPTY': 39}
    table = {}
    for n, name in wasi.items():
        table[n] = getattr(errno, name, linux.get(name, n))

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

    # asyncio.run: the WebAssembly build drives asyncio from JavaScript timers and has no
    # blocking runner; a board's asyncio.run blocks until the coroutine ends.
    import asyncio
    if not hasattr(asyncio, 'run'):
        import time
        from asyncio import core

        def run(main):
            box = [None, None, False]

            async def outer():
                try:
                    box[0] = await main
                except BaseException as e:
                    box[1] = e
                box[2] = True

            core.create_task(outer())
            try:
                while not box[2]:
                    core._run_iter()
                    if box[2]:
                        break
                    head = core._task_queue.peek()
                    if head is None:
                        # Nothing can wake up: a board would wait forever here.
                        while True:
                            time.sleep_ms(1000)
                    wait = core.ticks_diff(head.ph_key, core.ticks())
                    if wait > 0:
                        time.sleep_ms(wait)
            finally:
                if core.asyncio_timer is not None:
                    core.js.clearTimeout(core.asyncio_timer)
                    core.asyncio_timer = None
            if box[1] is not None:
                raise box[1]
            return box[0]

        asyncio.run = run

_tsmpy_board_setup()
del _tsmpy_board_setup
