const text = `the quick brown fox jumps over the lazy dog
the dog barks and the fox runs`;
const counts: Record<string, number> = {};
for (const word of text.split(/\s+/)) {
  counts[word] = (counts[word] || 0) + 1;
}
const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
for (const [w, n] of entries.slice(0, 5)) console.log(`${w}: ${n}`);
console.log(Object.keys(counts).length);
const longest = text.split(/\s+/).reduce((best, w) => (w.length > best.length ? w : best), "");
console.log(longest, longest.toUpperCase(), longest.length);
