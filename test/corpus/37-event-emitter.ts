type Listener = (data: string) => void;
class Emitter {
  private listeners: Record<string, Listener[]> = {};
  on(event: string, fn: Listener): () => void {
    (this.listeners[event] ??= []).push(fn);
    return () => this.off(event, fn);
  }
  off(event: string, fn: Listener) {
    const list = this.listeners[event];
    if (!list) return;
    const idx = list.indexOf(fn);
    if (idx >= 0) list.splice(idx, 1);
  }
  emit(event: string, data: string): number {
    const list = this.listeners[event] ?? [];
    for (const fn of list.slice()) fn(data);
    return list.length;
  }
}
const e = new Emitter();
const log: string[] = [];
const unsub = e.on("msg", (d) => log.push("A:" + d));
e.on("msg", (d) => log.push("B:" + d));
e.on("other", (d) => log.push("O:" + d));
console.log(e.emit("msg", "1"));
unsub();
console.log(e.emit("msg", "2"), e.emit("none", "x"), e.emit("other", "3"));
console.log(log.join(" "));
