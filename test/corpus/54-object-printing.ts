const config = {
  server: { host: "localhost", port: 8080, tls: false },
  users: [
    { name: "ann", roles: ["admin", "dev"] },
    { name: "bob", roles: [] },
  ],
  limits: { rps: 100.5, burst: undefined },
};
console.log(config);
console.log(JSON.stringify(config.users));
console.log(Object.entries(config.server));
const counts: Record<string, number> = {};
for (const w of "the cat and the hat and the bat".split(" ")) counts[w] = (counts[w] ?? 0) + 1;
console.log(counts);
const matrix = [
  [1, 2, 3],
  [4, 5, 6],
];
console.log(matrix, matrix.map((r) => r.reduce((a, b) => a + b)));
const nested = { a: { b: { c: { d: 1 } } }, list: [[1, [2, [3]]]] };
console.log(nested);
