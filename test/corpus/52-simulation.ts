interface Customer {
  id: number;
  arrival: number;
  service: number;
}
class Queue<T> {
  private items: T[] = [];
  enqueue(x: T) {
    this.items.push(x);
  }
  dequeue(): T | undefined {
    return this.items.shift();
  }
  get length() {
    return this.items.length;
  }
}
let seed = 42;
function rand(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const customers: Customer[] = [];
let t = 0;
for (let i = 0; i < 8; i++) {
  t += Math.floor(rand() * 5);
  customers.push({ id: i + 1, arrival: t, service: 1 + Math.floor(rand() * 4) });
}
const q = new Queue<Customer>();
let clock = 0;
let waited = 0;
const log: string[] = [];
for (const c of customers) q.enqueue(c);
while (q.length > 0) {
  const c = q.dequeue()!;
  clock = Math.max(clock, c.arrival);
  waited += clock - c.arrival;
  log.push(`#${c.id}@${clock}`);
  clock += c.service;
}
console.log(log.join(" "));
console.log("avg wait", (waited / customers.length).toFixed(2), "end", clock);
console.log(customers[0], customers.length);
