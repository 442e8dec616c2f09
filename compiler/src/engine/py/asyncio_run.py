# A blocking asyncio runner for the WebAssembly MicroPython (engine only: written into the
# interpreter's file system as tsmpy_engine/asyncio_run.py by compiler/src/engine; never shipped to
# a device, whose firmware asyncio has its own run loop).
#
# The WebAssembly port's asyncio runs on JS timers (asyncio.core._run_iter is called from
# setTimeout) and has no asyncio.run: Python code returns to JS before any task runs. This module
# drives the same task queue synchronously instead, sleeping with time.sleep_ms until the next
# task is due.
#
# API:
#   install()          Detach asyncio from JS timers (tasks created so far are kept) and make
#                      asyncio.run this module's run(). Call before the program runs; idempotent.
#   run(coro)          asyncio.run: run coro as a task, drive the loop until that task finishes,
#                      return its result or raise its exception. Other tasks keep their state
#                      (they run again at the next run/run_until_idle). Not re-entrant: calling
#                      it from inside a task raises RuntimeError.
#   run_until_idle()   Drive the loop until no task is queued or sleeping (tasks blocked on an
#                      Event nobody will set are left). What `tsmpy run` does after the main module.
# An exception that ends a task nobody awaits (asyncio's "Task exception wasn't retrieved", e.g.
# tsmpy's unhandled Promise rejection) is raised out of run/run_until_idle with its traceback,
# as an uncaught exception ends a Node program.
import time
import asyncio
from asyncio import core

_running = [False]


def _no_js_timer(dt):
    pass


class _Stop(BaseException):
    # carries the exception out of core._run_iter, which catches only Exception and CancelledError
    pass


def _raise_unretrieved(loop, context):
    raise _Stop(context["exception"])


def install():
    if getattr(asyncio, "run", None) is run:
        return
    # _run_iter reschedules itself through the module global _schedule_run_iter (a JS timer):
    # a no-op makes it return to us instead. The queue calls it on every push: a queue without the
    # callback, holding the tasks queued so far.
    core._schedule_run_iter = _no_js_timer
    old = core._task_queue
    q = core.TaskQueue()
    while old.peek():
        t = old.pop()
        q.push(t, t.ph_key)
    core._task_queue = q
    if core.asyncio_timer is not None:
        core.js.clearTimeout(core.asyncio_timer)
        core.asyncio_timer = None
    core.Loop.set_exception_handler(_raise_unretrieved)
    asyncio.run = run


def _iterate(stop):
    # Run queued tasks until stop() says so or nothing is queued; sleep until the head is due.
    if _running[0]:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    _running[0] = True
    try:
        while not stop():
            t = core._task_queue.peek()
            if not t:
                return
            dt = time.ticks_diff(t.ph_key, time.ticks_ms())
            if dt > 0:
                time.sleep_ms(dt)
            core._run_iter()
    except _Stop as stop:
        raise stop.args[0]
    finally:
        _running[0] = False


def _never():
    return False


def run_until_idle():
    install()
    _iterate(_never)


def run(coro):
    install()
    box = []

    async def main():
        try:
            box.append((True, await coro))
        except BaseException as e:
            box.append((False, e))

    core.create_task(main())
    _iterate(lambda: box)
    if not box:
        raise RuntimeError("asyncio.run(): the coroutine is waiting for something that no task will do")
    ok, v = box[0]
    if ok:
        return v
    raise v
