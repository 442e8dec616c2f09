// Hashing and bit tricks: 32-bit overflow, >>>, string hashes, bitsets, checksum tables.
function djb2(s: string): number {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0;
  return h >>> 0;
}
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
const words = ["", "a", "hello", "Hello, World!", "tsmpy"];
console.log(words.map(djb2), words.map(fnv1a).map((h) => h.toString(16).padStart(8, "0")));
function javaHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (31 * h + s.charCodeAt(i)) | 0;
  return h;
}
console.log(words.map(javaHash));
const buckets: number[][] = Array.from({ length: 4 }, () => []);
for (const w of ["x", "yy", "zzz", "hash", "map", "set"]) buckets[Math.abs(javaHash(w)) % 4].push(w.length);
console.log(buckets);
class BitSet {
  private words: number[] = [0, 0];
  set(i: number) { this.words[i >> 5] |= 1 << (i & 31); return this; }
  has(i: number) { return (this.words[i >> 5] & (1 << (i & 31))) !== 0; }
  count() { return this.words.reduce((n, w) => { let c = 0; while (w) { w &= w - 1; c++; } return n + c; }, 0); }
  toString() { return this.words.map((w) => (w >>> 0).toString(2).padStart(32, "0")).join("|"); }
}
const bs = new BitSet().set(0).set(31).set(32).set(5).set(63);
console.log(bs.has(31), bs.has(30), bs.has(63), bs.count(), `${bs}`);
console.log(1 << 31, (1 << 31) >>> 0, ~0, ~0 >>> 0, -1 >> 28, -1 >>> 28, 0xffffffff | 0, 2 ** 32 + 5 | 0);
console.log(5 & -2, -5 & 0xff, 7 ^ -1, 1 << 32, 1 << 33, 3.9 | 0, -3.9 | 0, ~~2147483648.5);
let crc = 0xffffffff;
for (const b of [0x31, 0x32, 0x33]) {
  crc ^= b;
  for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
}
console.log((crc ^ 0xffffffff) >>> 0, ((crc ^ 0xffffffff) >>> 0).toString(16));
const rgb = (r: number, g: number, b: number) => ((r & 255) << 16) | ((g & 255) << 8) | (b & 255);
const c = rgb(255, 128, 300);
console.log(c, "#" + c.toString(16).padStart(6, "0"), (c >> 16) & 255, (c >> 8) & 0xff, c & 0xff);
