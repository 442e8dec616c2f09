interface Shape {
  area(): number;
  name: string;
}
abstract class Base implements Shape {
  abstract name: string;
  abstract area(): number;
  toString(): string {
    return `${this.name}(${this.area().toFixed(2)})`;
  }
}
class Circle extends Base {
  name = "circle";
  constructor(private r: number) {
    super();
  }
  area() {
    return Math.PI * this.r ** 2;
  }
}
class Rect extends Base {
  name = "rect";
  constructor(protected w: number, protected h: number) {
    super();
  }
  area() {
    return this.w * this.h;
  }
}
class Square extends Rect {
  name = "square";
  constructor(s: number) {
    super(s, s);
  }
}
const shapes: Shape[] = [new Circle(1), new Rect(2, 3), new Square(4)];
let total = 0;
for (const s of shapes) {
  total += s.area();
  console.log(String(s), s instanceof Rect, s instanceof Square);
}
console.log(total.toFixed(3));
const sorted = [...shapes].sort((a, b) => a.area() - b.area()).map((s) => s.name);
console.log(sorted.join(" < "));
