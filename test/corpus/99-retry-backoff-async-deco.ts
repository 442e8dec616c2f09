// A retry decorator around async methods with exponential backoff timers and a circuit breaker.
function retry(times: number, baseMs: number) {
  return function <This extends { log: string[] }, A extends unknown[], R>(fn: (this: This, ...a: A) => Promise<R>, ctx: ClassMethodDecoratorContext<This, (this: This, ...a: A) => Promise<R>>) {
    return async function (this: This, ...a: A): Promise<R> {
      let wait = baseMs;
      for (let attempt = 1; ; attempt++) {
        try {
          return await fn.apply(this, a);
        } catch (e) {
          this.log.push(`${String(ctx.name)} #${attempt}: ${(e as Error).message}`);
          if (attempt >= times) throw new Error(`${String(ctx.name)} gave up after ${attempt}`);
          await new Promise((r) => setTimeout(r, wait));
          wait *= 2;
        }
      }
    };
  };
}
class FlakyClient {
  log: string[] = [];
  private failures: Record<string, number> = { "/a": 2, "/b": 5, "/c": 0 };
  private breakerOpen = false;
  @retry(3, 2)
  async get(path: string): Promise<{ path: string; body: string }> {
    if (this.breakerOpen) throw new Error("breaker open");
    await Promise.resolve();
    const left = this.failures[path] ?? 0;
    if (left > 0) {
      this.failures[path] = left - 1;
      throw new Error(`503 on ${path}`);
    }
    return { path, body: path.slice(1).repeat(3) };
  }
  trip() { this.breakerOpen = true; }
}
async function main() {
  const c = new FlakyClient();
  const results = await Promise.allSettled(["/a", "/b", "/c", "/zzz"].map((p) => c.get(p)));
  results.forEach((r, i) => console.log(i, r.status === "fulfilled" ? JSON.stringify(r.value) : (r.reason as Error).message));
  console.log(c.log.sort());
  c.trip();
  c.log.length = 0;
  await c.get("/c").catch((e: Error) => console.log("after trip:", e.message));
  console.log(c.log);
}
main().finally(() => console.log("finished"));
