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
