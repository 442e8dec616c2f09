const config = (() => {
  const base = 10;
  return { limit: base * 2, name: "cfg" };
})();
console.log(config.limit, config.name);
const pipeline = [(x: number) => x + 1, (x: number) => x * 3, (x: number) => x - 2];
console.log(pipeline.reduce((acc, f) => f(acc), 5));
function repeat(n: number, f: (i: number) => void): void {
  for (let i = 0; i < n; i++) f(i);
}
const out: string[] = [];
repeat(4, (i) => out.push(`#${i}`));
console.log(out.join(""));
function curry(a: number) {
  return (b: number) => (c: number) => a * 100 + b * 10 + c;
}
console.log(curry(1)(2)(3));
const apply = (fs: ((n: number) => number)[], v: number) => fs.map((f) => f(v));
console.log(apply([Math.sqrt, Math.abs, (n) => -n], 16).join(","));
function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}
let hits = 0;
const init = once(() => ++hits);
console.log(init(), init(), hits);
