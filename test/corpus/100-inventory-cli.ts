// A command-line style inventory: commands parsed with a regex, an iterable store, JSON snapshots.
interface Item { sku: string; name: string; qty: number; price: number }
class Store implements Iterable<Item> {
  private items = new Map<string, Item>();
  [Symbol.iterator]() {
    const list = [...this.items.values()].sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
    let i = 0;
    return { next: (): IteratorResult<Item> => (i < list.length ? { value: list[i++], done: false } : { value: undefined, done: true }) };
  }
  add(sku: string, name: string, qty: number, price: number) {
    const cur = this.items.get(sku);
    if (cur) cur.qty += qty;
    else this.items.set(sku, { sku, name, qty, price });
  }
  remove(sku: string, qty: number): number {
    const cur = this.items.get(sku);
    if (!cur) throw new RangeError(`no such sku ${sku}`);
    if (qty > cur.qty) throw new RangeError(`only ${cur.qty} of ${sku}`);
    cur.qty -= qty;
    if (cur.qty === 0) this.items.delete(sku);
    return cur.qty;
  }
  get value(): number {
    let v = 0;
    for (const it of this) v += it.qty * it.price;
    return Math.round(v * 100) / 100;
  }
}
const cmdRe = /^\s*(add|rm|list|value|dump)(?:\s+([A-Z]{2}-\d{3}))?(?:\s+(\d+))?(?:\s+\$(\d+(?:\.\d{1,2})?))?(?:\s+"([^"]*)")?\s*$/i;
const script = `
add AB-100 5 $2.50 "Widget"
add ZZ-001 1 $199.99 "Gadget Pro"
add AB-100 3
rm AB-100 2
rm QQ-999 1
rm ZZ-001 4
list
frobnicate all
value
add CD-200 10 $0.10 "Bolt"
rm ZZ-001 1
dump
`;
const store = new Store();
for (const [n, line] of script.split("\n").entries()) {
  if (!line.trim()) continue;
  const m = line.match(cmdRe);
  if (!m) {
    console.log(`line ${n}: cannot parse ${JSON.stringify(line)}`);
    continue;
  }
  const [, cmd, sku, qty, price, name] = m;
  try {
    switch (cmd.toLowerCase()) {
      case "add":
        store.add(sku, name ?? sku, Number(qty ?? 1), price === undefined ? 0 : parseFloat(price));
        break;
      case "rm":
        console.log(`left ${store.remove(sku, Number(qty))} of ${sku}`);
        break;
      case "list":
        for (const it of store) console.log(`  ${it.sku} ${it.name.padEnd(12)} x${String(it.qty).padStart(3)} @ ${it.price.toFixed(2)}`);
        break;
      case "value":
        console.log("value", store.value, `$${store.value.toFixed(2)}`);
        break;
      case "dump":
        console.log(JSON.stringify([...store]));
        break;
    }
  } catch (e) {
    if (e instanceof RangeError) console.log(`line ${n}: ${e.name}: ${e.message}`);
    else throw e;
  }
}
const skus = Array.from(store, (it) => it.sku);
const [firstItem] = store;
console.log(skus, firstItem?.name, store.value);
