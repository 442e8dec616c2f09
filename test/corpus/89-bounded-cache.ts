// An LRU cache built on Map insertion order, with hit statistics and an iterable view.
class LRU<K, V> implements Iterable<[K, V]> {
  private map = new Map<K, V>();
  hits = 0;
  misses = 0;
  constructor(private capacity: number, private onEvict?: (k: K, v: V) => void) {}
  get(key: K): V | undefined {
    if (!this.map.has(key)) {
      this.misses++;
      return undefined;
    }
    const v = this.map.get(key)!;
    this.map.delete(key);
    this.map.set(key, v);
    this.hits++;
    return v;
  }
  set(key: K, value: V): this {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) {
      let oldest!: K;
      for (const k of this.map.keys()) {
        oldest = k;
        break;
      }
      this.onEvict?.(oldest, this.map.get(oldest)!);
      this.map.delete(oldest);
    }
    this.map.set(key, value);
    return this;
  }
  *[Symbol.iterator](): Iterator<[K, V]> {
    for (const e of this.map) yield e;
  }
  get ratio(): string {
    const total = this.hits + this.misses;
    return total ? `${((this.hits / total) * 100).toFixed(1)}%` : "n/a";
  }
}
const evicted: string[] = [];
const cache = new LRU<string, number>(3, (k, v) => evicted.push(`${k}=${v}`));
cache.set("a", 1).set("b", 2).set("c", 3);
console.log(cache.get("a"), cache.get("z"), cache.ratio);
cache.set("d", 4).set("e", 5);
console.log([...cache], evicted);
console.log(cache.get("b"), cache.get("d") ?? -1, cache.ratio);
const fib = new LRU<number, bigint | number>(100);
function slowFib(n: number): number {
  if (n < 2) return n;
  const c = fib.get(n);
  if (c !== undefined) return c as number;
  const r = slowFib(n - 1) + slowFib(n - 2);
  fib.set(n, r);
  return r;
}
console.log(slowFib(40), fib.hits, fib.misses, fib.ratio);
const entries = Array.from(cache, ([k, v]) => `${k}:${v}`);
console.log(entries, new Map(cache).size, Object.fromEntries(cache));
