// Generator methods in classes and object literals; catch clauses and close().
import { program } from "../harness";

test("closing a generator runs finally but not catch (return() is not an exception)", () =>
  program`
    function* g() {
      try {
        yield 1;
        yield 2;
      } catch (e) {
        console.log("catch must not run");
      } finally {
        console.log("finally runs");
      }
    }
    for (const x of g()) {
      console.log(x);
      break;
    }
    const it = g();
    it.next();
    console.log(it.return());
    const [a] = g();
    console.log(a);
  `.expectToMatchNode());

test("generator methods of classes see this", () =>
  program`
    class Bag {
      private items: string[] = [];
      add(s: string) { this.items.push(s); return this; }
      *each(): Generator<string> {
        for (const s of this.items) yield s.toUpperCase();
      }
      *pairs() {
        for (let i = 0; i + 1 < this.items.length; i += 2) yield [this.items[i], this.items[i + 1]];
      }
      static *upTo(n: number) {
        for (let i = 0; i < n; i++) yield i;
      }
    }
    const b = new Bag().add("a").add("b").add("c");
    for (const s of b.each()) console.log(s);
    console.log([...b.pairs()], [...Bag.upTo(3)]);
    const it = b.each();
    console.log(it.next(), it.next().value);
  `.expectToMatchNode());

test("generator methods in subclasses delegate to the parent's with yield*", () =>
  program`
    class Base {
      *values(): Generator<number> { yield 1; yield 2; }
    }
    class Derived extends Base {
      *values(): Generator<number> {
        yield 0;
        yield* super.values();
        yield 3;
      }
    }
    console.log([...new Derived().values()]);
  `.expectToMatchNode());

test("generator methods in object literals", () =>
  program`
    const counter = {
      start: 3,
      *down() {
        for (let i = this.start; i > 0; i--) yield i;
      },
    };
    console.log([...counter.down()]);
    counter.start = 2;
    for (const x of counter.down()) console.log("tick", x);
    const lib = {
      *letters(s: string) { yield* s; },
    };
    console.log(Array.from(lib.letters("abc")));
  `.expectToMatchNode());
