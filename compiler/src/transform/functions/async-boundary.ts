// The boundary between tsmpy's Promises and MicroPython's asyncio (docs/design.md, "Promises on
// asyncio"). Device stubs type asyncio's awaitables as Promises with a marker property
// (`__awaitable__`: Coroutine, Task, Sleep in stubs/asyncio.d.ts), so the checker tells them from
// the program's own Promises:
// - `await x` of a stub awaitable waits on `js_foreign(x)`, a Promise settled by an asyncio task
//   awaiting x (or, for the shared sleep object, by a timer of ours);
// - a value passed to a stub parameter typed as an awaitable goes through `js_coro(v)`, which
//   turns a Promise into a coroutine (anything else passes unchanged); a function passed where a
//   stub expects one returning an awaitable goes through `js_coro_fn(f)`.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { isAnyLike } from "../types";
import { isLibSymbol } from "../expressions/identifiers";

function members(ctx: Context, t: ts.Type): ts.Type[] {
  const u = ctx.checker.getNonNullableType(t);
  return u.isUnion() ? u.types : [u];
}

function isLibPromise(t: ts.Type): boolean {
  const sym = t.getSymbol() ?? t.aliasSymbol;
  return !!sym && sym.name === "Promise" && isLibSymbol(sym);
}

/** True when a value of type `t` may be an asyncio awaitable declared by a stub (marker `__awaitable__`). */
export function isForeignAwaitable(ctx: Context, t: ts.Type): boolean {
  if (isAnyLike(t)) return false;
  return members(ctx, t).some((m) => !!m.getProperty("__awaitable__"));
}

/** True for a parameter type that takes an awaitable: a Promise or a stub awaitable (or a union with one). */
function isAwaitableSlot(ctx: Context, t: ts.Type): boolean {
  if (isAnyLike(t)) return false;
  return members(ctx, t).some((m) => isLibPromise(m) || !!m.getProperty("__awaitable__"));
}

/** True for a parameter type that takes a function returning an awaitable (an async callback). */
function isAsyncCallbackSlot(ctx: Context, t: ts.Type): boolean {
  if (isAnyLike(t)) return false;
  return members(ctx, t).some((m) => m.getCallSignatures().some((s) => isAwaitableSlot(ctx, s.getReturnType())));
}

/**
 * An argument of a stub call (positional, or a Kwargs property value) as Python receives it:
 * Promises where asyncio expects coroutines, functions returning Promises where it expects
 * functions returning coroutines.
 */
export function boundaryArgument(ctx: Context, arg: ts.Expression, value: py.Expr): py.Expr {
  const slot = ctx.checker.getContextualType(arg);
  if (!slot) return value;
  const argType = ctx.checker.getTypeAtLocation(arg);
  if (isAwaitableSlot(ctx, slot)) {
    // a stub awaitable (a Task, a stub function's coroutine) is already what Python expects
    if (!isAnyLike(argType) && members(ctx, argType).every((m) => !!m.getProperty("__awaitable__"))) return value;
    return ctx.helperCall("js_coro", [value]);
  }
  if (isAsyncCallbackSlot(ctx, slot) && argType.getCallSignatures().length > 0) return ctx.helperCall("js_coro_fn", [value]);
  return value;
}
