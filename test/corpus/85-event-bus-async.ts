// A typed event bus with async listeners and ordering of microtasks versus timers.
type Listener<T> = (payload: T) => void | Promise<void>;
class EventBus<E extends Record<string, unknown>> {
  private listeners = new Map<keyof E, Listener<any>[]>();
  on<K extends keyof E>(name: K, fn: Listener<E[K]>): () => void {
    const list = this.listeners.get(name) ?? [];
    list.push(fn);
    this.listeners.set(name, list);
    return () => {
      const l = this.listeners.get(name)!;
      const i = l.indexOf(fn);
      if (i >= 0) l.splice(i, 1);
    };
  }
  async emit<K extends keyof E>(name: K, payload: E[K]): Promise<number> {
    const list = [...(this.listeners.get(name) ?? [])];
    await Promise.all(list.map((fn) => fn(payload)));
    return list.length;
  }
}
interface Events extends Record<string, unknown> { tick: number; msg: string }
const bus = new EventBus<Events>();
const seen: string[] = [];
const offA = bus.on("tick", (n) => { seen.push(`a${n}`); });
bus.on("tick", async (n) => {
  await new Promise((r) => setTimeout(r, 5));
  seen.push(`b${n}`);
});
bus.on("msg", (s) => { seen.push(s.toUpperCase()); });
setTimeout(() => console.log("timer 0"), 0);
Promise.resolve().then(() => console.log("micro 1"));
bus.emit("tick", 1).then((n) => console.log("tick handled by", n, seen.join()));
bus.emit("msg", "hi").then((n) => console.log("msg handled by", n));
offA();
bus.emit("tick", 2).then((n) => {
  console.log("tick2 handled by", n, seen);
});
console.log("sync end", seen);
