// Data transformation: group-by, JSON round trip, spread merges, numeric-key objects.
interface Order { id: number; customer: string; items: { sku: string; qty: number; price: number }[]; note?: string | null }
const orders: Order[] = [
  { id: 3, customer: "zoe", items: [{ sku: "A1", qty: 2, price: 9.99 }, { sku: "B2", qty: 1, price: 0.1 }] },
  { id: 1, customer: "al", items: [{ sku: "A1", qty: 1, price: 9.99 }], note: null },
  { id: 2, customer: "zoe", items: [], note: "empty" },
];
const totals = orders.map((o) => ({ id: o.id, total: o.items.reduce((s, i) => s + i.qty * i.price, 0) }));
console.log(totals);
const byCustomer = orders.reduce<Record<string, number[]>>((acc, o) => {
  acc[o.customer] = [...(acc[o.customer] ?? []), o.id];
  return acc;
}, {});
console.log(byCustomer, JSON.stringify(byCustomer));
const json = JSON.stringify(orders[0], null, 2);
console.log(json.split("\n").length, JSON.stringify(orders[1]), JSON.stringify(orders[2].note));
const back = JSON.parse(JSON.stringify(orders)) as Order[];
back[0].items[0].qty = 100;
console.log(orders[0].items[0].qty, back[0].items[0].qty, back[1].note === null, back[0].note);
const merged = { ...orders[1], customer: "AL", extra: [1, 2] };
console.log(merged, Object.keys(merged));
const idx: { [k: number]: string } = { 10: "ten", 2: "two", 1.5: "one-and-half", [-1]: "neg" };
idx[0] = "zero";
console.log(idx, Object.keys(idx), idx[2], idx[1.5]);
const skuQty: Record<string, number> = {};
for (const o of orders) for (const { sku, qty } of o.items) skuQty[sku] = (skuQty[sku] ?? 0) + qty;
console.log(Object.entries(skuQty).map(([k, v]) => `${k}=${v}`).join("&"));
const { id, ...rest } = orders[2];
console.log(id, rest);
const parsed = JSON.parse('{"b":1,"a":[true,null,1.50,"x"],"2":"n","1":{"z":-0}}');
console.log(parsed, Object.keys(parsed), parsed.a[2], JSON.stringify(parsed));
console.log(JSON.stringify({ u: undefined, f: 1e21, g: 1e-7, n: NaN, neg: -0, arr: [undefined, () => 1] }));
const counts = [3, 1, 2].map((n) => ({ n, sq: n * n, half: n / 2 })).sort((a, b) => a.half - b.half);
console.log(JSON.stringify(counts));
