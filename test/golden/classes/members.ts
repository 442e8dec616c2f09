// Private names, static blocks, class-level defaults, odd member names, class expressions.
let nextId = 0;

class Counter {
  #count = 0;
  id = ++nextId;
  static #instances = 0;
  static registry: Counter[] = [];
  static {
    this.registry = [];
  }
  constructor() {
    Counter.#instances++;
    Counter.registry.push(this);
  }
  increment(): number {
    return ++this.#count;
  }
  static from(n: number): Counter {
    const c = new this();
    c.#count = n;
    return c;
  }
  static instances(): number {
    return Counter.#instances;
  }
}

const Point = class {
  constructor(public x: number, public y: number) {}
};

const c = Counter.from(3);
console.log(c.increment(), c.id, Counter.instances(), new Point(1, 2).x);
