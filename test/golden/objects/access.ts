// Property access by representation; index reads; optional chains; destructuring.
const xs = [1, 2, 3];
const rec: Record<string, number[]> = {};
for (let i = 0; i < xs.length; i++) (rec["n"] ??= []).push(xs[i]);
const last = xs[xs.length - 1];
const maybe = xs[5] ?? 0;
const [first, , third = 0, ...rest] = xs;
const { n: ns = [] } = rec;
const len = rec.n?.length;
console.log(last, maybe, first, third, rest, ns, len);
