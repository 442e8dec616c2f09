const fns: (() => string)[] = [];
for (const name of ["x", "y", "z"]) fns.push(() => name.toUpperCase());
let i = 0;
while (i < 3) {
  const j = i * 2;
  fns.push(() => `j=${j}`);
  i++;
}
for (let k = 0; k < 2; k++) {
  let local = k + 100;
  fns.push(() => String(local));
}
console.log(fns.map((f) => f()).join(" "));
const timers: number[] = [];
for (let t = 0; t < 3; t++) {
  const add = (n: number) => timers.push(n + t);
  add(10);
}
console.log(timers.join(","));
function makeAll() {
  const out: (() => number)[] = [];
  for (let i = 0; i < 3; i++) {
    out.push(function () {
      return i * i;
    });
  }
  return out;
}
console.log(makeAll().map((f) => f()).join(","));
let shared = 0;
const incs = [1, 2, 3].map((n) => () => (shared += n));
incs.forEach((f) => f());
console.log(shared);
