// Ordering of async errors: rejections, finally, catch chains, Promise.any and AggregateError.
const order: string[] = [];
const note = (s: string) => { order.push(s); console.log(s); };
async function failAfter(label: string, ticks: number): Promise<never> {
  for (let i = 0; i < ticks; i++) await null;
  note(`throw ${label}`);
  throw new Error(label);
}
async function succeedAfter<T extends string | number>(value: T, ticks: number): Promise<T> {
  for (let i = 0; i < ticks; i++) await undefined;
  note(`resolve ${String(value)}`);
  return value;
}
async function guarded(label: string, p: Promise<unknown>) {
  try {
    const v = await p;
    note(`${label} got ${v}`);
    return v;
  } catch (e) {
    note(`${label} caught ${(e as Error).message}`);
    return null;
  } finally {
    note(`${label} finally`);
  }
}
async function main() {
  await Promise.all([guarded("g1", failAfter("x", 2)), guarded("g2", succeedAfter(5, 1)), guarded("g3", failAfter("y", 0))]);
  note("--- any");
  const first = await Promise.any([failAfter("a", 1), succeedAfter("b", 3), succeedAfter("c", 2)]);
  note(`any -> ${first}`);
  try {
    await Promise.any([failAfter("p", 2), failAfter("q", 1)]);
  } catch (e) {
    if (e instanceof AggregateError) note(`aggregate: ${e.message} [${e.errors.map((x: Error) => x.message).join(",")}]`);
  }
  note("--- chains");
  const v = await Promise.reject(new Error("r1"))
    .catch((e: Error) => `recovered ${e.message}`)
    .then((s) => s.toUpperCase())
    .finally(() => note("chain finally"));
  note(v);
  const settled = await Promise.allSettled([succeedAfter(1, 0), failAfter("z", 0), 3]);
  console.log(settled.map((s) => s.status));
  try {
    await Promise.all([succeedAfter(1, 1), failAfter("first", 1), failAfter("second", 0)]);
  } catch (e) {
    note(`all rejected with ${(e as Error).message}`);
  }
  return order.length;
}
main().then((n) => console.log("events", n));
note("sync after main()");
