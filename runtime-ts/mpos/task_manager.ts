// mpos.TaskManager (MicroPythonOS 0.18, lib/mpos/task_manager.py): the system's one asyncio loop,
// behind a class-level API so that apps never import asyncio themselves. A thin layer: create_task
// adds one flag test and one list append to asyncio.create_task (see bench/runtime/).
import * as asyncio from "asyncio";
import type { Coroutine, Event, Sleep, Task } from "asyncio";
import * as sys from "sys";

/** Finished tasks are dropped from task_list when it reaches this many entries (then twice the live count). */
const PRUNE_AT = 32;

export class TaskManager {
  private constructor() {}

  /** Tasks created and not yet seen finished (finished ones are dropped as the list grows). */
  static task_list: Task[] = [];
  /** True while start() runs the loop; stop() sets it to false. */
  static keep_running: boolean | undefined = undefined;
  static disabled = false;
  static _prune_at = PRUNE_AT;

  /** The loop's keep-alive task: it runs until stop(), then asyncio.run returns. */
  static async _asyncio_thread(sleep_ms: number): Promise<void> {
    while (TaskManager.keep_running === true) await asyncio.sleep_ms(sleep_ms);
  }

  /** Run the loop until stop() (the boot does this last); returns at once while disabled. */
  static start(): void {
    if (TaskManager.disabled) {
      console.log("WARNING:mpos.task_manager:Not starting TaskManager because it's been disabled.");
      return;
    }
    TaskManager.keep_running = true;
    asyncio.run(TaskManager._asyncio_thread(10));
  }

  static stop(): void {
    TaskManager.keep_running = false;
  }

  static enable(): void {
    TaskManager.disabled = false;
  }

  static disable(): void {
    TaskManager.disabled = true;
  }

  /** Schedule a coroutine as an asyncio Task; None while disabled. */
  static create_task<T>(coroutine: Coroutine<T>): Task<T> | undefined {
    if (TaskManager.disabled) return undefined;
    return TaskManager._track(asyncio.create_task(coroutine));
  }

  /** Adds a new task to task_list, dropping finished ones when the list has grown enough. */
  static _track<T>(task: Task<T>): Task<T> {
    const tasks = TaskManager.task_list;
    tasks.push(task);
    if (tasks.length >= TaskManager._prune_at) TaskManager._prune();
    return task;
  }

  /** Drops finished tasks (amortised: the next prune waits until the list has doubled). */
  static _prune(): void {
    const live = TaskManager.task_list.filter((t) => !t.done());
    TaskManager.task_list = live;
    TaskManager._prune_at = Math.max(PRUNE_AT, live.length * 2);
  }

  /**
   * Run `coroutine_factory()` as a task, and start it again `restart_delay_ms` later whenever it
   * raises (and, with restart_on_return, when it returns). Cancelling the returned task ends it.
   */
  static create_supervised_task(coroutine_factory: () => Coroutine<unknown>, restart_delay_ms: number = 200, restart_on_return: boolean = false): Task<void> | undefined {
    const supervisor = async (): Promise<void> => {
      for (;;) {
        try {
          await coroutine_factory();
          if (!restart_on_return) return;
          console.log("WARNING:mpos.task_manager:supervised task returned, restarting it");
        } catch (e) {
          // CancelledError is not caught here (a BaseException): cancelling ends the supervisor.
          console.log("WARNING:mpos.task_manager:supervised task died, restarting it: " + String(e));
        }
        await asyncio.sleep_ms(restart_delay_ms);
      }
    };
    if (TaskManager.disabled) return undefined;
    // Straight to asyncio: the compiler turns supervisor()'s Promise into a coroutine there.
    return TaskManager._track(asyncio.create_task(supervisor()));
  }

  /** Print the live tasks (finished ones are dropped first). */
  static list_tasks(): void {
    TaskManager._prune();
    TaskManager.task_list.forEach((t, i) => console.log("task " + i + ": done:" + t.done()));
  }

  static sleep_ms(ms: number): Sleep {
    return asyncio.sleep_ms(ms);
  }

  static sleep(s: number): Sleep {
    return asyncio.sleep(s);
  }

  static notify_event(): Event {
    return asyncio.Event();
  }

  /** Await `awaitable` for at most `timeout` seconds (then asyncio.TimeoutError); null: no limit. */
  static wait_for<T>(awaitable: Coroutine<T> | Task<T>, timeout: number | null): Coroutine<T> {
    return asyncio.wait_for(awaitable, timeout);
  }

  /** Thread stack size: 16 KiB on esp32, 24 KiB elsewhere. */
  static good_stack_size(): number {
    return sys.platform === "esp32" ? 16 * 1024 : 24 * 1024;
  }
}
