// Map and Set: objects of the helper classes tsmpy.mapset.js_Map / js_Set (insertion order,
// SameValueZero keys, live iteration; see mapset.py). On a receiver statically known to be a Map
// or Set, methods become plain method calls on the helper object (`m.get(k)`, `m.set(k, v)`),
// `size` an attribute, `keys()/values()/entries()` Python generators (for-of, spread and
// Array.from iterate them), `forEach` a method told how many arguments the callback takes.
// WeakMap/WeakSet/WeakRef are refused (TSMPY1007): they need garbage-collection hooks.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { isAnyLike, isNumber, isString, libTypeName, typeOf } from "../types";
import { isInt } from "../analysis/numeric";
import { unsupportedBuiltin } from "../../diagnostics/catalog";
import { callbackArity, orderedWithCallback } from "./callbacks";

const MAP_NAMES = new Set(["Map", "ReadonlyMap"]);
const SET_NAMES = new Set(["Set", "ReadonlySet"]);

/** "Map" / "Set" when every non-null member of `t` is that lib type, else undefined. */
export function mapOrSet(ctx: Context, t: ts.Type): "Map" | "Set" | undefined {
  if (isAnyLike(t)) return undefined;
  const u = ctx.checker.getNonNullableType(t);
  const members = u.isUnion() ? u.types : [u];
  let kind: "Map" | "Set" | undefined;
  for (const m of members) {
    const lib = libTypeName(ctx, m);
    const k = lib && MAP_NAMES.has(lib) ? "Map" : lib && SET_NAMES.has(lib) ? "Set" : undefined;
    if (!k || (kind && kind !== k)) return undefined;
    kind = k;
  }
  return kind;
}

/** A Map, a Set, or the iterator their keys()/values()/entries() return: iterable on the device. */
export function isMapSetIterable(ctx: Context, t: ts.Type | undefined): boolean {
  if (!t || isAnyLike(t)) return false;
  if (mapOrSet(ctx, t)) return true;
  const lib = libTypeName(ctx, t);
  return !!lib && /^(Map|Set)Iterator$/.test(lib);
}

/** `m.size`; undefined when the receiver is not a Map/Set. */
export function lowerMapSetProperty(ctx: Context, node: ts.PropertyAccessExpression, t: ts.Type): py.Expr | undefined {
  const kind = mapOrSet(ctx, t);
  if (!kind) return undefined;
  if (node.name.text === "size") return py.attr(ctx.expr(node.expression), "size");
  return ctx.fail(unsupportedBuiltin(node, kind, node.name.text));
}

const ARITY: Record<string, [number, "Map" | "Set" | "both"]> = {
  get: [1, "Map"],
  set: [2, "Map"],
  add: [1, "Set"],
  has: [1, "both"],
  delete: [1, "both"],
  clear: [0, "both"],
  keys: [0, "both"],
  values: [0, "both"],
  entries: [0, "both"],
};

/** A method call on a Map/Set receiver; undefined when the receiver is not one. */
export function lowerMapSetCall(ctx: Context, node: ts.CallExpression, recv: ts.Expression, name: string, t: ts.Type): py.Expr | undefined {
  const kind = mapOrSet(ctx, t);
  if (!kind) return undefined;
  const callee = node.expression as ts.PropertyAccessExpression;
  const args = node.arguments;
  if (args.some((a) => ts.isSpreadElement(a))) return ctx.fail(unsupportedBuiltin(callee, kind, name));
  if (name === "forEach") {
    if (args.length !== 1) return ctx.fail(unsupportedBuiltin(callee, kind, "forEach with a this-argument"));
    const [obj, f] = orderedWithCallback(ctx, [recv, args[0]], args[0]);
    return py.call(py.attr(obj, "forEach"), [f, py.num(callbackArity(ctx, args[0], 3))]);
  }
  const spec = ARITY[name];
  if (!spec || (spec[1] !== "both" && spec[1] !== kind)) return ctx.fail(unsupportedBuiltin(callee, kind, name));
  // Arguments past the ones the method reads are still evaluated, in order.
  const vs = ctx.ordered([recv, ...args]);
  const [obj, ...rest] = vs;
  const used = rest.slice(0, spec[0]);
  for (const extra of rest.slice(spec[0])) if (!py.isSimple(extra)) ctx.addPre(py.exprStmt(extra));
  while (used.length < spec[0]) used.push(py.none());
  // Fast paths for a string or proven-int key (already its own SameValueZero form): the entry
  // dict read inline, no method call. `js_MISS` is an empty entry whose value is undefined.
  if ((name === "get" || name === "has") && args.length >= 1 && rest.length === 1 && py.isSimple(obj) && py.isSimple(used[0]) && plainKey(ctx, args[0])) {
    const entries = py.attr(obj, "_jsmd");
    if (name === "has") return py.compare(used[0], "in", entries);
    return py.subscript(py.call(py.attr(entries, "get"), [used[0], ctx.helper("js_MISS")]), py.num(1));
  }
  return py.call(py.attr(obj, name), used);
}

/** A key whose Python value is its own normalised key: a string, or a number proven to be an int. */
function plainKey(ctx: Context, e: ts.Expression): boolean {
  const t = typeOf(ctx, e);
  if (isAnyLike(t)) return false;
  if (isString(t)) return true;
  return isNumber(t) && isInt(ctx, e);
}

/** `new Map(entries?)` / `new Set(iterable?)`; undefined for other constructors. */
export function lowerMapSetNew(ctx: Context, node: ts.NewExpression, name: string): py.Expr | undefined {
  if (name !== "Map" && name !== "Set") return undefined;
  const args = node.arguments ?? [];
  if (args.some((a) => ts.isSpreadElement(a))) return ctx.fail(unsupportedBuiltin(node, name, "constructor"));
  const vs = ctx.ordered(args);
  for (const extra of vs.slice(1)) if (!py.isSimple(extra)) ctx.addPre(py.exprStmt(extra));
  const cls = ctx.helper(name === "Map" ? "js_Map" : "js_Set");
  if (vs.length === 0) return py.call(cls, []);
  // null/undefined make an empty collection, as in JS (js_Map/js_Set check).
  return py.call(cls, [vs[0]]);
}
