function reverse(s: string): string {
  let out = "";
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}
function isPalindrome(s: string): boolean {
  const clean = s.toLowerCase().split("").filter((c) => c >= "a" && c <= "z").join("");
  return clean === reverse(clean);
}
console.log(reverse("hello"), isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("nope"));
function caesar(s: string, k: number): string {
  return s
    .split("")
    .map((ch) => {
      const c = ch.charCodeAt(0);
      if (c >= 97 && c <= 122) return String.fromCharCode(((c - 97 + k) % 26) + 97);
      return ch;
    })
    .join("");
}
console.log(caesar("attack at dawn", 3));
const title = "  Hello World  ";
console.log(`[${title.trim()}]`, title.trim().length, title.indexOf("World"), title.includes("xyz"));
console.log("a-b-c".split("-"), "x".repeat(3), "5".padStart(3, "0"), "ab".padEnd(4, "."));
console.log("Hello".startsWith("He"), "Hello".endsWith("lo"), "hello world".replace("o", "0"));
const csv = "name,age\nann,30\nbob,25";
const rows = csv.split("\n").slice(1).map((line) => line.split(","));
for (const [name, age] of rows) console.log(name, Number(age) + 1);
