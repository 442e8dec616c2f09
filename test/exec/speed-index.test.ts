// Inlined bounds tests for int indices (expressions/index-guard.ts) and parameter facts from call
// sites (analysis/params.ts): each case checks that the fast form is emitted (so the test cannot
// pass by falling back to the helper) and that the edge cases still behave as in Node.
import { program } from "../harness";
import { runCompiled } from "../../compiler/src/runner";

describe("parameter facts from the calls of a private function", () => {
  test("an int parameter makes a range loop; negative and out-of-range reads stay undefined", async () => {
    const p = program`
      function probe(xs: number[], n: number): string {
        const out: string[] = [];
        for (let i = 0; i < n; i++) {
          const k = i - 2;
          const v = xs[k];
          out.push(v === undefined ? "u" : "" + v);
        }
        return out.join(",");
      }
      console.log(probe([10, 20, 30], 6));
      console.log(probe([], 2));
    `;
    const python = p.python();
    expect(python).toContain("for i in range(0, n)");
    expect(python).toMatch(/if 0 <= k:\s*try:\s*v = xs\[k\]\s*except IndexError:\s*v = None\s*else:\s*v = None/);
    await p.expectToMatchNode();
  });

  test("a float argument at one call keeps the general code for every call", async () => {
    const p = program`
      function at(xs: number[], i: number): number | undefined {
        const v = xs[i];
        return v;
      }
      const xs = [1, 2, 3];
      console.log(at(xs, 1), at(xs, 1.5), at(xs, 2.0), at(xs, -1), at(xs, 3));
      console.log(at(xs, 4 / 2));
    `;
    expect(p.python()).toContain("js_get(xs, i)");
    await p.expectToMatchNode();
  });

  test("recursion: the parameter grows by the recursive call; NaN or -0 arguments are never ints", async () => {
    const p = program`
      const seen: boolean[] = [false, false, false];
      function walk(depth: number): number {
        if (depth > 4) return 0;
        const hit = seen[depth];
        seen[depth] = true;
        return (hit ? 1 : 0) + walk(depth + 1);
      }
      console.log(walk(0), walk(1), JSON.stringify(seen));
      function half(k: number): string {
        const a = [7, 8];
        const v = a[k];
        return v === undefined ? "u" : "" + v;
      }
      console.log(half(0), half(-0), half(NaN), half(1 / 3));
    `;
    const python = p.python();
    expect(python).toMatch(/try:\s*hit = seen\[depth\]\s*except IndexError:\s*hit = None/);
    expect(python).toMatch(/try:\s*seen\[depth\] = True\s*except IndexError:\s*js_setidx\(seen, depth, True\)/);
    expect(python).toContain("js_get(a, k)");
    await p.expectToMatchNode();
  });

  test("a function that escapes (passed as a value, exported, called with spread) gets no facts", async () => {
    const p = program`
      function pick(xs: string[], i: number): string | undefined {
        const v = xs[i];
        return v;
      }
      const f = pick;
      console.log(pick(["a", "b"], 1), f(["a", "b"], 0.5));
      function pick2(xs: string[], i: number): string | undefined {
        const v = xs[i];
        return v;
      }
      const args: [string[], number] = [["x"], 0.5];
      console.log(pick2(["a"], 0), pick2(...args));
      export function pick3(xs: string[], i: number): string | undefined {
        const v = xs[i];
        return v;
      }
      console.log(pick3(["q"], 0));
    `;
    const python = p.python();
    expect(python).not.toMatch(/if 0 <= i < len\(xs\)|xs\[i\] if/);
    await p.expectToMatchNode();
  });

  test("default, optional and rest parameters get no facts from calls", async () => {
    const p = program`
      function d(xs: number[], i: number = 0.5): number | undefined { const v = xs[i]; return v; }
      function o(xs: number[], i?: number): number | undefined { const v = xs[i ?? 0.5]; return v; }
      console.log(d([1, 2], 1), d([1, 2]), o([1, 2], 1), o([1, 2]));
    `;
    expect(p.python()).not.toMatch(/xs\[i\] if/);
    await p.expectToMatchNode();
  });
});

describe("facts of a function's returned values", () => {
  test("an int-returning function keeps % plain; a float, negative or -0 return keeps js_mod", async () => {
    const p = program`
      function nextSeed(seed: number): number {
        return (seed * 75 + 74) % 65537;
      }
      function halfOr(x: number): number {
        if (x > 2) return x / 2;
        return x;
      }
      function shifted(k: number): number {
        return k - 5;
      }
      function negZero(): number {
        return -0;
      }
      function maybe(k: number): number {
        if (k > 0) return k;
        throw new Error("no");
      }
      let seed = 42;
      const out: number[] = [];
      for (let i = 0; i < 5; i++) {
        seed = nextSeed(seed);
        out.push(seed % 1000);
      }
      console.log(out.join(","));
      console.log(halfOr(5) % 2, halfOr(1) % 2, shifted(1) % 3, negZero() % 5, maybe(7) % 4);
    `;
    const python = p.python();
    expect(python).toContain("seed % 1000");
    expect(python).toContain("js_mod(halfOr(5), 2)");
    expect(python).toContain("js_mod(shifted(1), 3)");
    expect(python).toContain("js_mod(negZero(), 5)");
    await p.expectToMatchNode();
  });
});

describe("inlined bounds tests on int indices", () => {
  test("reads: negative, past the end, empty arrays and strings give undefined", async () => {
    const p = program`
      const xs = [5, 6, 7];
      const s = "abc";
      const out: (number | string | undefined)[] = [];
      for (let k = -4; k < 5; k++) {
        const a = xs[k];
        const c = s[k];
        out.push(a, c);
      }
      console.log(JSON.stringify(out.map((v) => v === undefined ? "u" : v)));
      const empty: number[] = [];
      let j = 0;
      const e = empty[j];
      console.log(e === undefined, empty[j] ?? "dflt");
    `;
    const python = p.python();
    expect(python).toMatch(/if 0 <= k:\s*try:\s*a = xs\[k\]\s*except IndexError:\s*a = None\s*else:\s*a = None/);
    expect(python).toMatch(/if 0 <= k:\s*try:\s*c = s\[k\]\s*except IndexError:\s*c = None/);
    // in an expression (not a statement of its own) the bounds test stays inline
    expect(python).toMatch(/empty\[j\] if j < len\(empty\) else None/);
    await p.expectToMatchNode();
  });

  test("reads in truth tests: false, 0 and undefined elements", async () => {
    const p = program`
      const flags: boolean[] = [true, false];
      const nums: number[] = [0, 3];
      let hits = "";
      for (let i = -1; i < 3; i++) {
        hits += (flags[i] || nums[i] ? "T" : "F");
        console.log(flags[i] ?? "n", nums[i] || "z");
      }
      console.log(hits);
    `;
    expect(p.python()).toMatch(/flags\[i\] if 0 <= i < len\(flags\) else None/);
    await p.expectToMatchNode();
  });

  test("writes: inside the array and at the end (append)", async () => {
    const p = program`
      const xs: number[] = [1, 2];
      for (let i = 0; i < 3; i++) {
        const v = i * 10;
        xs[i] = v;
      }
      console.log(JSON.stringify(xs), xs.length);
      let n = 0;
      for (let i = 0; i < 3; i++) n += xs[i];
      console.log(n);
    `;
    const python = p.python();
    expect(python).toMatch(/try:\s*xs\[i\] = v\s*except IndexError:\s*js_setidx\(xs, i, v\)/);
    await p.expectToMatchNode();
  });

  test("writes with an index that may be negative: tested against 0, then stored or appended", async () => {
    const p = program`
      const xs: number[] = [];
      for (let k = -1; k < 4; k++) {
        if (k >= 0) {
          const v = k * 2;
          xs[k] = v;
        }
      }
      for (let k = -1; k < 4; k++) {
        if (k >= 1) {
          const v = k * 3;
          xs[k] = v;
        }
      }
      console.log(JSON.stringify(xs), xs.length);
    `;
    expect(p.python()).toMatch(/if 0 <= k:\s*try:\s*xs\[k\] = v\s*except IndexError:\s*js_setprop\(xs, k, v\)\s*else:\s*js_setprop\(xs, k, v\)/);
    await p.expectToMatchNode();
  });

  test("a negative index write is refused at run time instead of overwriting an element from the end", async () => {
    // JS adds a property "-1" to the array (not an element); Python's xs[-1] would silently
    // overwrite the last element. Like a write that would leave holes, it raises.
    for (const index of ["k", "-1", "\"-1\" as unknown as number"]) {
      const p = program`
        const xs: number[] = [1, 2];
        let k = -1;
        try {
          xs[${index}] = 9;
        } catch (e) {
          console.log("refused");
        }
        console.log(JSON.stringify(xs));
      `;
      const r = await runCompiled(p.compile(), "/project/main.ts", { timeoutMs: 20000 });
      expect(r.error).toBeNull();
      expect(r.stdout).toBe("refused\n[1,2]\n");
    }
  });

  test("a value that may change the array's length is computed before the bounds test (helper kept)", async () => {
    const p = program`
      const xs: number[] = [1, 2, 3];
      let i = 2;
      xs[i] = xs.pop()! + 100;
      console.log(JSON.stringify(xs));
      const ys: number[] = [4, 5];
      let j = 1;
      ys[j] = (ys.length = 1, 9);
      console.log(JSON.stringify(ys));
    `;
    const python = p.python();
    expect(python).toContain("js_setidx(xs, i, ");
    await p.expectToMatchNode();
  });

  test("compound updates and ++ on elements with int indices of either sign", async () => {
    const p = program`
      const count: number[] = [3, 3, 3];
      for (let r = 2; r >= 0; r--) {
        count[r]--;
        count[r] += r;
        if (count[r] > 2) count[r] = count[r] - 1;
      }
      console.log(JSON.stringify(count));
    `;
    await p.expectToMatchNode();
  });

  test("floats and values past 2**53 are never taken for ints", async () => {
    const p = program`
      const xs = [1, 2, 3];
      let f = 0;
      f += 0.5;
      const a = xs[f];
      let big = 2 ** 53;
      big = big + 2;
      const b = xs[big - 2 ** 53];
      console.log(a, b);
    `;
    expect(p.python()).toContain("js_get(xs, f)");
    await p.expectToMatchNode();
  });
});

describe("find, some and every with an inline callback", () => {
  test("find returns the first match or undefined, stops early", async () => {
    const p = program`
      const xs = [3, 0, 8, 5, 0];
      let calls = 0;
      const isBig = (v: number) => { calls++; return v > 4; };
      console.log(xs.find((v) => v > 4), xs.find((v) => v > 100), xs.find((v, i) => i === 3 && v));
      console.log(xs.find((v) => isBig(v)), calls);
      console.log([NaN, 1].find((v) => v), ["", "a"].find((s) => s), [].find((v) => true));
    `;
    const python = p.python();
    expect(python).toMatch(/next\(\(v for v in xs if v > 4\), None\)/);
    await p.expectToMatchNode();
  });

  test("some and every: empty arrays, NaN and strings as truth values, early stop", async () => {
    const p = program`
      const xs = [1, 2, NaN];
      const ss = ["a", ""];
      let seen = 0;
      const note = (v: number) => { seen++; return v; };
      console.log(xs.some((v) => v > 1), xs.every((v) => v > 0), xs.every((v) => v), xs.some((v) => v !== v));
      console.log(ss.some((s) => s), ss.every((s) => s), ([] as number[]).some((v) => true), ([] as number[]).every((v) => false));
      console.log(xs.some((v) => note(v) > 0), seen);
      console.log(xs.every((v, i) => i < 2 || v !== v));
    `;
    const python = p.python();
    expect(python).toMatch(/any\(\(v > 1 for v in xs\)\)/);
    expect(python).toMatch(/all\(\(/);
    await p.expectToMatchNode();
  });
});

describe("pop and reads through a property, inline", () => {
  test("pop on empty and non-empty arrays, as a value, through a property and in a condition", async () => {
    const p = program`
      class Q {
        items: number[] = [1, 2];
        take(): number | undefined {
          const v = this.items.pop();
          return v;
        }
        first(): number | undefined {
          const v = this.items[0];
          return v;
        }
      }
      const q = new Q();
      console.log(q.take(), q.first(), q.take(), q.take(), q.first(), q.items.length);
      const xs: (number | undefined)[] = [undefined, 0];
      const a = xs.pop();
      const b = xs.pop();
      const c = xs.pop();
      console.log(a, b, c, xs.length);
      const ys = [3];
      console.log(ys.length > 0 && ys.pop(), ys.length > 0 && ys.pop());
    `;
    const python = p.python();
    expect(python).toMatch(/v = _x\d+\.pop\(\) if _x\d+ else None/);
    expect(python).toMatch(/_t\d+ = self\.items\s*\n\s*try:\s*v = _t\d+\[0\]/);
    await p.expectToMatchNode();
  });
});

describe("range loops up to a variable the loop never writes; computed int indices", () => {
  test("a let bound moved between loops but not inside one becomes range(); a closure writing it keeps the while loop", async () => {
    const p = program`
      function rotate(xs: number[], n: number): string {
        const out: string[] = [];
        let r = n;
        while (r > 0) {
          for (let i = 0; i < r; i++) xs[i] = xs[i + 1];
          xs[r] = -r;
          out.push(xs.join(" "));
          r--;
        }
        return out.join("|");
      }
      console.log(rotate([0, 1, 2, 3, 4], 3));
      let m = 3;
      const shrink = () => { m--; };
      let seen = "";
      for (let i = 0; i < m; i++) { seen += i; shrink(); }
      console.log(seen, m);
    `;
    const python = p.python();
    expect(python).toContain("for i in range(0, r):");
    expect(python).toMatch(/try:\s*xs\[i\] = xs\[_t\d+\] if _t\d+ < len\(xs\) else None\s*except IndexError:\s*js_setidx/);
    expect(python).not.toContain("range(0, m)");
    await p.expectToMatchNode();
  });
});

describe("the relation X - c >= 1 inside for (...; c < X; ...)", () => {
  test("reverse and diagonal indices are non-negative; a limit changed in the loop or by a closure is not used", async () => {
    const p = program`
      function mirror(xs: number[], n: number): string {
        const out: string[] = [];
        for (let i = 0; i < n; i++) {
          const k = n - 1 - i;
          const v = xs[k];
          out.push(v === undefined ? "u" : "" + v);
        }
        for (let i = 0; i <= n; i++) {
          const k = n - i;
          const v = xs[k];
          out.push(v === undefined ? "u" : "" + v);
        }
        return out.join(",");
      }
      console.log(mirror([1, 2, 3], 3), mirror([1, 2, 3], 5), mirror([], 2));
      function moving(xs: number[], m: number): string {
        let out = "";
        for (let i = 0; i < m; i++) {
          m = m - 2;
          const k = m - i;
          const v = xs[k];
          out += v === undefined ? "u" : v;
        }
        return out;
      }
      console.log(moving([5, 6, 7, 8], 4), moving([5, 6, 7, 8], 9));
    `;
    const python = p.python();
    const mirrorText = python.slice(python.indexOf("def mirror"), python.indexOf("def moving"));
    const movingText = python.slice(python.indexOf("def moving"));
    expect(mirrorText).toMatch(/try:\s*v = xs\[k\]\s*except IndexError:\s*v = None/);
    expect(mirrorText).not.toContain("0 <= k");
    expect(movingText).toMatch(/if 0 <= k:\s*try:\s*v = xs\[k\]/);
    await p.expectToMatchNode();
  });
});

