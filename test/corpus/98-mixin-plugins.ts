// Class decorators that replace the class with a subclass (mixins), static method decorators,
// private method decorators, and instances printed.
type Ctor<T = {}> = new (...args: any[]) => T;
function timestamped<T extends Ctor>(Base: T, ctx: ClassDecoratorContext<T>) {
  return class extends Base {
    created = 1000;
    stamp(): string { return `${String(ctx.name)}@${this.created}`; }
  };
}
const calls: string[] = [];
function logged<This, A extends unknown[], R>(fn: (this: This, ...a: A) => R, ctx: ClassMethodDecoratorContext<This, (this: This, ...a: A) => R>) {
  const kind = `${ctx.static ? "static " : ""}${ctx.private ? "private " : ""}${ctx.kind}`;
  return function (this: This, ...a: A): R {
    calls.push(`${kind} ${String(ctx.name)}(${(a as unknown[]).length})`);
    return fn.apply(this, a);
  };
}
@timestamped
class Note {
  constructor(public text: string, public tags: string[] = []) {}
  @logged static make(text: string): Note {
    return new Note(text.trim(), text.match(/#\w+/g) ?? []);
  }
  @logged #normalize(): string {
    return this.text.replace(/#(\w+)/g, (_m, w: string) => w.toUpperCase()).replace(/\s{2,}/g, " ");
  }
  @logged render(): string {
    return `${this.#normalize()} [${this.tags.join(",")}]`;
  }
}
const n1 = Note.make("  buy #milk  and   #eggs ");
const n2 = Note.make("nothing tagged");
console.log(n1.render(), "|", n2.render());
console.log((n1 as unknown as { stamp(): string }).stamp(), n1 instanceof Note, Note.name);
console.log(n2);
console.log(calls);
