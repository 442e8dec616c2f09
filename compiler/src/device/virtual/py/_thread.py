# Stand-in for `_thread` on the virtual device, which has one thread: a started "thread" runs as
# an asyncio task, so it makes progress whenever the program awaits (asyncio.run, asyncio.sleep).
# A thread that never awaits and never returns blocks the board. See docs/device.md.
import asyncio


class LockType:
    def __init__(self):
        self._locked = False

    def acquire(self, waitflag=1, timeout=-1):
        if self._locked:
            if not waitflag:
                return False
            # With one real thread nobody else could release it: waiting would hang forever.
            raise RuntimeError('_thread lock already held (the virtual device has one thread)')
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        self.release()


def allocate_lock():
    return LockType()


_next_id = [1]


def get_ident():
    return 1


def stack_size(size=None):
    return 4096


def start_new_thread(function, args, kwargs=None):
    async def thread():
        function(*args, **(kwargs or {}))

    asyncio.create_task(thread())
    _next_id[0] += 1
    return _next_id[0]
