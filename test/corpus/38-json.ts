const data = { name: "Widget", tags: ["a", "b"], dims: { w: 2, h: 3.5 }, active: true, note: null, skip: undefined };
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify([1, "two", [3], {}, []]));
console.log(JSON.stringify("quote\"and\\slash\nnewline"), JSON.stringify(1e21), JSON.stringify(NaN));
const parsed = JSON.parse('{"x": 1, "y": [true, null, "s"], "z": {"k": 2.5}}');
console.log(parsed.x, parsed.y.length, parsed.z.k, JSON.stringify(parsed));
const roundTrip = JSON.parse(JSON.stringify({ b: 1, a: [1, 2] }));
console.log(Object.keys(roundTrip).join(","));
