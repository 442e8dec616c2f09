// The JS iteration protocol on Python's. A class or object literal member `[Symbol.iterator]()`
// (a plain method returning an iterator object, or a generator method) is compiled under the
// attribute `_js_iterator` (hidden from keys and printing like every `_js*` attribute), and the
// class gets `__iter__ = js_iter_self` (tsmpy/iter.py): Python's own iteration then runs the JS
// protocol, so spread, `Array.from`, `new Map/Set(x)` and `list()` need nothing more. for-of and
// array destructuring go through `js_iter`/`js_take` so that leaving early calls the iterator's
// `return()`, as JS does.
import { ts } from "ts-morph";
import type { Context } from "../context";
import { wellKnownSymbol as wellKnownSymbolDiagnostic } from "../../diagnostics/catalog";
import { isLibSymbol } from "../expressions/identifiers";
import { isAnyLike, libTypeName } from "../types";

/** The Python attribute a `[Symbol.iterator]` member is stored under. */
export const ITERATOR_KEY = "_js_iterator";

/** Syntactically `Symbol.<name>` (parentheses aside): that name. Whether `Symbol` is the global is checked by the callers with a context. */
export function symbolMemberName(e: ts.Expression): string | undefined {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "Symbol") return e.name.text;
  return undefined;
}

/** `Symbol.<name>` where `Symbol` is the JS global: that name; undefined otherwise. */
export function wellKnownSymbol(ctx: Context, e: ts.Expression): string | undefined {
  const name = symbolMemberName(e);
  if (name === undefined) return undefined;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  const sym = ctx.symbolAt((e as ts.PropertyAccessExpression).expression);
  return sym && isLibSymbol(sym) ? name : undefined;
}

/**
 * The key of a computed member name that is a well-known symbol: ITERATOR_KEY for
 * `[Symbol.iterator]`, a diagnostic for the other symbols, undefined for other names.
 */
export function symbolMemberKey(ctx: Context, name: ts.PropertyName | undefined): string | undefined {
  if (!name || !ts.isComputedPropertyName(name)) return undefined;
  const w = wellKnownSymbol(ctx, name.expression);
  if (w === undefined) return undefined;
  if (w === "iterator") return ITERATOR_KEY;
  return ctx.fail(wellKnownSymbolDiagnostic(name, w));
}

/** The `[Symbol.iterator]` property of a type (TypeScript names it `__@iterator@<id>`). */
export function iteratorProperty(t: ts.Type): ts.Symbol | undefined {
  return t.getProperties().find((p) => (p.escapedName as string).startsWith("__@iterator@"));
}

/**
 * A value whose static type has `[Symbol.iterator]`: a lib iterable type (`Iterable<T>`,
 * `IterableIterator<T>`, an array or a Set, ...) or a type whose `[Symbol.iterator]` the program
 * defines. An intersection that only claims a lib iterator (`{ a: number } & Iterable<number>`)
 * is not: nothing on the device would make such an object iterable.
 */
export function isProtocolIterable(ctx: Context, t: ts.Type | undefined): boolean {
  if (!t || isAnyLike(t)) return false;
  const u = ctx.checker.getNonNullableType(t);
  if (u !== t) return false;
  const members = u.isUnion() ? u.types : [u];
  return members.every((m) => !!iteratorProperty(m) && (!!libTypeName(ctx, m) || hasProgramIterator(ctx, m)));
}

/** True when every declaration of the type's `[Symbol.iterator]` is in the program (not lib or stubs). */
export function hasProgramIterator(ctx: Context, t: ts.Type): boolean {
  if (isAnyLike(t)) return false;
  const u = ctx.checker.getNonNullableType(t);
  const members = u.isUnion() ? u.types : [u];
  return members.every((m) => {
    const p = iteratorProperty(m);
    const decls = p?.declarations ?? [];
    return decls.length > 0 && decls.every((d) => !d.getSourceFile().isDeclarationFile);
  });
}
