// Math and Number: helpers that keep JS results for Infinity, NaN, -0 and rounding.
export {};
const values = [1.5, -2.25, 9];
const biggest = Math.max(...values);
const floored = values.map((v) => Math.floor(v));
const root = Math.sqrt(values[2]);
const fixed = (1.005).toFixed(2);
const parsed = parseInt("42px", 10);
const f = parseFloat("3.5e2");
const hex = (255).toString(16);
const ok = Number.isInteger(root);
const angle = Math.atan2(1, 1) * (180 / Math.PI);
console.log(biggest, floored, root, fixed, parsed, f, hex, ok, Math.round(angle), JSON.stringify({ values }));
