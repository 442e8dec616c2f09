// 1,000 start/stop cycles of a service that uses every kind of managed resource (@task, interval,
// timeout, spawn, a listener, a cleanup, a dependency, the registry): after gc.collect(),
// gc.mem_alloc() is back to its baseline within a stated tolerance, and nothing is left behind.
//
// The readings are taken in separate interpreter calls (steps): the WebAssembly port's
// gc.collect() frees only what calls that returned to JavaScript allocated.
import { runTs } from "./runtime-harness";
import { shutdownEngine } from "../harness";

afterAll(() => shutdownEngine());

/**
 * Allowed growth over 1,000 cycles (after 300 warm-up cycles): 48 KiB, 48 bytes a cycle. A leaked
 * task (with its coroutine), timer entry or listener closure a cycle is more than that; measured:
 * 16 to 25 bytes a cycle with no task, timer, listener or provider left (counted below). Finished
 * tasks TaskManager has not dropped yet are pruned before each reading.
 */
const TOLERANCE = 49152;

test("1,000 start/stop cycles leak no task, timer or listener (gc.mem_alloc back to baseline)", async () => {
  const out = await runTs(`
    import { ManagedService, task, bus, service, provider_names } from "servicekit";
    class Dep extends ManagedService {
      name = "dep";
    }
    class Worker extends ManagedService {
      name = "worker";
      stop_timeout = 0.3;
      count = 0;
      @task
      async loop(): Promise<void> {
        while (!(await this.sleep(0.01))) this.count++;
      }
      async on_start(): Promise<void> {
        this.listen("tick", () => this.count++);
        this.add_cleanup(() => { this.count++; });
        void this.interval(() => { this.count++; }, 0.01);
        void this.timeout(() => { this.count++; }, 0.3);
        void this.spawn(async () => { await this.sleep(0.001); });
      }
    }
    const dep = new Dep();
    const w = new Worker();
    w.add_dependency(dep);
    export async function cycles(n: number): Promise<void> {
      for (let i = 0; i < n; i++) {
        await w.start();
        bus.emit("tick");
        await w.stop();
        await dep.stop();
      }
    }
    // Cleared timers leave tsmpy's timer lists when they would have been due (at most 0.3 s here).
    export async function settle(): Promise<void> {
      await new Promise<void>((resolve) => setTimeout(resolve, 400));
    }
    export function leftovers(): string {
      return [w.tasks().length, bus.count(), provider_names().length, service("worker") === undefined, w.state, dep.state, w.count >= 2000].join(" ");
    }
    void cycles(300);
  `, {}, {
    timeoutMs: 120000,
    steps: [
      "import main\nmain.settle()\n_tsmpy_loop.run_until_idle()",
      "import gc\nfrom mpos import TaskManager\nTaskManager._prune()\ngc.collect()\n_base = gc.mem_alloc()",
      "import main\nmain.cycles(1000)\n_tsmpy_loop.run_until_idle()\nmain.settle()\n_tsmpy_loop.run_until_idle()",
      `TaskManager._prune()\ngc.collect()\n_grown = gc.mem_alloc() - _base\nprint('grown within tolerance:', _grown <= ${TOLERANCE}, _grown)\nprint('left:', main.leftovers())`,
    ],
  });
  const grown = Number(/grown within tolerance: \w+ (-?\d+)/.exec(out)?.[1]);
  if (process.env.TSMPY_SHOW_GROWTH) console.log("grown", grown);
  expect({ out: out.replace(/ -?\d+\n/, "\n"), grown }).toEqual({ out: "grown within tolerance: True\nleft: 0 0 0 true stopped stopped true\n", grown });
}, 150000);
