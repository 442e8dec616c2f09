// Static-type questions the lowering decisions ask. Every choice between a plain Python operator
// and a helper call is made here, from the checker's view of the operand.
import { ts } from "ts-morph";
import type { Context } from "./context";
import { consumer, withMissing } from "./unchecked";

const F = ts.TypeFlags;

export function typeOf(ctx: Context, node: ts.Node): ts.Type {
  let t = ctx.typeAtLocation(node);
  // A generic indexed access (`out[k]` on `Record<K, T[]>`) is decided by what it resolves to.
  if (t.flags & F.IndexedAccess) t = ctx.checker.getBaseConstraintOfType(t) ?? t;
  // Inside an optional chain (`a?.b.c`), the object of each later link is only reached when the
  // chain has not short-circuited: it is not null or undefined there (see optional.ts).
  const p = node.parent;
  if (p && p.flags & ts.NodeFlags.OptionalChain && (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p) || ts.isCallExpression(p)) && p.expression === node) {
    return ctx.checker.getNonNullableType(t);
  }
  // An index read (`xs[i]`, `rec[k]`, `rec.k`) is undefined when out of range or missing, whatever
  // its declared type says (no noUncheckedIndexedAccess): see unchecked.ts.
  return withMissing(ctx, node, t);
}

/**
 * True when the value of `node` is tested for undefined or used where undefined matters: operand
 * of `??`, `||`, `&&`, `!`, `typeof`, an equality, a condition, or the target of `??=`/`||=`/`&&=`.
 */
export function testedForUndefined(node: ts.Node): boolean {
  const { n, p } = consumer(node);
  if (!p) return false;
  if (ts.isBinaryExpression(p)) {
    const k = p.operatorToken.kind;
    if (k === ts.SyntaxKind.QuestionQuestionEqualsToken || k === ts.SyntaxKind.BarBarEqualsToken || k === ts.SyntaxKind.AmpersandAmpersandEqualsToken) return p.left === n;
    if (k === ts.SyntaxKind.QuestionQuestionToken || k === ts.SyntaxKind.BarBarToken || k === ts.SyntaxKind.AmpersandAmpersandToken) return p.left === n;
    return k === ts.SyntaxKind.EqualsEqualsEqualsToken || k === ts.SyntaxKind.ExclamationEqualsEqualsToken || k === ts.SyntaxKind.EqualsEqualsToken || k === ts.SyntaxKind.ExclamationEqualsToken;
  }
  if (ts.isPrefixUnaryExpression(p) && p.operator === ts.SyntaxKind.ExclamationToken) return true;
  if (ts.isTypeOfExpression(p)) return true;
  // `xs[i]?.x`: the value before `?.` is tested for null and undefined.
  if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p) || ts.isCallExpression(p)) && p.expression === n && p.questionDotToken) return true;
  if (ts.isConditionalExpression(p) && p.condition === n) return true;
  if ((ts.isIfStatement(p) || ts.isWhileStatement(p) || ts.isDoStatement(p)) && p.expression === n) return true;
  if (ts.isForStatement(p) && p.condition === n) return true;
  return false;
}

function every(t: ts.Type, pred: (t: ts.Type) => boolean): boolean {
  if (t.isUnion()) return t.types.every((u) => every(u, pred));
  return pred(t);
}

function some(t: ts.Type, pred: (t: ts.Type) => boolean): boolean {
  if (t.isUnion()) return t.types.some((u) => some(u, pred));
  return pred(t);
}

export const isAnyLike = (t: ts.Type) => some(t, (u) => !!(u.flags & (F.Any | F.Unknown)));

/** number, number literals, numeric enums (not bigint). */
export function isNumber(t: ts.Type): boolean {
  return every(t, (u) => !!(u.flags & F.NumberLike)) && !isAnyLike(t);
}

export function isString(t: ts.Type): boolean {
  return every(t, (u) => !!(u.flags & F.StringLike)) && !isAnyLike(t);
}

export function isBoolean(t: ts.Type): boolean {
  return every(t, (u) => !!(u.flags & F.BooleanLike)) && !isAnyLike(t);
}

export function isBigInt(t: ts.Type): boolean {
  return every(t, (u) => !!(u.flags & F.BigIntLike)) && !isAnyLike(t);
}

export const isNullish = (u: ts.Type) => !!(u.flags & (F.Null | F.Undefined | F.Void));

/** The type without null/undefined/void members. */
export function nonNullable(ctx: Context, t: ts.Type): ts.Type {
  return ctx.checker.getNonNullableType(t);
}

export function mayBeNull(t: ts.Type): boolean {
  return some(t, (u) => !!(u.flags & F.Null)) || isAnyLike(t);
}

export function mayBeUndefined(t: ts.Type): boolean {
  return some(t, (u) => !!(u.flags & (F.Undefined | F.Void))) || isAnyLike(t);
}

export function isNullable(t: ts.Type): boolean {
  return some(t, isNullish) || isAnyLike(t);
}

export function isArray(ctx: Context, t: ts.Type): boolean {
  return every(nonNullable(ctx, t), (u) => ctx.checker.isArrayType(u) || ctx.checker.isTupleType(u) || isMatchArray(ctx, u)) && !isAnyLike(t) && !(nonNullable(ctx, t).flags & F.Never);
}

/** The arrays RegExp matching returns (lists of tsmpy.regex.js_Match, with index/input/groups). */
export function isMatchArray(ctx: Context, u: ts.Type): boolean {
  const n = libTypeName(ctx, u);
  return n === "RegExpMatchArray" || n === "RegExpExecArray";
}

/**
 * The TS tuple inside a stub's `tuple<[...]>` (stubs/_python.d.ts: `Readonly<T> & { __tuple__? }`),
 * a Python tuple returned by a device API (`wlan.ifconfig()`, `rtc.datetime()`): indexable and
 * destructurable as a JS array, which tuple subscripts agree with.
 */
export function pythonTuple(ctx: Context, t: ts.Type | undefined): ts.Type | undefined {
  if (!t) return undefined;
  const nn = ctx.checker.getNonNullableType(t);
  if (!nn.isIntersection() || !nn.getProperty("__tuple__")) return undefined;
  return nn.types.find((u) => ctx.checker.isTupleType(u));
}

/** Python `bytes`/`bytearray`/`memoryview` of the stubs (marker property `__bytes__`): `b[i]` is an int. */
export function isPythonBuffer(ctx: Context, t: ts.Type): boolean {
  const nn = ctx.checker.getNonNullableType(t);
  return !isAnyLike(t) && every(nn, (u) => !!u.getProperty("__bytes__"));
}

export function isTuple(ctx: Context, t: ts.Type): boolean {
  return every(nonNullable(ctx, t), (u) => ctx.checker.isTupleType(u));
}

export function isFunctionType(t: ts.Type): boolean {
  return every(t, (u) => u.getCallSignatures().length > 0 && !(u.flags & (F.StringLike | F.NumberLike | F.BooleanLike | F.BigIntLike | F.Null | F.Undefined | F.Void)));
}

/** A value whose Python object is a class instance from this program (attribute access, `is` identity). */
export function isClassInstance(ctx: Context, t: ts.Type): boolean {
  return every(nonNullable(ctx, t), (u) => {
    const sym = u.getSymbol();
    return !!sym && !!sym.declarations?.some((d) => ts.isClassDeclaration(d) || ts.isClassExpression(d)) && !(sym.flags & ts.SymbolFlags.TypeLiteral);
  });
}

/** An object type with only an index signature (Record<string, T>, { [k: string]: T }): a Python dict. */
export function isRecord(ctx: Context, t: ts.Type): boolean {
  return every(nonNullable(ctx, t), (u) => {
    if (!(u.flags & F.Object) || ctx.checker.isArrayType(u) || ctx.checker.isTupleType(u)) return false;
    // `Record<K, V>` over a type parameter `K extends string` is a mapped type whose keys are
    // only known at run time: a record, like `Record<string, V>`.
    if (isGenericKeyMappedType(u)) return true;
    const hasIndex = !!(u.getStringIndexType() || u.getNumberIndexType());
    return hasIndex && u.getProperties().length === 0 && u.getCallSignatures().length === 0;
  });
}

function isGenericKeyMappedType(u: ts.Type): boolean {
  if (!((u as ts.ObjectType).objectFlags & ts.ObjectFlags.Mapped)) return false;
  // `constraintType` (the `K` of `[P in K]`) is internal to the checker's MappedType but stable.
  const keys = (u as unknown as { constraintType?: ts.Type }).constraintType;
  return !!keys && !!(keys.flags & (F.TypeParameter | F.Index));
}

/** Names the lib type of a value when it is a JavaScript built-in (Map, Set, Date, Promise, ...). */
export function libTypeName(ctx: Context, t: ts.Type): string | undefined {
  const u = nonNullable(ctx, t);
  const sym = u.getSymbol() ?? u.aliasSymbol;
  if (!sym) return undefined;
  const decl = sym.declarations?.[0];
  if (!decl) return undefined;
  const file = decl.getSourceFile().fileName;
  if (/[\\/]lib\.[^\\/]*\.d\.ts$/.test(file) || /typescript[\\/]lib[\\/]/.test(file)) return sym.name;
  return undefined;
}

/** True when Python's own truthiness agrees with JavaScript's for every value of this type. */
export function pythonTruthinessAgrees(ctx: Context, t: ts.Type): boolean {
  return every(t, (u) => {
    if (u.flags & (F.StringLike | F.BooleanLike | F.Null | F.Undefined | F.Void | F.BigIntLike)) return true;
    if (u.flags & F.Object) {
      // Arrays, dicts and any object whose Python class defines __len__ are falsy when empty in
      // Python but always truthy in JS.
      if (ctx.checker.isArrayType(u) || ctx.checker.isTupleType(u) || isRecord(ctx, u)) return false;
      return true;
    }
    return false; // numbers (NaN), any, unknown, type parameters
  });
}

export function typeToString(ctx: Context, t: ts.Type): string {
  return ctx.checker.typeToString(t);
}
