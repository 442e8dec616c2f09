// The runtime's layer 1 (runtime-ts/mpos) against the API apps are checked with (stubs/mpos.d.ts):
// for Service, Intent, TaskManager and AppManager, every member the stub declares exists in the
// runtime with the same static-ness and kind, accepts the stub's argument counts, and takes keyword
// arguments by the stub's names (Kwargs). Then, on MicroPython, `from mpos import ...` finds them all.
import * as fs from "fs";
import * as path from "path";
import { ts } from "ts-morph";
import { output, runWithRuntime } from "./runtime-harness";
import { shutdownEngine } from "../harness";

afterAll(() => shutdownEngine());

const ROOT = path.resolve(__dirname, "../..");
const CLASSES = ["Service", "Intent", "TaskManager", "AppManager"];
const RUNTIME_FILES = ["app/service.ts", "content/intent.ts", "task_manager.ts", "content/app_manager.ts"].map((f) => path.join(ROOT, "runtime-ts/mpos", f));

interface Signature {
  min: number;
  max: number;
  /** Keyword names: a trailing Kwargs<{...}> parameter's properties (stub) or the parameter names (runtime). */
  keywords: string[];
}
interface Member {
  static: boolean;
  kind: "method" | "property";
  signatures: Signature[];
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
}

function isPrivate(m: ts.ClassElement): boolean {
  return !!ts.getModifiers(m as ts.HasModifiers)?.some((k) => k.kind === ts.SyntaxKind.PrivateKeyword);
}

function signature(params: readonly ts.ParameterDeclaration[], sf: ts.SourceFile, stub: boolean): Signature {
  const real = params.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === "this"));
  const last = real[real.length - 1];
  // Kwargs<IntentArgs>: the interface's property names are Python keyword arguments.
  if (stub && last?.type && /^Kwargs</.test(last.type.getText(sf))) {
    const argType = (last.type as ts.TypeReferenceNode).typeArguments![0].getText(sf);
    const decl = sf.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === argType)!;
    const names = decl.members.map((m) => (m.name as ts.Identifier).text);
    return { min: real.length - 1, max: real.length - 1 + names.length, keywords: names };
  }
  const min = real.filter((p) => !p.questionToken && !p.initializer && !p.dotDotDotToken).length;
  return { min, max: real.length, keywords: stub ? [] : real.map((p) => (p.name as ts.Identifier).text) };
}

function members(sf: ts.SourceFile, className: string, stub: boolean): Map<string, Member> {
  const cls = sf.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === className);
  if (!cls) throw new Error(`${className} not found in ${sf.fileName}`);
  const out = new Map<string, Member>();
  for (const m of cls.members) {
    if (isPrivate(m) || !m.name || !ts.isIdentifier(m.name)) {
      if (!ts.isConstructorDeclaration(m)) continue;
    }
    const name = ts.isConstructorDeclaration(m) ? "constructor" : (m.name as ts.Identifier).text;
    if (!stub && name.startsWith("_")) continue;
    const isStatic = !!ts.getModifiers(m as ts.HasModifiers)?.some((k) => k.kind === ts.SyntaxKind.StaticKeyword);
    const kind = ts.isMethodDeclaration(m) || ts.isConstructorDeclaration(m) ? "method" : "property";
    const entry = out.get(name) ?? { static: isStatic, kind, signatures: [] };
    if (ts.isMethodDeclaration(m) || ts.isConstructorDeclaration(m)) entry.signatures.push(signature(m.parameters, sf, stub));
    out.set(name, entry);
  }
  return out;
}

const stubFile = parse(path.join(ROOT, "stubs/mpos.d.ts"));

describe.each(CLASSES.map((c, i) => [c, RUNTIME_FILES[i]]))("%s", (className, file) => {
  const stub = members(stubFile, className, true);
  const impl = members(parse(file), className, false);

  test("has every member the stub declares, static and kind alike", () => {
    const missing = [...stub.keys()].filter((k) => k !== "constructor" && !impl.has(k));
    expect(missing).toEqual([]);
    for (const [name, s] of stub) {
      if (name === "constructor") continue;
      expect([name, impl.get(name)!.static, impl.get(name)!.kind]).toEqual([name, s.static, s.kind]);
    }
  });

  test("accepts every call the stub allows (argument counts, keyword names)", () => {
    for (const [name, s] of stub) {
      const r = impl.get(name);
      if (name === "constructor" && !r) {
        // No constructor in the runtime class: it takes no arguments.
        for (const sig of s.signatures) expect([name, sig.min]).toEqual([name, 0]);
        continue;
      }
      if (s.kind !== "method") continue;
      const [rs] = r!.signatures;
      for (const sig of s.signatures) {
        // Positional: the runtime needs no more than the stub passes, and takes as many.
        expect([className, name, "min", rs.min <= sig.min]).toEqual([className, name, "min", true]);
        expect([className, name, "max", rs.max >= sig.max]).toEqual([className, name, "max", true]);
        // Keyword arguments by the stub's names, in the runtime's parameters after the positional ones.
        for (const kw of sig.keywords) expect([className, name, kw, rs.keywords.includes(kw)]).toEqual([className, name, kw, true]);
      }
    }
  });
});

test("the surface cannot pass vacuously: the stub declares what the runtime must have", () => {
  expect([...members(stubFile, "TaskManager", true).keys()].sort()).toEqual(
    ["constructor", "create_supervised_task", "create_task", "disable", "enable", "good_stack_size", "list_tasks", "notify_event", "sleep", "sleep_ms", "start", "stop", "wait_for"],
  );
  expect(members(stubFile, "Intent", true).get("constructor")!.signatures[0].keywords).toEqual(["activity_class", "action", "data", "extras", "app_fullname"]);
});

test("on MicroPython, `from mpos import ...` has them all (classes and members by their Python names)", async () => {
  const checks: string[] = [];
  for (const c of CLASSES) for (const [name] of members(stubFile, c, true)) if (name !== "constructor") checks.push(`${c}.${name}`);
  const script = [
    "from mpos import Service, Intent, TaskManager, AppManager",
    "s = Service(); i = Intent(action='x')",
    "objs = {'Service': s, 'Intent': i, 'TaskManager': TaskManager, 'AppManager': AppManager}",
    `missing = [n for n in ${JSON.stringify(checks)} if not hasattr(objs[n.split('.')[0]], n.split('.')[1])]`,
    "print('missing', missing)",
  ];
  const run = await runWithRuntime(undefined, { extra: { "check.py": script.join("\n") + "\n" }, entry: "check" });
  expect(output(run)).toBe("missing []\n");
});
