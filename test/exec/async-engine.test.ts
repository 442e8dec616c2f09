// The engine's blocking asyncio runner (compiler/src/engine/py/asyncio_run.py) on plain Python.
import { bootCode, runMicroPython, shutdownEngine } from "../../compiler/src/engine";

afterAll(() => shutdownEngine());

async function run(main: string, opts: { asyncio?: boolean } = {}) {
  return runMicroPython([{ path: "/main.py", text: main }], bootCode("main", [], opts), { timeoutMs: 20000 });
}

test("asyncio.run returns the coroutine's result and drives other tasks meanwhile", async () => {
  const r = await run(`
import asyncio
async def side():
    await asyncio.sleep_ms(5)
    print("side")
async def main():
    asyncio.create_task(side())
    await asyncio.sleep_ms(20)
    return 42
print("result", asyncio.run(main()))
`);
  expect(r.error).toBeNull();
  expect(r.stdout).toBe("side\nresult 42\n");
});

test("asyncio.run raises the coroutine's exception", async () => {
  const r = await run(`
import asyncio
async def main():
    await asyncio.sleep_ms(1)
    raise ValueError("inside")
try:
    asyncio.run(main())
except ValueError as e:
    print("caught", e)
`);
  expect(r.stdout).toBe("caught inside\n");
  expect(r.error).toBeNull();
});

test("tasks left by the main module run to the end after it (run_until_idle)", async () => {
  const r = await run(`
import asyncio
async def later(n):
    await asyncio.sleep_ms(n)
    print("later", n)
asyncio.create_task(later(20))
asyncio.create_task(later(5))
print("module end")
`);
  expect(r.stdout).toBe("module end\nlater 5\nlater 20\n");
  expect(r.error).toBeNull();
});

test("an exception no task retrieves ends the run with that exception", async () => {
  const r = await run(`
import asyncio
async def boom():
    await asyncio.sleep_ms(1)
    raise RuntimeError("lost in a task")
asyncio.create_task(boom())
`);
  expect(r.error?.message).toContain("RuntimeError: lost in a task");
});

test("asyncio.run from inside a running task is refused", async () => {
  const r = await run(`
import asyncio
async def inner():
    return 1
async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("refused")
asyncio.run(main())
`);
  expect(r.stdout).toBe("refused\n");
});

test("without the asyncio option the boot code leaves asyncio alone", async () => {
  const r = await run(`
import sys
print('asyncio' in sys.modules)
`, { asyncio: false });
  expect(r.stdout).toBe("False\n");
});
