// Priority queue, event dispatch with listeners removed during dispatch, switch fallthrough.
enum Level { Debug, Info = 5, Warn, Error = "E" as any }
type Handler = (payload: string) => boolean | void;
class Bus {
  private handlers: Record<string, Handler[]> = {};
  on(ev: string, h: Handler) { (this.handlers[ev] ||= []).push(h); return () => this.off(ev, h); }
  off(ev: string, h: Handler) {
    const list = this.handlers[ev];
    const i = list ? list.indexOf(h) : -1;
    if (i >= 0) list.splice(i, 1);
  }
  emit(ev: string, p: string): number {
    let n = 0;
    for (const h of this.handlers[ev] ?? []) {
      n++;
      if (h(p) === false) break;
    }
    return n;
  }
}
const bus = new Bus();
const seen: string[] = [];
const offA = bus.on("msg", (p) => { seen.push("A:" + p); offA(); });
bus.on("msg", (p) => { seen.push("B:" + p); });
bus.on("msg", (p) => { seen.push("C:" + p); return p !== "stop"; });
bus.on("msg", (p) => { seen.push("D:" + p); });
console.log(bus.emit("msg", "one"), bus.emit("msg", "stop"), bus.emit("none", "x"));
console.log(seen);
function describe(l: Level): string {
  switch (l) {
    case Level.Debug:
      return "debug";
    case Level.Info:
    case Level.Warn: {
      const s = l === Level.Info ? "info" : "warn";
      return s + "!";
    }
    default:
      return "other:" + l;
  }
}
console.log([Level.Debug, Level.Info, Level.Warn].map(describe), Level.Warn, Level[6]);
class PQ<T> {
  private heap: { p: number; v: T }[] = [];
  push(v: T, p: number) {
    this.heap.push({ p, v });
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.heap[parent].p <= this.heap[i].p) break;
      [this.heap[parent], this.heap[i]] = [this.heap[i], this.heap[parent]];
      i = parent;
    }
  }
  pop(): T | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (this.heap.length && last) {
      this.heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < this.heap.length && this.heap[l].p < this.heap[m].p) m = l;
        if (r < this.heap.length && this.heap[r].p < this.heap[m].p) m = r;
        if (m === i) break;
        [this.heap[m], this.heap[i]] = [this.heap[i], this.heap[m]];
        i = m;
      }
    }
    return top?.v;
  }
  get size() { return this.heap.length; }
}
const pq = new PQ<string>();
[["c", 3], ["a", 1], ["e", 5], ["b", 2], ["d", 4], ["a2", 1]].forEach(([v, p]) => pq.push(v as string, p as number));
const out: (string | undefined)[] = [];
while (pq.size) out.push(pq.pop());
console.log(out.join(" "), pq.pop());
