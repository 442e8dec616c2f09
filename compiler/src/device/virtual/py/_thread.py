# Stand-in for `_thread` on the virtual device, which has one thread. Started inside asyncio.run,
# a "thread" becomes an asyncio task (it runs when the caller awaits); started outside, it runs to
# completion before start_new_thread returns. A thread that loops forever blocks the board.
# See docs/device.md.
import asyncio
import sys


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
    _next_id[0] += 1
    runner = sys.modules.get('tsmpy_asyncio_run')
    if runner and runner._running[0]:
        async def thread():
            function(*args, **(kwargs or {}))

        asyncio.create_task(thread())
    else:
        function(*args, **(kwargs or {}))
    return _next_id[0]
