// Paging through a fake API with generators and an async consumer; early exit closes the generator.
interface Page<T> { items: T[]; next: number | null }
const db = Array.from({ length: 23 }, (_, i) => ({ id: i + 1, name: `user${i + 1}`, active: i % 3 !== 0 }));
function fetchPage(cursor: number, size: number): Page<(typeof db)[number]> {
  const items = db.slice(cursor, cursor + size);
  const next = cursor + size < db.length ? cursor + size : null;
  return { items, next };
}
function* pages(size: number) {
  let cursor: number | null = 0;
  let n = 0;
  try {
    while (cursor !== null) {
      const page = fetchPage(cursor, size);
      n++;
      yield page.items;
      cursor = page.next;
    }
  } finally {
    console.log(`pager closed after ${n} pages`);
  }
}
function* activeUsers(size: number) {
  for (const items of pages(size)) {
    yield* items.filter((u) => u.active);
  }
}
const firstFive: string[] = [];
for (const u of activeUsers(4)) {
  firstFive.push(u.name);
  if (firstFive.length === 5) break;
}
console.log(firstFive);
console.log([...pages(10)].map((p) => p.length));
const it = activeUsers(50);
console.log(it.next().value, it.next().done);
console.log(it.return(undefined));
async function consume() {
  let total = 0;
  for await (const batch of [...pages(8)].map((p) => Promise.resolve(p))) {
    total += batch.reduce((s, u) => s + u.id, 0);
    console.log("batch", batch.length, total);
  }
  return total;
}
consume().then((t) => console.log("sum ids", t, t === (23 * 24) / 2));
