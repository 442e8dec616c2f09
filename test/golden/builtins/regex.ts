// Regular expressions: one module-level constant per pattern, fresh objects where a literal is a
// value, helpers for the JS semantics.
const text = "Order 66: 3 apples, 12 pears; total 15.";

const numbers = text.match(/\d+/g) ?? [];
console.log(numbers.map(Number));

const words = text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 0);
console.log(words);

console.log(text.replace(/(\d+) (\w+)/g, (_, n: string, what: string) => `${what}=${n}`));
console.log(/^Order/.test(text), text.search(/;/));

const pair = /(\w+)=(\d+)/g;
let m: RegExpExecArray | null;
const src = "a=1 b=22";
while ((m = pair.exec(src)) !== null) console.log(m[1], m[2], m.index);

class Countdown {
  constructor(private from: number) {}
  *[Symbol.iterator]() {
    for (let i = this.from; i > 0; i--) yield i;
  }
}
console.log([...new Countdown(3)]);
for (const n of new Countdown(2)) console.log(n);
