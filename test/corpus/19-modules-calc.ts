export const VERSION = "1.0";
export default class Calc {
  value = 0;
  add(n: number): this {
    this.value += n;
    return this;
  }
  mul(n: number): this {
    this.value *= n;
    return this;
  }
}
