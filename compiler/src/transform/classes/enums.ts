// Enums. An enum is the object JavaScript builds for it: a plain object (js_Obj) holding the
// members and, for numeric members, the reverse mapping under the number's string key:
//
//   enum Color { Red, Green = 5 }       class _o1(js_Obj):
//                                           _jsk = ("Red", "0", "Green", "5")
//                                       Color = _o1()
//                                       Color.Red = 0
//                                       setattr(Color, "0", "Red")
//                                       ...
//
// `Color.Red` is an attribute read; `Color[Color.Red]` goes through js_getprop, which turns the
// number into its string key; Object.keys / console.log see JS's key order through _jsk.
// const enum members are inlined at their uses (expressions/access.ts); the object is still emitted
// so that imports of it resolve.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { setAttr } from "../expressions/access";
import { unsupportedEnum } from "../../diagnostics/catalog";
import { hasModifier } from "./info";

const SK = ts.SyntaxKind;

function numberKey(v: number): string {
  return String(v);
}

/** True when an initialiser refers to members of an enum (which Python would not see as names). */
function refersToEnumMember(ctx: Context, node: ts.Node): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isIdentifier(n)) {
      const d = ctx.checker.getSymbolAtLocation(n)?.valueDeclaration;
      if (d && ts.isEnumMember(d) && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n)) found = n;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

export function enumDeclaration(node: ts.EnumDeclaration, ctx: Context): py.Stmt[] {
  if (hasModifier(node, SK.DeclareKeyword)) return [];
  const sym = ctx.symbolAt(node.name);
  if ((sym?.declarations ?? []).filter((d) => ts.isEnumDeclaration(d)).length > 1) {
    ctx.fail(unsupportedEnum(node.name, "An enum declared in several parts"));
  }
  const name = ctx.declName(node.name);
  const obj = py.name(name);
  const keys: string[] = [];
  const addKey = (k: string) => {
    if (!keys.includes(k)) keys.push(k);
  };
  const sets: py.Stmt[] = [];
  for (const m of node.members) {
    const line = ctx.lineOf(m);
    let key: string;
    if (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) || ts.isNoSubstitutionTemplateLiteral(m.name)) key = m.name.text;
    else return ctx.fail(unsupportedEnum(m.name, "A computed enum member name"));
    if (/^__.*__$/.test(key) || key.startsWith("_js") || key.startsWith("_p_")) ctx.fail(unsupportedEnum(m.name, `The enum member name '${key}'`));
    const v = ctx.checker.getConstantValue(m);
    addKey(key);
    if (typeof v === "number") {
      sets.push({ ...setAttr(obj, key, py.num(v)), line });
      const rk = numberKey(v);
      addKey(rk);
      sets.push({ ...setAttr(obj, rk, py.str(key)), line });
      continue;
    }
    if (typeof v === "string") {
      sets.push({ ...setAttr(obj, key, py.str(v)), line });
      continue;
    }
    // A computed member: evaluated at run time; its reverse mapping key is known only then.
    const init = m.initializer;
    if (!init) return ctx.fail(unsupportedEnum(m, "This enum member"));
    const bad = refersToEnumMember(ctx, init);
    if (bad) ctx.fail(unsupportedEnum(bad, "A computed enum member that refers to enum members"));
    const { pre, value } = ctx.capture(() => ctx.expr(init));
    const t = ctx.temp("e");
    sets.push(...pre.map((s) => ({ ...s, line: s.line ?? line })), py.assign(t, value, line));
    sets.push({ ...setAttr(obj, key, t), line });
    // The reverse mapping key is String(value): TypeScript emits `E[E["k"] = v] = "k"` for every
    // computed member, whatever type v has at run time (`"E" as any` gives the key "E"), so the
    // key goes through js_str, not js_num_str (which fails on a string).
    sets.push(py.exprStmt(py.call(py.name("setattr"), [obj, ctx.helperCall("js_str", [t]), py.str(key)]), line));
  }
  // The object's class is a shape class like an object literal's (`_o<N>`), so that it prints as a
  // plain object.
  const shape = ctx.temp("o");
  const cls: py.ClassDef = {
    kind: "ClassDef",
    name: shape.id,
    bases: [ctx.helper("js_Obj")],
    body: [py.assign(py.name("_jsk"), py.tuple(keys.map((k) => py.str(k))))],
  };
  return [cls, py.assign(obj, py.call(shape, [])), ...sets];
}
