interface Comparable<T> {
  compareTo(other: T): number;
}
class Version implements Comparable<Version> {
  constructor(readonly major: number, readonly minor: number, readonly patch: number) {}
  static parse(s: string): Version {
    const [a, b, c] = s.split(".").map(Number);
    return new Version(a, b, c);
  }
  compareTo(o: Version): number {
    return this.major - o.major || this.minor - o.minor || this.patch - o.patch;
  }
  toString() {
    return `v${this.major}.${this.minor}.${this.patch}`;
  }
}
function maxOf<T extends Comparable<T>>(xs: T[]): T {
  let best = xs[0];
  for (const x of xs) if (x.compareTo(best) > 0) best = x;
  return best;
}
const vs = ["1.2.3", "1.10.0", "1.9.9", "0.99.1"].map(Version.parse);
console.log(`${maxOf(vs)}`, vs.sort((a, b) => a.compareTo(b)).join(" "));
class Box<T> {
  constructor(private value: T) {}
  map<U>(f: (v: T) => U): Box<U> {
    return new Box(f(this.value));
  }
  get(): T {
    return this.value;
  }
}
console.log(new Box(3).map((x) => x * 2).map((x) => `=${x}`).get());
type Result<T> = { ok: true; value: T } | { ok: false; error: string };
function safeDiv(a: number, b: number): Result<number> {
  return b === 0 ? { ok: false, error: "div by zero" } : { ok: true, value: a / b };
}
for (const r of [safeDiv(6, 3), safeDiv(1, 0)]) {
  if (r.ok) console.log("value", r.value);
  else console.log("error", r.error);
}
