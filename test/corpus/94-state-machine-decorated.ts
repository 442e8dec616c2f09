// A door state machine whose transitions are registered by method decorators and logged by a getter decorator.
type State = "closed" | "open" | "locked";
const transitions: { from: State; to: State; method: string }[] = [];
function transition(from: State, to: State) {
  return function <This extends Door>(fn: (this: This) => void, ctx: ClassMethodDecoratorContext<This, (this: This) => void>) {
    transitions.push({ from, to, method: String(ctx.name) });
    return function (this: This) {
      if (this.state !== from) {
        this.errors.push(`${String(ctx.name)}: cannot go ${from}->${to} from ${this.state}`);
        return;
      }
      fn.call(this);
      this.history.push(`${from}->${to}`);
      this.state = to;
    };
  };
}
function watched<This, V>(get: (this: This) => V, ctx: ClassGetterDecoratorContext<This, V>) {
  let reads = 0;
  return function (this: This): V {
    reads++;
    const v = get.call(this);
    console.log(`read ${String(ctx.name)} #${reads} = ${JSON.stringify(v)}`);
    return v;
  };
}
class Door {
  state: State = "closed";
  history: string[] = [];
  errors: string[] = [];
  private code = "";
  @transition("closed", "open") open() {}
  @transition("open", "closed") close() {}
  @transition("closed", "locked") lock() { this.code = "1234"; }
  @transition("locked", "closed") unlock() { this.code = ""; }
  @watched get summary(): { state: State; moves: number; locked: boolean } {
    return { state: this.state, moves: this.history.length, locked: this.code !== "" };
  }
}
console.log(transitions.map((t) => `${t.method}:${t.from}>${t.to}`).join(" "));
const d = new Door();
d.open(); d.lock(); d.close(); d.lock(); d.open(); d.unlock(); d.unlock();
console.log(d.history, d.errors);
const s1 = d.summary;
console.log(s1.moves, d.summary.state);
const ops: (keyof Door)[] = ["open", "close", "close", "lock"];
for (const op of ops) {
  const f = d[op];
  if (typeof f === "function") (f as () => void).call(d);
}
console.log(d.state, d.errors.length, d.errors[d.errors.length - 1]);
