const values: unknown[] = [0, 1, "", "a", null, undefined, NaN, [], {}, -0, false, true];
console.log(values.map((v) => (v ? "T" : "F")).join(""));
const empty: number[] = [];
console.log(empty ? "array truthy" : "falsy", !!empty, !empty);
let name: string | undefined;
console.log(name || "anon", name ?? "nullish", (name = "z"), name || "anon");
const zero = 0;
const emptyStr: string = String(zero).slice(1);
console.log(zero || 5, zero ?? 5, zero && 5, emptyStr && "yes", emptyStr || null);
let cfg: { retries?: number } = {};
cfg.retries ??= 3;
cfg.retries ||= 9;
console.log(cfg.retries);
function describe(x: number | null | undefined): string {
  if (x == null) return "none";
  return x ? "nonzero" : "zero";
}
console.log(describe(null), describe(undefined), describe(0), describe(3), describe(NaN));
console.log(typeof 1, typeof "s", typeof true, typeof undefined, typeof null, typeof {}, typeof [], typeof (() => 1));
