import { program } from "../harness";

// Reads past the end of an array are undefined in JS; loops that stop on undefined rely on it.
test("a read past the end, assigned and compared with undefined", () =>
  program`
    const items = ["a", "b", "c"];
    let idx = 0;
    let item: string | undefined;
    const seen: string[] = [];
    while ((item = items[idx++]) !== undefined) seen.push(item);
    console.log(seen.join(""), idx);
    let j = 0;
    let x: string | undefined = items[j];
    while (x) {
      j++;
      x = items[j];
    }
    console.log(j, x);
  `.expectToMatchNode());
