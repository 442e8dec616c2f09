// Memoising and timing decorators on a service class, including an async method.
const log: string[] = [];
function memo<This, A extends number[], R>(target: (this: This, ...args: A) => R, ctx: ClassMethodDecoratorContext<This, (this: This, ...args: A) => R>) {
  const cache = new Map<string, R>();
  return function (this: This, ...args: A): R {
    const key = (args as number[]).join("|");
    if (cache.has(key)) {
      log.push(`hit ${String(ctx.name)}(${key})`);
      return cache.get(key)!;
    }
    const r = target.call(this, ...args);
    cache.set(key, r);
    log.push(`miss ${String(ctx.name)}(${key})`);
    return r;
  };
}
function traced(label: string) {
  return function <This, A extends any[], R>(target: (this: This, ...args: A) => Promise<R>, ctx: ClassMethodDecoratorContext<This, (this: This, ...args: A) => Promise<R>>) {
    return async function (this: This, ...args: A): Promise<R> {
      console.log(`[${label}] enter ${String(ctx.name)}`);
      try {
        const r = await target.call(this, ...args);
        console.log(`[${label}] leave`, r);
        return r;
      } catch (e) {
        console.log(`[${label}] threw`, (e as Error).message);
        throw e;
      }
    };
  };
}
class PriceService {
  calls = 0;
  @memo
  price(base: number, qty: number): number {
    this.calls++;
    return Math.round(base * qty * 1.2 * 100) / 100;
  }
  @traced("svc")
  async fetchTotal(items: number[]): Promise<number> {
    await null;
    if (items.length === 0) throw new Error("empty basket");
    return items.reduce((s, x) => s + this.price(x, 2), 0);
  }
}
async function main() {
  const s = new PriceService();
  console.log(s.price(3.5, 2), s.price(3.5, 2), s.price(1, 1));
  console.log(await s.fetchTotal([3.5, 1, 3.5]));
  try {
    await s.fetchTotal([]);
  } catch (e) {
    console.log("caught:", (e as Error).message);
  }
  console.log(s.calls, log);
}
main();
