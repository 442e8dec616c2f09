import { program } from "../harness";

test("optional property access, element access and calls", () =>
  program`
    interface Node2 { name: string; next?: Node2 | null; tags?: string[]; run?: (n: number) => number }
    const a: Node2 = { name: "a", next: { name: "b", next: null, tags: ["x", "y"] }, run: (n: number) => n * 2 };
    function none(): Node2 | undefined { return undefined; }
    const u = none();
    console.log(a.next?.name, a.next?.next?.name, u?.name, u?.next?.name);
    console.log(a.next?.tags?.[1], a.tags?.[0], a.run?.(21), a.next?.run?.(1));
    function nul(): Node2 | null { return null; }
    const n = nul();
    console.log(n?.name, n?.next?.name ?? "dflt");
    console.log(a?.next?.name.length, u?.name.length);
  `.expectToMatchNode());

test("optional chain evaluates its base once and short-circuits arguments", () =>
  program`
    let calls = 0;
    function get(): { v: number; f(x: number): number } | undefined {
      calls++;
      return calls % 2 === 1 ? { v: calls, f: (x: number) => x + 1 } : undefined;
    }
    function arg(): number { console.log("arg evaluated"); return 5; }
    console.log(get()?.v, calls);
    console.log(get()?.v, calls);
    console.log(get()?.f(arg()));
    console.log(get()?.f(arg()));
  `.expectToMatchNode());

test("optional chains on records, arrays and with side effects in keys", () =>
  program`
    const rec: Record<string, { n: number } | undefined> = { a: { n: 1 } };
    console.log(rec["a"]?.n, rec["b"]?.n, rec.a?.n);
    const lists: number[][] | undefined = [[1, 2], [3]];
    let i = 0;
    console.log(lists?.[i++]?.[1], i, lists?.[5]?.[0], i);
    function maybe(x: number): number[] | null { return x > 0 ? [x, x * 2] : null; }
    console.log(maybe(2)?.length, maybe(0)?.length, maybe(3)?.[1], maybe(-1)?.[1]);
  `.expectToMatchNode());

test("optional chains in conditions and with nullish coalescing", () =>
  program`
    interface Cfg { opts?: { debug?: boolean; level?: number } }
    const cfgs: Cfg[] = [{}, { opts: {} }, { opts: { debug: true, level: 0 } }];
    for (const c of cfgs) {
      if (c.opts?.debug) console.log("debug");
      else console.log("quiet");
      console.log(c.opts?.level ?? -1, c.opts?.level === undefined, !c.opts?.level);
    }
  `.expectToMatchNode());

test("optional method calls on class instances", () =>
  program`
    class Greeter {
      constructor(private name: string) {}
      greet(p: string) { return p + " " + this.name; }
    }
    function find(ok: boolean): Greeter | undefined { return ok ? new Greeter("bob") : undefined; }
    console.log(find(true)?.greet("hi"), find(false)?.greet("hi"));
    const g: Greeter | null = find(true) ?? null;
    console.log(g?.greet("yo").toUpperCase());
  `.expectToMatchNode());

test("optional call of a possibly undefined function", () =>
  program`
    let cb: ((n: number) => number) | undefined;
    console.log(cb?.(1));
    cb = (n) => n + 1;
    console.log(cb?.(1));
    const handlers: { [k: string]: (() => string) | undefined } = { a: () => "A" };
    console.log(handlers["a"]?.(), handlers["b"]?.());
  `.expectToMatchNode());

test("non-null assertions inside optional chains", () =>
  program`
    interface T { b?: { c: number } }
    function get(ok: boolean): T | undefined { return ok ? { b: { c: 7 } } : undefined; }
    console.log(get(true)?.b!.c, get(false)?.b!.c);
  `.expectToMatchNode());

test("optional chains whose later links need statements", () =>
  program`
    interface R { run(f: () => number): number }
    function get(ok: boolean): R | undefined { return ok ? { run: (f: () => number) => f() * 2 } : undefined; }
    let made = 0;
    for (const ok of [true, false]) {
      const v = get(ok)?.run(() => { made++; const k = 20; return k + 1; });
      console.log(v, made);
    }
  `.expectToMatchNode());
