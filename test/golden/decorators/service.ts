// A representative decorated program: a plain `@task`-style decorator (a Python decorator as it
// is), a logging decorator with its context, a bound-method initializer, a validated setter, a
// field transform, a static method and a registering class decorator.
const registry: string[] = [];

function task(fn: (this: Service, tick: number) => void): (this: Service, tick: number) => void {
  return function (this: Service, tick: number) {
    if (this.running) fn.call(this, tick);
  };
}

function logged(prefix: string) {
  return function <This>(fn: (this: This, ...args: number[]) => number, ctx: ClassMethodDecoratorContext<This>) {
    const name = String(ctx.name);
    return function (this: This, ...args: number[]): number {
      const r = fn.apply(this, args);
      console.log(prefix, name, args, "->", r);
      return r;
    };
  };
}

function bound(fn: (this: Service) => string, ctx: ClassMethodDecoratorContext<Service>) {
  ctx.addInitializer(function () {
    this.onStop = fn.bind(this);
  });
}

function atLeast(min: number) {
  return function (fn: (this: Service, v: number) => void, _ctx: ClassSetterDecoratorContext) {
    return function (this: Service, v: number) {
      fn.call(this, Math.max(min, v));
    };
  };
}

function trimmed(_v: undefined, _ctx: ClassFieldDecoratorContext) {
  return (v: string) => v.trim();
}

function register(_cls: unknown, ctx: ClassDecoratorContext) {
  registry.push(String(ctx.name));
}

@register
class Service {
  @trimmed name = "  blink  ";
  running = true;
  onStop: () => string = () => "";
  #period = 100;

  @task
  step(tick: number) {
    console.log(this.name, "tick", tick, "every", this.period);
  }

  @logged("[calc]")
  scale(a: number, b: number) {
    return a * b;
  }

  @bound
  stop() {
    this.running = false;
    return this.name + " stopped";
  }

  get period() {
    return this.#period;
  }

  @atLeast(10)
  set period(v: number) {
    this.#period = v;
  }

  @logged("[static]")
  static count(n: number) {
    return n + 1;
  }
}

const s = new Service();
s.period = 1;
s.step(1);
s.scale(6, 7);
const stop = s.onStop;
console.log(stop());
s.step(2);
console.log(Service.count(1), registry);
