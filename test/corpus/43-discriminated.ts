type Shape =
  | { kind: "circle"; r: number }
  | { kind: "rect"; w: number; h: number }
  | { kind: "tri"; a: number; b: number; c: number };
function area(s: Shape): number {
  switch (s.kind) {
    case "circle":
      return Math.PI * s.r * s.r;
    case "rect":
      return s.w * s.h;
    case "tri": {
      const p = (s.a + s.b + s.c) / 2;
      return Math.sqrt(p * (p - s.a) * (p - s.b) * (p - s.c));
    }
    default: {
      const never: never = s;
      return never;
    }
  }
}
const shapes: Shape[] = [{ kind: "circle", r: 1 }, { kind: "rect", w: 2, h: 5 }, { kind: "tri", a: 3, b: 4, c: 5 }];
for (const s of shapes) console.log(s.kind, area(s).toFixed(4));
function fmt(v: string | number | boolean | null): string {
  if (typeof v === "string") return `"${v}"`;
  if (typeof v === "number") return v.toFixed(1);
  if (v === null) return "null";
  return v ? "yes" : "no";
}
console.log([fmt("a"), fmt(2), fmt(true), fmt(null)].join(" "));
function hasName(x: { name: string } | { id: number }): string {
  return "name" in x ? x.name : `#${x.id}`;
}
console.log(hasName({ name: "n" }), hasName({ id: 7 }));
const COLORS = ["red", "green", "blue"] as const;
type Color = (typeof COLORS)[number];
const pick = (c: Color): number => COLORS.indexOf(c);
console.log(pick("blue"), COLORS.length);
const tuple: readonly [string, number] = ["age", 42];
const [label, amount] = tuple;
console.log(label, amount);
