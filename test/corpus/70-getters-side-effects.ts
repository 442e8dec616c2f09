// Getters with side effects, evaluation order, compound assignment through accessors.
let reads = 0;
class Sensor {
  private _v = 10;
  history: number[] = [];
  get value(): number { reads++; return this._v; }
  set value(v: number) { this.history.push(v); this._v = v; }
  get doubled() { return this.value * 2; }
}
const s = new Sensor();
s.value += 5;
s.value *= 2;
s.value++;
console.log(s.value, reads, s.history, s.doubled, reads);
const order: string[] = [];
function tag<T>(name: string, v: T): T { order.push(name); return v; }
const arr = [10, 20, 30];
arr[tag("idx", 1)] += tag("rhs", 5);
console.log(arr, order.join(","));
order.length = 0;
const r = tag("a", 1) + tag("b", 2) * tag("c", 3);
console.log(r, order.join(","));
order.length = 0;
const o = { n: 0, get next() { return ++this.n; } };
console.log(o.next, o.next, o.n, [o.next, o.next], JSON.stringify(o));
console.log(tag("x", null) ?? tag("y", "fallback"), order);
let i = 0;
const seq = [i++, i++, ++i, i--, i];
console.log(seq, i);
let a = 1;
a += a++ + ++a;
console.log(a);
const point = { x: 1, y: 2 };
const { x = tag("dx", 0), y: yy = 5, z = tag("dz", 9) } = point as { x: number; y: number; z?: number };
console.log(x, yy, z, order);
class Lazy {
  private cache: Record<string, number> = {};
  computed = 0;
  get(key: string): number {
    return this.cache[key] ??= (this.computed++, key.length * 10);
  }
}
const lz = new Lazy();
console.log(lz.get("ab"), lz.get("ab"), lz.get("xyz"), lz.computed);
