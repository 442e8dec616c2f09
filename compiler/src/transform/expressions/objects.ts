// Object literals.
//
// - A literal whose contextual type is a record (index signature only: Record<string, T>,
//   { [k: string]: T }) becomes an OrderedDict, keys in JS order.
// - Any other literal becomes an instance of a small per-shape class derived from js_Obj, emitted
//   once per file at module level: `__init__` takes the values positionally and `_jsk` lists the
//   keys in creation order (MicroPython's instance dicts are unordered; js_keys reads `_jsk`).
// - Spread (`{...a, b: 1}`) and computed keys that are not compile-time constants build the object
//   with `js_spread`, which keeps a per-instance key order.
// - Methods (`m() {}`) are function values stored as properties; `this` inside them is refused
//   (TSMPY1010). Getters and setters are refused (TSMPY1401).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import { objectAccessor, objectReservedKey } from "../../diagnostics/catalog";
import { plainAttr } from "../../python/names";
import { isRecord } from "../types";
import { isStubArgumentValue } from "../modules/stubs";
import { functionBody, lowerParameters, markAsync } from "../functions/functions";
import { loopClosure } from "../functions/loopcapture";

const SK = ts.SyntaxKind;

/** A compile-time key of a property name, as the JS string it is; undefined when dynamic. */
export function staticKey(ctx: Context, name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text.replace(/_/g, "")));
  if (ts.isComputedPropertyName(name)) {
    const e = name.expression;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isNumericLiteral(e)) return String(Number(e.text.replace(/_/g, "")));
    if (ts.isPrefixUnaryExpression(e) && e.operator === SK.MinusToken && ts.isNumericLiteral(e.operand)) {
      return String(-Number(e.operand.text.replace(/_/g, "")));
    }
    // Enum members and consts of a literal type.
    const t = ctx.checker.getTypeAtLocation(e);
    if (t.isStringLiteral()) return t.value;
    if (t.isNumberLiteral()) return String(t.value);
  }
  return undefined;
}

/** True for a key that would collide with Python or helper internals. */
function reservedKey(key: string): boolean {
  return /^__\w*__$/.test(key) || key.startsWith("_js") || key === "__proto__";
}

/** The contextual type of a literal says record: build an OrderedDict. */
function wantsRecord(ctx: Context, node: ts.ObjectLiteralExpression): boolean {
  const ct = ctx.checker.getContextualType(node);
  // Given to a device API that takes any value (json.dumps): a Python dict, what such APIs read.
  if (!ct || ct.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return isStubArgumentValue(ctx, node);
  const nn = ctx.checker.getNonNullableType(ct);
  if (nn.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
  return isRecord(ctx, nn);
}

/** The value of one property (or method) of a literal. */
function propertyValue(ctx: Context, p: ts.ObjectLiteralElementLike): py.Expr {
  if (ts.isPropertyAssignment(p)) return ctx.expr(p.initializer);
  if (ts.isShorthandPropertyAssignment(p)) {
    if (p.objectAssignmentInitializer) return ctx.fail(objectReservedKey(p, p.name.text, "a default value outside a destructuring pattern"));
    return ctx.expr(p.name);
  }
  if (ts.isMethodDeclaration(p)) return methodValue(ctx, p);
  return ctx.fail(objectAccessor(p));
}

/** `m(a) { ... }` in a literal: a def emitted before the statement, its name the value. */
function methodValue(ctx: Context, m: ts.MethodDeclaration): py.Expr {
  const frame = { node: m as ts.Node };
  // Padded with `*_`: JS ignores extra arguments (`xs.forEach(o.m)`), Python would raise.
  const parts = ctx.withFrame(frame, () => lowerParameters(ctx, m, { pad: true }));
  const name = ctx.temp("f").id;
  const def = py.funcDef(name, parts.params, functionBody(ctx, m, frame, parts));
  markAsync(ctx, m, def);
  // Through a per-iteration factory when made in a loop and capturing its bindings.
  return loopClosure(ctx, m, def);
}

/** True when `this` occurs in the method's body outside nested functions (arrows share it). */
function usesThis(m: ts.MethodDeclaration): boolean {
  let found = false;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (n.kind === SK.ThisKeyword) found = true;
    else if ((ts.isFunctionLike(n) && !ts.isArrowFunction(n)) || ts.isClassLike(n)) return;
    else ts.forEachChild(n, visit);
  };
  if (m.body) ts.forEachChild(m.body, visit);
  m.parameters.forEach((p) => p.initializer && visit(p.initializer));
  return found;
}

/**
 * `{ v: 1, get() { return this.v; } }`: `this` is the object the method is called on, which for a
 * method of a literal called as `o.m()` is the literal's object. The object is created first, then
 * each such method is made by a factory closing over it (a factory per evaluation, so that
 * objects made in a loop each get their own):
 *   def _f2(_t3):
 *       def _f4(*_): return _t3.v
 *       return _f4
 *   _t1 = _o1(1, None); _t1.get = _f2(_t1)
 * A method taken off the object and called on another (`other.m = o.m`) still sees `o`: JS would
 * see `other`; a documented difference.
 */
function attachMethods(ctx: Context, create: py.Expr, methods: ts.MethodDeclaration[], keys: string[]): py.Expr {
  const obj = ctx.toTemp(create);
  methods.forEach((m, i) => {
    const self = ctx.temp().id;
    const frame = { node: m as ts.Node, thisName: self };
    const parts = ctx.withFrame(frame, () => lowerParameters(ctx, m, { pad: true }));
    const inner = ctx.temp("f").id;
    const factory = ctx.temp("f").id;
    const def = py.funcDef(inner, parts.params, functionBody(ctx, m, frame, parts));
    markAsync(ctx, m, def);
    const made = loopClosure(ctx, m, py.funcDef(factory, [{ name: self }], [def, py.ret(py.name(inner))]));
    const a = plainAttr(keys[i]);
    const value = py.call(made, [obj]);
    ctx.addPre(a ? py.assign(py.attr(obj, a), value) : py.exprStmt(py.call(py.name("setattr"), [obj, py.str(keys[i]), value])));
  });
  return obj;
}

/**
 * A literal with getters or setters: `{ a: 1, get x() { return this.a * 2; } }`. The accessors
 * become Python properties of a subclass of the shape class, made where the literal is evaluated
 * (the accessor bodies close over local variables); `_jsg` lists the accessor keys so that
 * enumeration finds them, `_jsk` all keys in order:
 *   def _f2(_t1): return _t1.a * 2
 *   _o4 = type("_o4", (_o3,), {"x": property(_f2), "_jsg": ("x",)})
 *   o = _o4(1)
 */
function accessorLiteral(node: ts.ObjectLiteralExpression, ctx: Context, keys: (string | null)[], record: boolean): py.Expr {
  if (record || keys.some((k) => k === null)) ctx.fail(objectAccessor(node, "Getters and setters in object literals with spread, computed keys or a record type"));
  const order: string[] = [];
  const dataKeys: string[] = [];
  const getters = new Map<string, ts.GetAccessorDeclaration>();
  const setters = new Map<string, ts.SetAccessorDeclaration>();
  node.properties.forEach((p, i) => {
    const k = keys[i]!;
    if (ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) {
      const table = ts.isGetAccessorDeclaration(p) ? getters : setters;
      if (table.has(k) || dataKeys.includes(k)) ctx.fail(objectAccessor(p, "Repeated keys with accessors in object literals"));
      (table as Map<string, ts.AccessorDeclaration>).set(k, p);
    } else {
      if (dataKeys.includes(k) || getters.has(k) || setters.has(k)) ctx.fail(objectAccessor(p, "Repeated keys with accessors in object literals"));
      dataKeys.push(k);
    }
    if (!order.includes(k)) order.push(k);
  });
  const dataProps = node.properties.filter((p) => !ts.isGetAccessorDeclaration(p) && !ts.isSetAccessorDeclaration(p));
  const late = dataProps.filter((p): p is ts.MethodDeclaration => ts.isMethodDeclaration(p) && usesThis(p));
  const values = ctx.ordered(dataProps, (p) => (late.includes(p as ts.MethodDeclaration) ? py.none() : propertyValue(ctx, p as ts.ObjectLiteralElementLike)));
  const base = shapeClass(ctx, order, dataKeys);
  const accessorDef = (a: ts.AccessorDeclaration): py.Expr => {
    if (a.modifiers?.some((m) => m.kind === SK.StaticKeyword)) ctx.fail(objectAccessor(a));
    const self = ctx.temp().id;
    const frame = { node: a as ts.Node, thisName: self };
    const parts = ctx.withFrame(frame, () => lowerParameters(ctx, a));
    const name = ctx.temp("f").id;
    return loopClosure(ctx, a, py.funcDef(name, [{ name: self }, ...parts.params], functionBody(ctx, a, frame, parts)));
  };
  const accessorKeys = order.filter((k) => getters.has(k) || setters.has(k));
  const dictKeys: py.Expr[] = [];
  const dictValues: py.Expr[] = [];
  for (const k of accessorKeys) {
    const g = getters.get(k);
    const st = setters.get(k);
    // A setter without getter reads as undefined in JS.
    const get = g ? accessorDef(g) : py.lambda([{ name: "_s" }], py.none());
    const args = st ? [get, accessorDef(st)] : [get];
    dictKeys.push(py.str(k));
    dictValues.push(py.call(py.name("property"), args));
  }
  dictKeys.push(py.str("_jsg"));
  dictValues.push(py.tuple(accessorKeys.map((k) => py.str(k))));
  // What console.log shows for each: `[Getter]`, `[Setter]`, `[Getter/Setter]`.
  dictKeys.push(py.str("_jsgk"));
  dictValues.push(py.tuple(accessorKeys.map((k) => py.str(getters.has(k) && setters.has(k) ? "[Getter/Setter]" : getters.has(k) ? "[Getter]" : "[Setter]"))));
  const cls = ctx.temp("o");
  ctx.addPre(py.assign(cls, py.call(py.name("type"), [py.str(cls.id), py.tuple([base]), { kind: "Dict", keys: dictKeys, values: dictValues }])));
  const create = py.call(cls, values);
  if (late.length) return attachMethods(ctx, create, late, late.map((m) => dataKeys[dataProps.indexOf(m)]));
  return create;
}

/** The shape class for a key tuple, emitted once per file. */
function shapeClass(ctx: Context, allKeys: string[], dataKeys: string[] = allKeys): py.Name {
  let shapes = ctx.memo.get("objects.shapes") as Map<string, string> | undefined;
  if (!shapes) ctx.memo.set("objects.shapes", (shapes = new Map()));
  const id = JSON.stringify([allKeys, dataKeys]);
  const keys = dataKeys;
  const known = shapes.get(id);
  if (known) return py.name(known);
  const cls = ctx.temp("o").id;
  shapes.set(id, cls);
  const params: py.Param[] = [{ name: "self" }, ...keys.map((_, i) => ({ name: `v${i}` }))];
  // object.__setattr__ directly: js_Obj.__setattr__ (key order of later keys) is not needed for
  // the keys _jsk lists, and costs a Python call per key.
  const oset = ctx.helper("js_oset");
  const body: py.Stmt[] = keys.map((k, i) => py.exprStmt(py.call(oset, [py.name("self"), py.str(k), py.name(`v${i}`)])));
  ctx.moduleHoisted.push({
    kind: "ClassDef",
    name: cls,
    bases: [ctx.helper("js_Obj")],
    body: [
      py.assign(py.name("_jsk"), py.tuple(allKeys.map((k) => py.str(k)))),
      py.funcDef("__init__", params, body.length ? body : [py.pass()]),
    ],
  });
  return py.name(cls);
}

function objectLiteral(node: ts.ObjectLiteralExpression, ctx: Context): py.Expr {
  const record = wantsRecord(ctx, node);
  // Keys known at compile time, in order; null marks a spread or dynamic key.
  const keys: (string | null)[] = node.properties.map((p) => {
    if (ts.isSpreadAssignment(p)) return null;
    const k = staticKey(ctx, p.name!);
    if (k !== undefined && reservedKey(k)) ctx.fail(objectReservedKey(p.name!, k, "a name Python or tsmpy reserves"));
    return k ?? null;
  });
  if (node.properties.some((p) => ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p))) {
    return accessorLiteral(node, ctx, keys, record);
  }
  const simple = keys.every((k) => k !== null) && new Set(keys).size === keys.length;
  if (simple) {
    // Methods that use `this` are attached once the object exists (see attachMethods).
    const late = record ? [] : node.properties.filter((p): p is ts.MethodDeclaration => ts.isMethodDeclaration(p) && usesThis(p));
    const values = ctx.ordered(node.properties, (p) => (late.includes(p as ts.MethodDeclaration) ? py.none() : propertyValue(ctx, p as ts.ObjectLiteralElementLike)));
    const ks = keys as string[];
    if (late.length) return attachMethods(ctx, py.call(shapeClass(ctx, ks), values), late, late.map((m) => ks[node.properties.indexOf(m)]));
    if (record) {
      return py.call(py.attr(ctx.std("collections"), "OrderedDict"), ks.length ? [py.list(ks.map((k, i) => py.tuple([py.str(k), values[i]])))] : []);
    }
    if (ks.length === 0) return py.call(ctx.helper("js_Obj"), []);
    return py.call(shapeClass(ctx, ks), values);
  }
  return objectLiteralGeneral(node, ctx, record);
}

/** Spread, dynamic keys: `js_spread(target, (src,), (key, value), ...)` in source order. */
function objectLiteralGeneral(node: ts.ObjectLiteralExpression, ctx: Context, record: boolean): py.Expr {
  const parts = ctx.ordered(node.properties, (n) => {
    const p = n as ts.ObjectLiteralElementLike;
    if (ts.isSpreadAssignment(p)) return py.tuple([ctx.expr(p.expression)]);
    const k = staticKey(ctx, p.name!);
    if (k !== undefined) return py.tuple([py.str(k), propertyValue(ctx, p)]);
    const [key, value] = ctx.ordered([(p.name as ts.ComputedPropertyName).expression, p], (n) =>
      n === p ? propertyValue(ctx, p) : ctx.expr(n),
    );
    return py.tuple([key, value]);
  });
  const target = record ? py.call(py.attr(ctx.std("collections"), "OrderedDict"), []) : py.call(ctx.helper("js_Obj"), []);
  return ctx.helperCall("js_spread", [target, ...parts]);
}

export const objectVisitors: VisitorGroup = {
  expressions: {
    [SK.ObjectLiteralExpression]: objectLiteral,
  },
};
