import { program } from "../harness";

test("array spread", () =>
  program`
    const a = [1, 2];
    const b = [3, 4];
    console.log([...a, ...b], [0, ...a, 9], [..."héllo"], [...a, ...[], ...[[5]]]);
    const copy = [...a];
    copy.push(3);
    console.log(a, copy);
  `.expectToMatchNode());

test("call spread", () =>
  program`
    function sum3(x: number, y: number, z: number) { return x + y + z; }
    const xs: [number, number, number] = [1, 2, 3];
    console.log(sum3(...xs));
    function all(...rest: number[]) { return rest.length; }
    console.log(all(...xs, ...xs), all());
  `.expectToMatchNode());

test("object spread keeps key order and overrides", () =>
  program`
    const base = { id: 1, name: "base", tags: ["a"] };
    const over = { ...base, name: "over", extra: true };
    console.log(over, base);
    const inner: { b: number; a?: number } = { b: 2, a: 3 };
    const merged = { a: 1, ...inner, c: 4 };
    console.log(merged, Object.keys(merged));
    const rec: Record<string, number> = { x: 1 };
    const rec2: Record<string, number> = { ...rec, y: 2 };
    rec2.z = 3;
    console.log(rec, rec2);
    const shallow = { ...base };
    shallow.tags.push("b");
    console.log(base.tags, shallow.tags === base.tags);
  `.expectToMatchNode());

test("spread evaluates in order", () =>
  program`
    let n = 0;
    function next(): number[] { n++; console.log("next", n); return [n]; }
    function obj(): { v: number } { n++; console.log("obj", n); return { v: n }; }
    console.log([...next(), ...next()]);
    console.log({ a: next()[0], ...obj(), b: next()[0] });
  `.expectToMatchNode());

test("spread into constructors, builtins and nested arrays", () =>
  program`
    class Pt { constructor(public x: number, public y: number) {} }
    const coords: [number, number] = [3, 4];
    console.log(new Pt(...coords));
    const nums = [5, 1, 9];
    console.log(Math.max(...nums), Math.min(...nums, 0));
    const chars = [..."abc", ..."de"];
    console.log(chars.length, chars);
    const nested = [[1], [2, 3]];
    const flat = [...nested[0], ...nested[1]];
    console.log(flat, [...[...flat, ...flat]]);
  `.expectToMatchNode());
