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
