// Todo app: ids, filters, undo stack with snapshots (aliasing), destructuring updates, errors.
type Priority = "low" | "mid" | "high";
interface Todo { id: number; text: string; done: boolean; priority: Priority; tags: string[] }
class TodoList {
  private items: Todo[] = [];
  private history: Todo[][] = [];
  private nextId = 1;
  private snapshot() { this.history.push(this.items.map((t) => ({ ...t, tags: [...t.tags] }))); }
  add(text: string, priority: Priority = "mid", ...tags: string[]): Todo {
    if (!text.trim()) throw new Error("empty todo");
    this.snapshot();
    const todo = { id: this.nextId++, text: text.trim(), done: false, priority, tags };
    this.items.push(todo);
    return todo;
  }
  toggle(id: number) {
    const t = this.items.find((x) => x.id === id);
    if (!t) throw new RangeError(`no todo ${id}`);
    this.snapshot();
    t.done = !t.done;
  }
  undo(): boolean {
    const prev = this.history.pop();
    if (!prev) return false;
    this.items = prev;
    return true;
  }
  list(filter: { done?: boolean; tag?: string } = {}) {
    const { done, tag } = filter;
    return this.items.filter((t) => (done === undefined || t.done === done) && (!tag || t.tags.includes(tag)));
  }
  stats() {
    const order: Record<Priority, number> = { high: 0, mid: 1, low: 2 };
    const sorted = [...this.items].sort((a, b) => order[a.priority] - order[b.priority] || a.id - b.id);
    return { total: this.items.length, open: this.list({ done: false }).length, first: sorted[0]?.text };
  }
}
const list = new TodoList();
const a = list.add("  buy milk ", "low", "home");
list.add("write report", "high", "work", "urgent");
list.add("call bob");
const tags = a.tags;
tags.push("errand");
console.log(list.list(), list.stats());
list.toggle(2);
console.log(list.list({ done: true }).map((t) => t.text), list.list({ tag: "home" }).length);
try { list.toggle(42); } catch (e) { console.log(e instanceof RangeError ? "range: " + (e as Error).message : "other"); }
try { list.add("   "); } catch (e) { console.log(`${e}`); }
console.log(list.undo(), list.list({ done: true }).length, list.undo(), list.stats());
while (list.undo());
console.log(list.list(), list.stats(), a);
