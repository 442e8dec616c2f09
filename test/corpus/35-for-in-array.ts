const arr = ["a", "b", "c"];
for (const i in arr) console.log(i, typeof i, arr[i]);
const rec: Record<string, number> = { z: 1, "10": 2, a: 3, "2": 4 };
for (const k in rec) console.log(k, rec[k]);
console.log(Object.keys(rec).join(","));
const o = { b: 1, a: 2 };
(o as any).c = 3;
console.log(JSON.stringify(o));
