const paragraph = "It was the best of times, it was the worst of times. It was the age of wisdom!";
const sentences = paragraph.split(/[.!?]/).filter((s) => s.trim().length > 0);
console.log("sentences:", sentences.length);
const words = paragraph.toLowerCase().replace(/[^a-z\s]/g, "").split(" ");
console.log("words:", words.length, "unique:", new Set(words).size);
const letters: Record<string, number> = {};
for (const ch of paragraph.toLowerCase()) {
  if (ch >= "a" && ch <= "z") letters[ch] = (letters[ch] ?? 0) + 1;
}
const top = Object.entries(letters)
  .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
  .slice(0, 3)
  .map(([c, n]) => `${c}:${n}`);
console.log(top.join(" "));
const capitalized = words.map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w)).join(" ");
console.log(capitalized.slice(0, 30));
