interface Item {
  id: number;
  name: string;
  price: number;
  qty: number;
  tags?: string[];
}
const items: Item[] = [
  { id: 1, name: "apple", price: 0.5, qty: 100, tags: ["fruit"] },
  { id: 2, name: "bread", price: 2.25, qty: 20 },
  { id: 3, name: "cheese", price: 7.99, qty: 0, tags: ["dairy", "aged"] },
];
const value = items.reduce((sum, it) => sum + it.price * it.qty, 0);
console.log("stock value", value.toFixed(2));
const inStock = items.filter((it) => it.qty > 0).map((it) => it.name);
console.log(inStock.join(", "));
const byId = new Map<number, Item>();
for (const it of items) byId.set(it.id, it);
console.log(byId.get(3)?.name, byId.get(9)?.name ?? "missing", byId.size);
for (const it of items) {
  const tagText = it.tags?.join("/") ?? "-";
  console.log(`${it.id}. ${it.name.padEnd(8)} ${it.price.toFixed(2).padStart(6)} ${tagText}`);
}
const expensive = items.find((it) => it.price > 5);
console.log(expensive ? expensive.name : "none", items.some((i) => i.qty === 0), items.every((i) => i.price > 0));
console.log(JSON.stringify(items[1]));
