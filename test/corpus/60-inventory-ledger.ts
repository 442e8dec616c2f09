// Ledger with records keyed by numeric ids, deletes during iteration, aliasing and sorting.
interface Item { id: number; name: string; qty: number; price: number; tags?: string[] }
const stock: Record<number, Item> = {};
const items: Item[] = [
  { id: 10, name: "bolt", qty: 5, price: 0.1 },
  { id: 2, name: "nut", qty: 0, price: 0.05, tags: ["small"] },
  { id: 33, name: "gear", qty: 3, price: 2.5, tags: [] },
  { id: 7, name: "spring", qty: 12, price: 0.3 },
];
for (const it of items) stock[it.id] = it;
console.log(Object.keys(stock));
for (const k in stock) {
  if (stock[k].qty === 0) delete stock[k];
}
console.log(Object.keys(stock).length, 2 in stock, "10" in stock);
const alias = stock[10];
alias.qty += 3;
console.log(items[0].qty, stock[10] === items[0]);
const total = Object.values(stock).reduce((s, it) => s + it.qty * it.price, 0);
console.log(`total: ${total.toFixed(2)} raw=${total}`);
const sorted = [...items].sort((a, b) => b.price - a.price || a.name.length - b.name.length);
console.log(sorted.map((i) => `${i.name}:${i.price}`).join(" "));
console.log(items.map((i) => i.tags?.length ?? "none"));
console.log(items.map((i) => i.tags?.[0]?.toUpperCase()));
const byQty: { [q: string]: string[] } = {};
for (const it of items) {
  const key = it.qty > 4 ? "many" : "few";
  (byQty[key] ??= []).push(it.name);
}
console.log(byQty);
const half = items.map((i) => i.qty / 2);
console.log(half, half.map((h) => items[h | 0]?.name));
const idx = -7 % items.length;
console.log(idx, items[(idx + items.length) % items.length].name);
console.log(items.slice(-2).map(({ name, qty: q = 99 }) => name + q));
