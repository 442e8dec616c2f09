class Temperature {
  private static instances = 0;
  static readonly ABS_ZERO = -273.15;
  #celsius = 0;
  constructor(c: number) {
    this.celsius = c;
    Temperature.instances++;
  }
  get celsius() {
    return this.#celsius;
  }
  set celsius(v: number) {
    if (v < Temperature.ABS_ZERO) throw new RangeError("below absolute zero");
    this.#celsius = v;
  }
  get fahrenheit() {
    return (this.#celsius * 9) / 5 + 32;
  }
  set fahrenheit(f: number) {
    this.celsius = ((f - 32) * 5) / 9;
  }
  static count() {
    return Temperature.instances;
  }
  static fromF(f: number) {
    const t = new Temperature(0);
    t.fahrenheit = f;
    return t;
  }
}
const t = new Temperature(100);
console.log(t.celsius, t.fahrenheit);
t.fahrenheit = 32;
console.log(t.celsius);
const u = Temperature.fromF(212);
console.log(u.celsius, Temperature.count(), Temperature.ABS_ZERO);
try {
  t.celsius = -300;
} catch (e) {
  console.log((e as Error).message);
}
class Base {
  protected _v = 1;
  get v() {
    return this._v;
  }
}
class Derived extends Base {
  get v() {
    return super.v * 10;
  }
}
console.log(new Derived().v);
