// A small library system: class hierarchy, static registries, interfaces, optional chaining.
interface Borrowable { borrow(who: string): boolean; returnItem(): void; }
abstract class Media implements Borrowable {
  static all: Media[] = [];
  static byKind: Record<string, number> = {};
  private borrower?: string;
  constructor(readonly title: string, readonly year: number) {
    Media.all.push(this);
    const k = this.kind();
    Media.byKind[k] = (Media.byKind[k] ?? 0) + 1;
  }
  abstract kind(): string;
  get available() { return this.borrower === undefined; }
  borrow(who: string): boolean {
    if (!this.available) return false;
    this.borrower = who;
    return true;
  }
  returnItem() { this.borrower = undefined; }
  describe(): string { return `${this.kind()} "${this.title}" (${this.year})${this.available ? "" : " -> " + this.borrower}`; }
}
class Book extends Media {
  constructor(title: string, year: number, public author: { name: string; born?: number }) { super(title, year); }
  kind() { return "book"; }
  override describe() { return super.describe() + " by " + this.author.name + (this.author.born ? ` b.${this.author.born}` : ""); }
}
class Dvd extends Media {
  constructor(title: string, year: number, public minutes = 90) { super(title, year); }
  kind() { return "dvd"; }
}
class BluRay extends Dvd { override kind() { return "bluray"; } }
const items = [
  new Book("Dune", 1965, { name: "Herbert", born: 1920 }),
  new Dvd("Alien", 1979, 117),
  new BluRay("Arrival", 2016),
  new Book("Emma", 1815, { name: "Austen" }),
];
console.log(items[0].borrow("ann"), items[0].borrow("bob"), items[2].borrow("bob"));
for (const m of Media.all) console.log(m.describe());
console.log(Media.byKind, Media.all.length);
console.log(items.map((m) => m instanceof Dvd), items.map((m) => (m as Book).author?.born ?? "-"));
console.log(items.filter((m) => m.available).map((m) => m.title));
items[0].returnItem();
const sorted = [...items].sort((a, b) => a.year - b.year).map((m) => `${m.year}:${m.title}`);
console.log(sorted);
const decades: Record<number, string[]> = {};
for (const m of items) (decades[Math.floor(m.year / 10) * 10] ??= []).push(m.title);
console.log(decades);
const find = (t: string) => items.find((m) => m.title.toLowerCase() === t.toLowerCase());
console.log(find("alien")?.describe(), find("nope")?.describe(), find("EMMA")?.year);
const dvd = items[1] as Dvd;
console.log(dvd.minutes, (items[2] as Dvd).minutes, dvd.constructor.name, items[2].constructor.name);
console.log(JSON.stringify(items[0]), JSON.stringify(items[2]));
console.log(items[3]);
