// Async fan-out: a tree of async jobs; every inner job starts its children at once and waits
// for all of them with Promise.all, every leaf yields to the event loop before it computes.
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function leaf(id: number): Promise<number> {
  await pause(0);
  let acc = id;
  for (let i = 0; i < 40; i++) acc = (acc * 31 + i) % 1000003;
  return acc;
}

async function job(depth: number, id: number): Promise<number> {
  if (depth === 0) return leaf(id);
  const children: Promise<number>[] = [];
  for (let i = 0; i < 4; i++) children.push(job(depth - 1, id * 4 + i));
  const results = await Promise.all(children);
  let sum = 0;
  for (const r of results) sum += r;
  return sum % 1000003;
}

async function main(): Promise<void> {
  let total = 0;
  for (let round = 0; round < 4; round++) total += await job(4, round);
  console.log(`fan-out: ${4 * 4 ** 4} leaves, total ${total}`);
}

main();
