// Array and string indexing with an int index that may fall outside the array, inlined.
//
// For a Python int `i`, JavaScript's `xs[i]` is exactly Python's `xs[i]` when 0 <= i < len(xs)
// (arrays are dense lists, see docs/design.md), and undefined otherwise; a write inside that
// range is a plain store. So where the int-range analysis proves the index an int (of either
// sign), the bounds test is written out in place of a js_get/js_setidx/js_setprop call, which on
// MicroPython costs a function call and type tests per access:
//   read   xs[i] if 0 <= i < len(xs) else None        (`i < len(xs)` when i >= 0 is proven)
//   write  if 0 <= i < len(xs): xs[i] = v  else: <the helper, which appends, refuses holes or
//          sets a property exactly as before>
// Only for an array and an index that are names or constants (evaluated twice), and for writes
// only when the value cannot run code (the test now runs before the value is computed, where JS
// computes the value first: a value that could change the array's length keeps the helper).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { intRange } from "../analysis/numeric";

/** The bounds test `0 <= key < len(obj)`, or undefined when the index is not a provable int (or never in range). */
function inBounds(ctx: Context, indexNode: ts.Expression, obj: py.Expr, key: py.Expr): py.Expr | undefined {
  if (!py.isSimple(obj) || !py.isSimple(key)) return undefined;
  if (obj.kind !== "Name") return undefined;
  const r = intRange(ctx, indexNode);
  if (!r || r.hi < 0) return undefined;
  const length = py.call(py.name("len"), [obj]);
  if (r.lo >= 0) return py.compare(key, "<", length);
  return { kind: "Compare", left: py.num(0), ops: ["<=", "<"], comparators: [key, length] };
}

/** `xs[i] if 0 <= i < len(xs) else None` for js_get(xs, i), or undefined when not provable. */
export function guardedRead(ctx: Context, indexNode: ts.Expression, obj: py.Expr, key: py.Expr): py.Expr | undefined {
  const test = inBounds(ctx, indexNode, obj, key);
  return test && { ...py.ifExp(test, py.subscript(obj, key), py.none()), indexGuard: true };
}

/** `0 <= i` for a guard `0 <= i < len(xs)`; undefined for `i < len(xs)` (a non-negative index). */
function lowerTest(test: py.Expr): py.Expr | undefined {
  return test.kind === "Compare" && test.ops.length === 2 ? py.compare(test.left, "<=", test.comparators[0]) : undefined;
}

/** `if 0 <= i < len(xs): xs[i] = v else: <slow>`, or undefined when not provable. */
export function guardedWrite(ctx: Context, indexNode: ts.Expression, obj: py.Expr, key: py.Expr, value: py.Expr, slow: py.Stmt): py.Stmt | undefined {
  if (!runsNoCode(value)) return undefined;
  const test = inBounds(ctx, indexNode, obj, key);
  return test && { ...py.ifStmt(test, [py.assign(py.subscript(obj, key), value)], [slow]), indexGuard: cannotRaiseIndexError(value) };
}

/**
 * The guards at statement level, as `try`: a subscript with a non-negative int raises IndexError
 * exactly when it is out of range, and entering a `try` costs MicroPython far less than a
 * `len()` call (a possibly negative index is tested against 0 first). `t = xs[i] if i < len(xs) else None` becomes
 * `try: t = xs[i]` / `except IndexError: t = None`; the guarded write `try: xs[i] = v` /
 * `except IndexError: js_setidx(xs, i, v)` (only for a value that cannot raise IndexError itself;
 * it runs no code, so evaluating it again in the handler is harmless).
 */
export function guardsToTry(body: py.Stmt[]): py.Stmt[] {
  return body.map(statementToTry);
}

function statementToTry(s: py.Stmt): py.Stmt {
  switch (s.kind) {
    case "Assign": {
      const v = s.value;
      if (s.targets.length === 1 && s.targets[0].kind === "Name" && v.kind === "IfExp" && v.indexGuard) {
        const miss = () => py.assign(s.targets[0], v.orelse, s.line);
        return tryIndex(v.test, [py.assign(s.targets[0], v.body, s.line)], miss, s.line);
      }
      return s;
    }
    case "If":
      if (s.indexGuard) return tryIndex(s.test, s.body, () => s.orelse[0], s.line);
      return { ...s, body: guardsToTry(s.body), orelse: guardsToTry(s.orelse) };
    case "While":
    case "For":
      return { ...s, body: guardsToTry(s.body), orelse: s.orelse && guardsToTry(s.orelse) };
    case "FunctionDef":
    case "ClassDef":
      return { ...s, body: guardsToTry(s.body) };
    case "Try":
      return {
        ...s,
        body: guardsToTry(s.body),
        handlers: s.handlers.map((h) => ({ ...h, body: guardsToTry(h.body) })),
        orelse: s.orelse && guardsToTry(s.orelse),
        finalbody: s.finalbody && guardsToTry(s.finalbody),
      };
    default:
      return s;
  }
}

/**
 * True when the value (already known to run no code) cannot raise IndexError either, so that a
 * `try` around its store catches only the store's own: no subscript but the guarded reads above.
 */
function cannotRaiseIndexError(e: py.Expr): boolean {
  switch (e.kind) {
    case "Name":
    case "Const":
      return true;
    case "UnaryOp":
      return cannotRaiseIndexError(e.operand);
    case "BinOp":
      return cannotRaiseIndexError(e.left) && cannotRaiseIndexError(e.right);
    case "Compare":
      return cannotRaiseIndexError(e.left) && e.comparators.every(cannotRaiseIndexError);
    case "IfExp":
      // A guarded read: its subscript runs only inside the bounds.
      return (e.indexGuard === true || cannotRaiseIndexError(e.body)) && cannotRaiseIndexError(e.test) && cannotRaiseIndexError(e.orelse);
    case "Call":
      return e.func.kind === "Name" && e.func.id === "len";
    default:
      return false;
  }
}

/**
 * True when evaluating the value cannot run program code (no call but len(), no attribute read
 * (a getter), no walrus): names, constants, subscripts, arithmetic, comparisons, conditionals.
 */
function runsNoCode(e: py.Expr): boolean {
  switch (e.kind) {
    case "Name":
    case "Const":
      return true;
    case "UnaryOp":
      return runsNoCode(e.operand);
    case "Subscript":
      return runsNoCode(e.value) && runsNoCode(e.index);
    case "BinOp":
      // Operands are JS numbers, strings or arrays: no user class defines arithmetic dunders.
      return runsNoCode(e.left) && runsNoCode(e.right);
    case "Call":
      return e.func.kind === "Name" && e.func.id === "len" && e.args.length === 1 && runsNoCode(e.args[0]);
    case "IfExp":
      return runsNoCode(e.test) && runsNoCode(e.body) && runsNoCode(e.orelse);
    case "Compare":
      return runsNoCode(e.left) && e.comparators.every(runsNoCode);
    default:
      return false;
  }
}

/** `try: <hit> except IndexError: <miss>`, behind `if 0 <= i:` (else <miss>) when the index may be negative (Python would count from the end). */
function tryIndex(test: py.Expr, hit: py.Stmt[], miss: () => py.Stmt, line?: number): py.Stmt {
  const attempt: py.Stmt = { kind: "Try", body: hit, handlers: [{ type: py.name("IndexError"), body: [miss()] }], line };
  const low = lowerTest(test);
  return low ? py.ifStmt(low, [attempt], [miss()], line) : attempt;
}
