class Point {
  constructor(public x: number, public y: number) {}
  toString() {
    return `(${this.x}, ${this.y})`;
  }
}
class Line {
  label = "line";
  constructor(public from: Point, public to: Point) {}
}
const p = new Point(1, 2);
console.log(p);
console.log(`${p}`, String(p), "" + p);
console.log(new Line(p, new Point(3, 4)));
console.log([p, p]);
class Empty {}
console.log(new Empty(), [new Empty()]);
class Counter {
  static created = 0;
  count = 0;
  private secret = "s";
  constructor() {
    Counter.created++;
  }
}
console.log(new Counter(), Counter.created);
