const o = { name: "x", run() { return 1; }, arrow: () => 2, nested: { list: [1, 2, { deep: [3] }] } };
console.log(o);
console.log([1.5, -0, 0, 100, 1e21, 1e-7, NaN, Infinity]);
console.log([["a", 1], ["b", 2]]);
console.log([undefined, null], [[]], [{}], { a: [] });
const long: number[] = [];
for (let i = 0; i < 30; i++) long.push(i * 37 % 101);
console.log(long);
const strs = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"];
console.log(strs);
console.log({ k1: "value one", k2: "value two", k3: "value three", k4: "value four", k5: 5 });
class Getter {
  private _v = 3;
  get v() {
    return this._v;
  }
}
console.log(new Getter());
console.log("%", "100%", "a % b");
console.log();
console.log("");
console.log([function named() {}, () => 1, class K {}]);
