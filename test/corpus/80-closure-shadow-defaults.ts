// Default params referencing earlier params and outer names, shadowing, closures capturing loop state.
const base = 10;
function scale(x: number, factor = base / 4, offset = x * factor > 20 ? -1 : 1): number {
  return x * factor + offset;
}
console.log(scale(2), scale(10), scale(3, 2), scale(3, undefined, 100), scale(0, 0));
function greet(name = "you", greeting = `hi ${name}`, times = name.length) {
  return greeting.repeat(times > 3 ? 1 : times);
}
console.log(greet(), greet("al"), greet(undefined, "yo "), greet("bob", undefined, 2));
const handlers: (() => string)[] = [];
for (let i = 0; i < 3; i++) {
  const label = "h" + i;
  const calls = i * 2;
  handlers.push(() => `${label}:${i}:${calls + 1}`);
}
console.log(handlers.map((h) => h()), handlers[0](), handlers[0]());
const makeAcc = () => {
  let total = 0;
  const add = (n: number) => (total += n);
  const get = () => total;
  return { add, get, reset: () => { const old = total; total = 0; return old; } };
};
const acc1 = makeAcc(), acc2 = makeAcc();
acc1.add(5); acc1.add(2.5); acc2.add(-1);
console.log(acc1.get(), acc2.get(), acc1.reset(), acc1.get(), acc2.get());
let value = "global";
function outer() {
  const value = "outer";
  function inner() { return value; }
  const arrow = () => { const value = "arrow"; return [value, inner()]; };
  return arrow();
}
console.log(outer(), value);
function counterFactory(start: number) {
  return function next(step = 1): number {
    start += step;
    return start;
  };
}
const nx = counterFactory(100);
console.log(nx(), nx(5), nx(-10), nx());
const fns = ["a", "b"].map((s, i) => (t: string = s.repeat(i + 1)) => t + i);
console.log(fns[0](), fns[1](), fns[1]("z"));
function tally(...nums: number[]) {
  let sum = 0;
  nums.forEach((n) => { sum += n; });
  const avg = nums.length ? sum / nums.length : 0;
  return { sum, avg, max: nums.length ? Math.max(...nums) : -Infinity };
}
console.log(tally(), tally(1, 2, 4), tally(...[3, 3], 3.5));
