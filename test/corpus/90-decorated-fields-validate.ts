// Field and class decorators used for validation and registration, plus addInitializer.
const registry: string[] = [];
function entity(name: string) {
  return function <T extends new (...args: any[]) => object>(cls: T, ctx: ClassDecoratorContext<T>) {
    ctx.addInitializer(() => registry.push(`${name}<-${String(ctx.name)}`));
  };
}
function clamp(min: number, max: number) {
  return function (_: undefined, ctx: ClassFieldDecoratorContext<unknown, number>) {
    return (initial: number) => {
      const v = Math.min(max, Math.max(min, initial));
      if (v !== initial) console.log(`clamped ${String(ctx.name)} ${initial} -> ${v}`);
      return v;
    };
  };
}
function trimmed(_: undefined, ctx: ClassFieldDecoratorContext<unknown, string>) {
  return (s: string) => s.trim();
}
function counted<This extends { ops: number }, A extends unknown[], R>(fn: (this: This, ...a: A) => R, ctx: ClassMethodDecoratorContext<This, (this: This, ...a: A) => R>) {
  ctx.addInitializer(function (this: This) {
    this.ops = 0;
  });
  return function (this: This, ...a: A): R {
    this.ops++;
    return fn.apply(this, a);
  };
}
@entity("tbl_players")
class Player {
  ops = -1;
  @trimmed name = "  anon  ";
  @clamp(0, 100) health = 150;
  @clamp(1, 10) level = 0;
  constructor(name?: string) {
    if (name !== undefined) this.name = name;
  }
  @counted
  hit(dmg: number): number {
    this.health = Math.max(0, this.health - dmg);
    return this.health;
  }
  @counted
  describe(): string {
    return `${this.name} L${this.level} hp=${this.health}`;
  }
}
const p = new Player();
console.log(JSON.stringify(p.name), p.health, p.level, p.ops);
console.log(p.hit(30), p.hit(80), p.describe(), p.ops);
const q = new Player("  Zed");
console.log(q, registry);
