// Class hierarchy with getters, statics, instanceof and toString.
abstract class Shape {
  static count = 0;
  static registry: Shape[] = [];
  readonly id: number;
  constructor(public label: string) {
    Shape.count++;
    this.id = Shape.count;
    Shape.registry.push(this);
  }
  abstract area(): number;
  get kind(): string { return this.constructor.name.toLowerCase(); }
  toString(): string { return `${this.kind}#${this.id}(${this.label}) area=${this.area().toFixed(3)}`; }
}
class Circle extends Shape {
  constructor(label: string, public r: number) { super(label); }
  area(): number { return Math.PI * this.r ** 2; }
}
class Rect extends Shape {
  constructor(label: string, public w: number, public h: number) { super(label); }
  area(): number { return this.w * this.h; }
  get isSquare(): boolean { return this.w === this.h; }
}
class Square extends Rect {
  constructor(label: string, side: number) { super(label, side, side); }
  override toString(): string { return "[] " + super.toString(); }
}
const shapes: Shape[] = [new Circle("c1", 1), new Rect("r1", 2, 3.5), new Square("s1", 4), new Circle("c2", 0.5)];
for (const s of shapes) console.log(String(s));
console.log(Shape.count, Shape.registry.length, Shape.registry[2] === shapes[2]);
console.log(shapes.map((s) => [s instanceof Rect, s instanceof Square, s instanceof Circle]));
const rects = shapes.filter((s): s is Rect => s instanceof Rect);
console.log(rects.map((r) => r.isSquare), rects[1]);
const areas = shapes.map((s) => Math.round(s.area() * 100) / 100);
console.log(areas, areas.reduce((a, b) => a + b));
console.log(`${shapes[0]}` + " | " + shapes[1]);
const biggest = shapes.reduce((best, s) => (s.area() > best.area() ? s : best));
console.log(biggest.label, biggest.kind, shapes.indexOf(biggest));
console.log(new Circle("tmp", 2).id, Shape.count);
class Counter {
  private static next = 100;
  static make(): number { return Counter.next++; }
}
console.log(Counter.make(), Counter.make(), Counter.make());
