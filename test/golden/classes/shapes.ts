// Inheritance, field order, parameter properties, super calls, statics and accessors.
abstract class Shape {
  static created = 0;
  readonly id: number;
  constructor(public name: string) {
    Shape.created++;
    this.id = Shape.created;
  }
  abstract area(): number;
  describe(): string {
    return `${this.name}#${this.id}: ${this.area()}`;
  }
  static count(): number {
    return this.created;
  }
}

class Rect extends Shape {
  scale = 1;
  constructor(private w: number, private h: number) {
    super("rect");
  }
  area(): number {
    return this.w * this.h * this.scale;
  }
  get ratio(): number {
    return this.w / this.h;
  }
  set ratio(r: number) {
    this.w = this.h * r;
  }
}

class Square extends Rect {
  constructor(side: number) {
    super(side, side);
  }
  describe(): string {
    return "[" + super.describe() + "]";
  }
}

const shapes: Shape[] = [new Rect(2, 3), new Square(4)];
for (const s of shapes) console.log(s.describe());
console.log(Shape.count());
