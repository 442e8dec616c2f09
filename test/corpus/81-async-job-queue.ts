// A small job queue: async workers, retries with error handling, Promise.allSettled summary.
class JobError extends Error {
  constructor(public job: string, message: string) {
    super(message);
    this.name = "JobError";
  }
}
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const attempts = new Map<string, number>();
async function runJob(name: string, failTimes: number): Promise<string> {
  const n = (attempts.get(name) ?? 0) + 1;
  attempts.set(name, n);
  await delay(n);
  if (n <= failTimes) throw new JobError(name, `attempt ${n} failed`);
  return `${name} ok after ${n}`;
}
async function withRetry(name: string, failTimes: number, max: number): Promise<string> {
  let last: unknown = null;
  for (let i = 0; i < max; i++) {
    try {
      return await runJob(name, failTimes);
    } catch (e) {
      last = e;
      if (e instanceof JobError) console.log("retry", e.job, e.message);
    } finally {
      console.log("after try", name, i);
    }
  }
  throw last;
}
async function main() {
  const results = await Promise.allSettled([withRetry("a", 0, 3), withRetry("b", 2, 3), withRetry("c", 5, 2)]);
  for (const r of results) {
    if (r.status === "fulfilled") console.log("ok:", r.value);
    else console.log("failed:", r.reason instanceof JobError ? r.reason.message : "?");
  }
  console.log([...attempts.entries()].map(([k, v]) => `${k}=${v}`).join(","));
  const total = [...attempts.values()].reduce((a, b) => a + b, 0);
  console.log("total attempts", total, (total / attempts.size).toFixed(2));
}
main().then(() => console.log("done"));
console.log("scheduled");
