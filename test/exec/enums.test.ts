// Enums: numeric (auto-increment, explicit values, reverse mapping), string, const, heterogeneous.
import { program } from "../harness";

test("numeric enums: auto-increment, explicit values, reverse mapping", () =>
  program`
    enum Color { Red, Green = 5, Blue, Black = -1, Half = 0.5 }
    console.log(Color.Red, Color.Green, Color.Blue, Color.Black, Color.Half);
    console.log(Color[Color.Red], Color[Color.Blue], Color[6], Color[-1], Color[0.5]);
    const c: Color = Color.Green;
    console.log(c === Color.Green, c > Color.Red, \`\${Color.Blue}\`, Color["Blue"]);
  `.expectToMatchNode());

test("enums in switches and comparisons", () =>
  program`
    enum State { Idle, Running, Paused, Stopped = 10 }
    function next(s: State, ev: string): State {
      switch (s) {
        case State.Idle:
          if (ev === "start") return State.Running;
          break;
        case State.Running:
          if (ev === "pause") return State.Paused;
          if (ev === "stop") return State.Stopped;
          break;
        case State.Paused:
        case State.Stopped:
          if (ev === "start") return State.Running;
      }
      return s;
    }
    let s = State.Idle;
    for (const ev of ["start", "pause", "start", "stop", "noop", "start"]) {
      s = next(s, ev);
      console.log(ev, s, State[s]);
    }
  `.expectToMatchNode());

test("string enums", () =>
  program`
    enum Dir { Up = "UP", Down = "DOWN", Left = "LEFT" }
    function move(d: Dir): string {
      if (d === Dir.Up) return "north";
      return d === Dir.Down ? "south" : "west";
    }
    console.log(Dir.Up, Dir.Down === "DOWN", move(Dir.Up), move(Dir.Left), \`go \${Dir.Down}\`);
    const all: Dir[] = [Dir.Up, Dir.Down, Dir.Left];
    console.log(all.join("|"));
  `.expectToMatchNode());

test("const enums are inlined", () =>
  program`
    const enum Flags { None = 0, A = 1, B = 2, C = A | B, D = 1 << 3 }
    const enum Name { X = "ex" }
    let f = Flags.A | Flags.B;
    console.log(f, Flags.C, Flags.D, (f & Flags.B) !== 0, Name.X);
  `.expectToMatchNode());

test("heterogeneous enums and computed members", () =>
  program`
    enum Mixed { No = 0, Yes = "YES", Later = 7 }
    console.log(Mixed.No, Mixed.Yes, Mixed.Later, Mixed[7], Mixed[0]);
    const base = [1, 2, 3];
    enum Computed { Len = base.length, Twice = base.length * 2 }
    console.log(Computed.Len, Computed.Twice, Computed[3], Computed[6]);
  `.expectToMatchNode());

test("enum objects: keys and printing", () =>
  program`
    enum Color { Red, Green = 5, Blue }
    enum Dir { Up = "UP", Down = "DOWN" }
    console.log(Object.keys(Color).join(","));
    console.log(Object.keys(Dir).join(","));
    console.log(Color);
    console.log(Dir);
  `.expectToMatchNode());

test("enums inside functions, as fields and in classes", () =>
  program`
    enum Level { Low = 1, Mid, High }
    class Task {
      constructor(public title: string, public level: Level = Level.Mid) {}
      describe(): string { return this.title + ":" + Level[this.level]; }
    }
    function classify(n: number): string {
      enum Size { S, M, L }
      const s = n < 10 ? Size.S : n < 100 ? Size.M : Size.L;
      return Size[s];
    }
    const tasks = [new Task("a"), new Task("b", Level.High), new Task("c", Level.Low)];
    tasks.sort((x, y) => x.level - y.level);
    console.log(tasks.map((t) => t.describe()).join(" "), classify(5), classify(50), classify(500));
  `.expectToMatchNode());

test("enums across modules", () =>
  program`
    import { Suit, Rank } from "./cards";
    console.log(Suit.Hearts, Suit[Suit.Spades], Rank.Ace);
  `.with("cards.ts", `
    export enum Suit { Hearts, Spades }
    export const enum Rank { Ace = 1, King = 13 }
  `).expectToMatchNode());

test("iterating enum objects", () =>
  program`
    enum Color { Red, Green = 5, Blue }
    enum Dir { Up = "UP", Down = "DOWN" }
    const names: string[] = [];
    for (const k in Color) names.push(k);
    console.log(names.join(","));
    console.log(Object.values(Color).join(","), Object.values(Dir).join(","));
    console.log(Object.entries(Dir).map(([k, v]) => k + "=" + v).join(";"));
    const numeric = Object.values(Color).filter((v) => typeof v === "number");
    console.log(numeric.join("|"), "Red" in Color, "Purple" in Color);
  `.expectToMatchNode());

test("inventory: classes, enums and errors together", () =>
  program`
    enum Category { Tools = "tools", Food = "food", Toys = "toys" }
    enum Status { InStock, Low, Out }
    class StockError extends Error {
      constructor(public sku: string, message: string) {
        super(message);
        this.name = "StockError";
      }
    }
    class Item {
      static lowMark = 3;
      constructor(readonly sku: string, readonly category: Category, private qty: number) {}
      get status(): Status {
        if (this.qty === 0) return Status.Out;
        return this.qty <= Item.lowMark ? Status.Low : Status.InStock;
      }
      take(n: number): void {
        if (n > this.qty) throw new StockError(this.sku, \`only \${this.qty} left\`);
        this.qty -= n;
      }
    }
    const items = [new Item("h1", Category.Tools, 5), new Item("b2", Category.Food, 2), new Item("t3", Category.Toys, 0)];
    for (const it of items) console.log(it.sku, it.category, Status[it.status]);
    try {
      items[0].take(4);
      items[0].take(4);
    } catch (e) {
      if (e instanceof StockError) console.log(e.name, e.sku, e.message, String(e));
    }
    const byCat: Record<string, number> = {};
    for (const it of items) byCat[it.category] = (byCat[it.category] ?? 0) + 1;
    console.log(JSON.stringify(byCat), items.filter((i) => i.status === Status.Low).map((i) => i.sku).join(","));
  `.expectToMatchNode());

test("computed enum members whose run-time value is a string get a string reverse-mapping key", () =>
  program`
    enum Level { Debug, Info = 5, Warn, Error = "E" as any }
    const n = 3;
    enum K { A = n * 2, B = "b".length, C = String(n) as any }
    console.log(Level, K, Level[6], (Level as any)["E"], K[6], (K as any)["3"]);
    for (const k in Level) console.log(k);
  `.expectToMatchNode());
