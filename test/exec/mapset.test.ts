// Map and Set with JavaScript semantics: order, SameValueZero keys, live iteration, printing.
import { program } from "../harness";

describe("Map and Set: traps", () => {
  test("order after delete and re-add", () =>
    program`
      const m = new Map<string, number>();
      m.set("a", 1).set("b", 2).set("c", 3);
      m.delete("a");
      m.set("a", 4);
      m.set("b", 5);
      console.log([...m.keys()].join(","), [...m.values()].join(","), m.size);
      const s = new Set<number>([3, 1, 2]);
      s.delete(3);
      s.add(3);
      s.add(1);
      console.log([...s].join(","), s.size);
    `.expectToMatchNode());

  test("NaN, -0 and 1.0 keys are SameValueZero", () =>
    program`
      const m = new Map<number, string>();
      m.set(NaN, "nan");
      m.set(0 / 0, "nan2");
      m.set(-0, "zero");
      m.set(0, "zero2");
      m.set(1, "one");
      m.set(2 / 2, "one2");
      m.set(0.5 * 3, "x");
      console.log(m.size, m.get(NaN), m.get(0), m.get(-0), m.get(1), m.get(1.5), m.has(Math.sqrt(-1)));
      const s = new Set<number>([NaN, NaN, 0, -0, 1, 1.0]);
      console.log(s.size, s.has(NaN));
    `.expectToMatchNode());

  test("1 and '1' and true are different keys", () =>
    program`
      const m = new Map<unknown, string>();
      m.set(1, "num");
      m.set("1", "str");
      m.set(true, "bool");
      m.set(0, "zero");
      m.set(false, "false");
      m.set(null, "null");
      m.set(undefined, "undef");
      console.log(m.size, m.get(1), m.get("1"), m.get(true), m.get(0), m.get(false), m.get(null), m.get(undefined));
      const s = new Set<unknown>([1, true, "1", 0, false, "", null, undefined]);
      console.log(s.size, s.has(1), s.has(true), s.has("true"));
    `.expectToMatchNode());

  test("object and array keys by identity", () =>
    program`
      class P { constructor(public x: number) {} }
      const a = new P(1);
      const b = new P(1);
      const o1 = { k: 1 };
      const o2 = { k: 1 };
      const l1 = [1, 2];
      const l2 = [1, 2];
      const m = new Map<unknown, number>([[a, 1], [b, 2], [o1, 3], [o2, 4], [l1, 5], [l2, 6]]);
      console.log(m.size, m.get(a), m.get(b), m.get(o1), m.get(o2), m.get(l1), m.get(l2), m.get([1, 2]));
      m.delete(l1);
      console.log(m.has(l1), m.has(l2), m.size);
    `.expectToMatchNode());

  test("deleting during iteration skips unvisited keys; added keys are visited", () =>
    program`
      const m = new Map<number, string>([[1, "a"], [2, "b"], [3, "c"], [4, "d"]]);
      const seen: number[] = [];
      for (const [k] of m) {
        seen.push(k);
        if (k === 1) { m.delete(2); m.set(5, "e"); }
        if (k === 3) { m.delete(3); m.delete(4); m.set(6, "f"); }
        if (k === 5) m.delete(1);
      }
      console.log(seen.join(","), [...m.keys()].join(","));
      const s = new Set<number>([1, 2, 3]);
      const out: number[] = [];
      for (const v of s) {
        out.push(v);
        s.delete(v);
        if (v < 5) s.add(v + 10);
        if (out.length > 20) break;
      }
      console.log(out.join(","), s.size);
    `.expectToMatchNode());

  test("deleting the last entry then adding during iteration", () =>
    program`
      const s = new Set<string>(["x"]);
      const got: string[] = [];
      for (const v of s) {
        got.push(v);
        s.delete(v);
        if (got.length < 4) s.add(v + v);
      }
      console.log(got.join(" "), s.size);
    `.expectToMatchNode());

  test("clear during iteration, then add", () =>
    program`
      const m = new Map<string, number>([["a", 1], ["b", 2], ["c", 3]]);
      const got: string[] = [];
      for (const [k, v] of m) {
        got.push(k + v);
        if (k === "a") { m.clear(); m.set("z", 26); }
      }
      console.log(got.join(","), m.size);
    `.expectToMatchNode());

  test("printing Maps and Sets", () =>
    program`
      console.log(new Map([["a", 1], ["b", 2]]));
      console.log(new Set([1, 2, 3]));
      console.log(new Map(), new Set());
      console.log(new Map<string, unknown>([["x", [1, 2]], ["y", { a: 1 }], ["z", new Set(["q"])]]));
      console.log({ m: new Map([[1, "one"]]), s: new Set<number>() });
      console.log([new Set([NaN, -0, "s", null, undefined, true])]);
    `.expectToMatchNode());

  test("printing long Maps breaks lines like Node", () =>
    program`
      const m = new Map<string, string>();
      for (let i = 0; i < 8; i++) m.set("key number " + i, "value number " + i);
      console.log(m);
      const s = new Set<number>();
      for (let i = 0; i < 30; i++) s.add(i * 7);
      console.log(s);
      const deep = new Map([[1, new Map([[2, new Map([[3, new Map([[4, 5]])]])]])]]);
      console.log(deep);
    `.expectToMatchNode());
});

describe("Map and Set: API", () => {
  test("get/set/has/delete/clear, size, chaining", () =>
    program`
      const m = new Map<string, number>();
      const r = m.set("a", 1);
      console.log(r === m, m.get("a"), m.get("zz"), m.has("a"), m.has("b"));
      console.log(m.delete("a"), m.delete("a"), m.size);
      m.set("x", 1).set("y", 2);
      m.clear();
      console.log(m.size, m.get("x"));
      const s = new Set<string>();
      console.log(s.add("p") === s, s.has("p"), s.delete("p"), s.delete("p"), s.size);
    `.expectToMatchNode());

  test("constructors from arrays, strings, Maps and Sets", () =>
    program`
      const s1 = new Set("hello");
      console.log([...s1].join(""), s1.size);
      const m1 = new Map([["a", 1], ["b", 2]]);
      const m2 = new Map(m1);
      m2.set("c", 3);
      console.log(m1.size, m2.size, [...m2.keys()].join(""));
      const s2 = new Set(m1.keys());
      const s3 = new Set(s2);
      s3.add("z");
      console.log(s2.size, s3.size, [...s3].join(""));
      const m3 = new Map(Object.entries({ p: 1, q: 2 }));
      console.log(m3.get("q"));
      const s4 = new Set([[1], [1]]);
      console.log(s4.size);
    `.expectToMatchNode());

  test("for-of over Map gives pairs, over Set gives values", () =>
    program`
      const m = new Map<string, number>([["a", 1], ["b", 2]]);
      for (const [k, v] of m) console.log(k, v);
      for (const e of m) console.log(e);
      for (const [k, v] of m.entries()) console.log(k + v);
      for (const k of m.keys()) console.log(k);
      for (const v of m.values()) console.log(v);
      const s = new Set([3, 4]);
      for (const v of s) console.log(v);
      for (const [a, b] of s.entries()) console.log(a, b);
      let k2 = "";
      let v2 = 0;
      for ([k2, v2] of m) console.log(k2, v2);
    `.expectToMatchNode());

  test("break and continue in for-of over a Map", () =>
    program`
      const m = new Map<number, number>();
      for (let i = 0; i < 10; i++) m.set(i, i * i);
      let sum = 0;
      for (const [k, v] of m) {
        if (k % 2) continue;
        if (k > 6) break;
        sum += v;
      }
      console.log(sum);
    `.expectToMatchNode());

  test("forEach with one, two and three parameters", () =>
    program`
      const m = new Map<string, number>([["a", 1], ["b", 2]]);
      m.forEach((v) => console.log(v));
      m.forEach((v, k) => console.log(k, v));
      m.forEach((v, k, mm) => console.log(k, v, mm.size));
      const s = new Set(["x", "y"]);
      s.forEach((v, v2) => console.log(v, v2));
      let n = 0;
      s.forEach(() => n++);
      console.log(n);
      function show(v: number, k: string) { console.log("show", k, v); }
      m.forEach(show);
    `.expectToMatchNode());

  test("spread and Array.from of keys/values/entries", () =>
    program`
      const m = new Map<string, number>([["a", 1], ["b", 2]]);
      console.log([...m], [...m.keys()], [...m.values()], [...m.entries()]);
      console.log(Array.from(m), Array.from(m.entries()), Array.from(m.keys(), (k) => k + "!"));
      const s = new Set([1, 2, 2, 3]);
      console.log([...s], Array.from(s), Array.from(s.values()).map((x) => x * 2));
      const [first, second] = s;
      const [[k0, v0]] = m;
      console.log(first, second, k0, v0);
    `.expectToMatchNode());

  test("String, JSON.stringify, typeof, truthiness", () =>
    program`
      const m = new Map([["a", 1]]);
      const s = new Set([1]);
      const e = new Set<number>();
      console.log(String(s), String(m), \`\${m}\`, JSON.stringify(m), JSON.stringify({ s, n: 1 }), typeof m);
      console.log(e ? "truthy" : "falsy", Object.keys(m).length);
    `.expectToMatchNode());

  test("maps of arrays, counting, grouping", () =>
    program`
      const words = "the cat and the dog and the bird".split(" ");
      const counts = new Map<string, number>();
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      console.log(counts);
      const byLen = new Map<number, string[]>();
      for (const w of words) {
        const g = byLen.get(w.length);
        if (g) g.push(w);
        else byLen.set(w.length, [w]);
      }
      for (const [len, ws] of byLen) console.log(len, ws.join("|"));
      const uniq = new Set(words);
      console.log(uniq.size, [...uniq].sort().join(" "));
    `.expectToMatchNode());

  test("Map and Set as fields and parameters", () =>
    program`
      class Graph {
        edges = new Map<string, Set<string>>();
        add(a: string, b: string): this {
          if (!this.edges.has(a)) this.edges.set(a, new Set());
          this.edges.get(a)!.add(b);
          return this;
        }
        degree(a: string): number { return this.edges.get(a)?.size ?? 0; }
      }
      const g = new Graph().add("a", "b").add("a", "c").add("b", "c").add("a", "b");
      console.log(g.degree("a"), g.degree("b"), g.degree("z"));
      function total(m: ReadonlyMap<string, number>): number {
        let t = 0;
        for (const v of m.values()) t += v;
        return t;
      }
      console.log(total(new Map([["x", 2], ["y", 3]])));
    `.expectToMatchNode());

  test("size after many deletes and re-adds", () =>
    program`
      const s = new Set<number>();
      for (let i = 0; i < 1000; i++) s.add(i);
      for (let i = 0; i < 1000; i += 2) s.delete(i);
      for (let i = 0; i < 10; i++) s.add(i);
      let sum = 0;
      for (const v of s) sum += v;
      console.log(s.size, sum, [...s].slice(0, 5).join(","), [...s].slice(-5).join(","));
    `.expectToMatchNode());

  test("undefined values versus missing keys", () =>
    program`
      const m = new Map<string, number | undefined>();
      m.set("u", undefined);
      console.log(m.has("u"), m.get("u"), m.has("v"), m.get("v"), m.size);
      console.log(m);
    `.expectToMatchNode());

  test("new Map(null) and new Set(undefined) are empty", () =>
    program`
      const m = new Map<string, number>(null);
      const s = new Set<number>(undefined);
      console.log(m.size, s.size);
    `.expectToMatchNode());

  test("closures over the loop variables of a Map for-of", () =>
    program`
      const m = new Map([["a", 1], ["b", 2]]);
      const fs: (() => string)[] = [];
      for (const [k, v] of m) fs.push(() => k + v);
      console.log(fs.map((f) => f()).join(","));
    `.expectToMatchNode());

  test("float keys and negative zero print", () =>
    program`
      const m = new Map<number, number>([[0.1, 1], [-0, 2], [1e21, 3], [Infinity, 4], [-Infinity, 5]]);
      console.log(m.get(0.1), m.get(0), m.get(1e21), m.get(Infinity), m.get(-Infinity));
      console.log(m);
    `.expectToMatchNode());

  test("the benchmark workload, smaller", () =>
    program`
      const counts = new Map<number, number>();
      const seen = new Set<number>();
      let seed = 42;
      let repeats = 0;
      for (let i = 0; i < 500; i++) {
        seed = (seed * 75 + 74) % 65537;
        const key = seed % 30;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        if (seen.has(seed % 100)) repeats++;
        else seen.add(seed % 100);
      }
      for (let k = 0; k < 100; k += 3) seen.delete(k);
      console.log(counts.size, repeats, seen.size);
    `.expectToMatchNode());
});

describe("Map and Set: refusals", () => {
  test("WeakMap is refused", () => program`const w = new WeakMap<object, number>(); console.log(w);`.expectDiagnostic("TSMPY1007", 1));
  test("WeakSet is refused", () => program`const w = new WeakSet<object>(); console.log(w);`.expectDiagnostic("TSMPY1007", 1));
  test("forEach with a this-argument is refused", () =>
    program`const m = new Map([[1, 2]]); m.forEach(function (v) { console.log(v); }, {});`.expectDiagnostic("TSMPY1007", 1));
});

describe("Map and Set: more", () => {
  test("an iterator kept in a variable, iterated once", () =>
    program`
      const m = new Map([[1, "a"], [2, "b"]]);
      const it = m.keys();
      for (const k of it) console.log(k);
      for (const k of it) console.log("again", k);
      const es = new Set(["x"]).entries();
      console.log([...es], [...es]);
    `.expectToMatchNode());

  test("records and Maps as keys, short entries", () =>
    program`
      const r1: Record<string, number> = { a: 1 };
      const r2: Record<string, number> = { a: 1 };
      const inner = new Map<string, number>();
      const m = new Map<unknown, number>([[r1, 1], [r2, 2], [inner, 3]]);
      console.log(m.size, m.get(r1), m.get(r2), m.get(inner), m.has({ a: 1 }));
      const short = new Map<number, number | undefined>([[1] as unknown as [number, number]]);
      console.log(short.size, short.get(1), short.has(1));
    `.expectToMatchNode());

  test("Maps and Sets behind any", () =>
    program`
      const m: any = new Map<number, number>();
      m.set(1, 2).set(3, 4);
      console.log(m.get(1), m.size, m.has(3), m.get(9));
      m.forEach((v: number) => console.log(v));
      m.forEach((v: number, k: number) => console.log(k, v));
      const s: any = new Set([1, 2]);
      s.forEach((v: number) => console.log(v));
      console.log(m, s, [...m], [...s]);
    `.expectToMatchNode());

  test("instanceof Map and Set", () =>
    program`
      const xs: unknown[] = [new Map(), new Set(), [], {}, null];
      console.log(xs.map((x) => (x instanceof Map ? "M" : x instanceof Set ? "S" : "-")).join(""));
    `.expectToMatchNode());

  test("forEach sees deletions and additions made during the walk", () =>
    program`
      const m = new Map<number, number>([[1, 1], [2, 2], [3, 3]]);
      const got: number[] = [];
      m.forEach((v, k) => {
        got.push(k);
        if (k === 1) { m.delete(3); m.set(4, 4); }
      });
      console.log(got.join(","));
    `.expectToMatchNode());

  test("a Map printed inside itself is circular", () =>
    program`
      const m = new Map<string, unknown>();
      m.set("self", m);
      m.set("n", 1);
      console.log(m);
      const s = new Set<unknown>();
      s.add(s);
      console.log(s);
    `.expectToMatchNode());

  test("optional chaining and nullable Maps", () =>
    program`
      let m: Map<string, number> | undefined;
      console.log(m?.size, m?.get("a"));
      m = new Map([["a", 1]]);
      console.log(m?.size, m?.get("a"), m?.has("b"));
    `.expectToMatchNode());

  test("objects of classes as keys and values print", () =>
    program`
      class Pt { constructor(public x: number, public y: number) {} }
      const a = new Pt(1, 2);
      const m = new Map<Pt, string>([[a, "a"], [new Pt(1, 2), "b"]]);
      console.log(m.get(a), m.size, m);
      const s = new Set<Pt>([a, a, new Pt(3, 4)]);
      console.log(s.size, s);
    `.expectToMatchNode());

  test("nested Maps of Sets built in loops", () =>
    program`
      const index = new Map<string, Set<number>>();
      const text = ["a b c", "b c d", "c d e"];
      text.forEach((line, i) => {
        for (const w of line.split(" ")) {
          let s = index.get(w);
          if (!s) { s = new Set(); index.set(w, s); }
          s.add(i);
        }
      });
      for (const [w, lines] of index) console.log(w, [...lines].join("+"));
      console.log(index);
    `.expectToMatchNode());

  test("keys of mixed types keep their own identity and order", () =>
    program`
      const m = new Map<unknown, number>();
      const keys: unknown[] = [1, "1", true, 1.5, NaN, null, undefined, "", 0, false, -0, "true"];
      keys.forEach((k, i) => m.set(k, i));
      console.log(m.size, [...m.values()].join(","));
      console.log(m);
    `.expectToMatchNode());
});
