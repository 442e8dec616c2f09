import { program } from "../harness";

// Records keyed by a type parameter are records (dicts), and their reads may be missing.
test("Record<K, V> with a generic K: missing keys read as undefined", () =>
  program`
    function groupBy<T, K extends string>(xs: T[], key: (x: T) => K): Record<K, T[]> {
      const out = {} as Record<K, T[]>;
      for (const x of xs) {
        const k = key(x);
        if (!out[k]) out[k] = [];
        out[k].push(x);
      }
      return out;
    }
    const g = groupBy(["ant", "bee", "ape", "cat"], (w) => w[0]);
    console.log(Object.keys(g).join(","), g["a"].length, JSON.stringify(g));
    function count<K extends string>(keys: K[]): Record<K, number> {
      const c = {} as Record<K, number>;
      for (const k of keys) c[k] = (c[k] ?? 0) + 1;
      return c;
    }
    console.log(JSON.stringify(count(["x", "y", "x"])));
  `.expectToMatchNode());

test("a number-keyed record indexed by a string cast to number (for-in keys) reads and writes", () =>
  program`
    const scores: { [id: number]: number } = { 1: 5, 2.5: 6 };
    for (const k in scores) console.log(k, scores[k as unknown as number], scores[k as any], scores[(k as any) as number]);
    const r: Record<number, string> = {};
    for (const k of ["3", "4"]) r[k as unknown as number] = k + "!";
    console.log(r, r[3]);
  `.expectToMatchNode());
