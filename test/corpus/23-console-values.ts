console.log([1, 2, 3]);
console.log(["a", "b"], [], {});
console.log({ a: 1, b: "two", c: [3, 4], d: { e: null, f: undefined } });
console.log([1, [2, [3, [4, [5]]]]]);
console.log({ deep: { deeper: { deepest: { gone: 1 } } } });
console.log([true, false, null, undefined, NaN, -0, 1.5]);
console.log("mixed", 1, true, null, [1], { x: 1 });
class P {
  constructor(public x: number, public y: number) {}
}
console.log(new P(1, 2), [new P(3, 4)]);
console.log(Array.from({ length: 10 }, (_, i) => i * i));
console.log(["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]);
console.log({ name: "a very long name that goes on", description: "and a long description too", count: 12345 });
console.log("it's", ["it's"], { q: 'say "hi"' });
