const calculator = {
  total: 0,
  add(n: number) {
    this.total += n;
    return this;
  },
  reset() {
    this.total = 0;
  },
};
calculator.add(5).add(10);
console.log(calculator.total);
calculator.reset();
console.log(calculator.total);
const person = { first: "Ada", last: "Lovelace", born: 1815 };
const greet = (p: { first: string; last: string }) => `Hello, ${p.first} ${p.last}!`;
console.log(greet(person));
person.born += 1;
console.log(person.born, "first" in person, "middle" in person);
const keys = Object.keys(person);
const vals = Object.values(person);
console.log(keys.join(","), vals.join(","));
const copy = Object.assign({}, person, { first: "A." });
console.log(copy.first, person.first);
const entries = Object.entries({ x: 1, y: 2 }).map(([k, v]) => `${k}=${v * 2}`);
console.log(entries.join("&"));
