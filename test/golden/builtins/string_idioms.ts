// String methods: Python str methods where they agree with JS, helpers where they do not.
export {};
const s = "  Hello, World  ";
const t = s.trim();
const parts = t.split(", ");
const upper = t.toUpperCase();
const first = t.indexOf("o");
const has = t.includes("World");
const starts = t.startsWith("He");
const swapped = t.replace("World", "There");
const all = "a-b-c".replaceAll("-", "+");
const padded = String(7).padStart(3, "0");
const chars = t.split("");
const rest = t.slice(7);
const line = "=".repeat(10);
console.log(parts, upper, first, has, starts, swapped, all, padded, chars.length, rest, line, t.length);
