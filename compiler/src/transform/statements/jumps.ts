// break and continue: which Python statements reach the JavaScript target.
//
// Every breakable construct being translated (loop, switch, the one-shot loop wrapped around a loop
// body) is a JumpFrame on a per-file stack. A jump whose target is the innermost Python loop is a
// plain `break`/`continue` (preceded by the loop's continue code: a `for` update, a do-while test).
// A jump that must leave inner Python loops first sets a flag and breaks; each loop it leaves checks
// the flag right after itself and passes the jump on outwards:
//
//     _c1 = False                 # before the outermost loop left
//     while ...:                  # inner loop
//         _c1 = True; break       # `continue outer`
//     if _c1: continue            # after it, in the target's body
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { unsupportedFeature } from "../../diagnostics/catalog";

export interface JumpFrame {
  /** The loop or switch statement; for a body wrapper, the loop whose body it wraps. */
  node: ts.Node;
  kind: "loop" | "switch" | "once";
  /** Emits a Python loop (a switch does when it needs `break`; a once-wrapper always does). */
  pyLoop: boolean;
  labels: string[];
  /** What `continue` does when written directly in this loop (loops only). */
  continueCode: py.Stmt[];
  /** The once-wrapper of this loop's body, when continue is lowered as leaving it. */
  once?: JumpFrame;
  /** Statements to place before / after the Python loop of this frame. */
  before: py.Stmt[];
  after: py.Stmt[];
  flags: Set<string>;
}

const KEY = "jumps.stack";

function stack(ctx: Context): JumpFrame[] {
  let s = ctx.memo.get(KEY) as JumpFrame[] | undefined;
  if (!s) ctx.memo.set(KEY, (s = []));
  return s;
}

export function newFrame(node: ts.Node, kind: JumpFrame["kind"], pyLoop: boolean, labels: string[] = []): JumpFrame {
  return { node, kind, pyLoop, labels, continueCode: [py.cont()], before: [], after: [], flags: new Set() };
}

/** Translates `fn` with `frame` as the innermost jump target. */
export function withJumpFrame<T>(ctx: Context, frame: JumpFrame, fn: () => T): T {
  const s = stack(ctx);
  s.push(frame);
  try {
    return fn();
  } finally {
    s.pop();
  }
}

/** Wraps the Python loop statement(s) of a frame with the flag resets and checks jumps asked for. */
export function placeJumpChecks(frame: JumpFrame, loop: py.Stmt[]): py.Stmt[] {
  return [...frame.before, ...loop, ...frame.after];
}

/** Labels written directly on a statement (`a: b: while ...`). */
export function labelsOf(node: ts.Node): string[] {
  const out: string[] = [];
  let p = node.parent;
  while (p && ts.isLabeledStatement(p)) {
    out.push(p.label.text);
    p = p.parent;
  }
  return out;
}

function findTarget(ctx: Context, node: ts.BreakStatement | ts.ContinueStatement): number {
  const s = stack(ctx);
  const isBreak = ts.isBreakStatement(node);
  for (let i = s.length - 1; i >= 0; i--) {
    const f = s[i];
    if (f.kind === "once") continue;
    if (node.label) {
      if (f.labels.includes(node.label.text)) return i;
    } else if (f.kind === "loop" || (isBreak && f.kind === "switch")) {
      return i;
    }
  }
  return -1;
}

/** Translates `fn` with the given break statements dropped (a switch's clause-ending breaks). */
export function skipJumps<T>(ctx: Context, nodes: Set<ts.Node>, fn: () => T): T {
  const key = "jumps.skip";
  const prev = ctx.memo.get(key) as Set<ts.Node> | undefined;
  ctx.memo.set(key, new Set([...(prev ?? []), ...nodes]));
  try {
    return fn();
  } finally {
    ctx.memo.set(key, prev);
  }
}

/** The Python statements for a `break` or `continue`. */
export function jump(ctx: Context, node: ts.BreakStatement | ts.ContinueStatement): py.Stmt[] {
  if ((ctx.memo.get("jumps.skip") as Set<ts.Node> | undefined)?.has(node)) return [];
  const s = stack(ctx);
  let idx = findTarget(ctx, node);
  if (idx < 0) return ctx.fail(unsupportedFeature(node, "This jump target"));
  let isBreak = ts.isBreakStatement(node);
  let target = s[idx];
  if (!isBreak && target.once) {
    // `continue` leaves the body wrapper; the loop then runs its update / test.
    isBreak = true;
    target = target.once;
    idx = s.indexOf(target);
  }
  const action: py.Stmt[] = isBreak ? [py.brk()] : structuredClone(target.continueCode);
  const between = s.slice(idx + 1).filter((f) => f.pyLoop);
  if (between.length === 0) {
    if (isBreak && !target.pyLoop) throw new Error("break out of a construct that emits no loop");
    return action;
  }
  const kind = isBreak ? "b" : "k";
  const flagName = flagFor(ctx, target, kind);
  const flag = py.name(flagName);
  const outermost = between[0];
  const check = (f: JumpFrame, then: py.Stmt[]) => {
    const key = flagName + "@" + kind;
    if (f.flags.has(key)) return;
    f.flags.add(key);
    f.after.push(py.ifStmt(flag, then));
  };
  if (!outermost.flags.has(flagName + "@init")) {
    outermost.flags.add(flagName + "@init");
    outermost.before.push(py.assign(flag, py.bool(false)));
  }
  for (let i = between.length - 1; i >= 1; i--) check(between[i], [py.brk()]);
  check(outermost, action);
  return [py.assign(flag, py.bool(true)), py.brk()];
}

function flagFor(ctx: Context, target: JumpFrame, kind: string): string {
  const key = "jumps.flag";
  let m = ctx.memo.get(key) as Map<JumpFrame, Map<string, string>> | undefined;
  if (!m) ctx.memo.set(key, (m = new Map()));
  let byKind = m.get(target);
  if (!byKind) m.set(target, (byKind = new Map()));
  let n = byKind.get(kind);
  if (!n) byKind.set(kind, (n = ctx.temp("c").id));
  return n;
}

// ---------- static questions about jumps, asked before a construct is translated ----------

/** The statement a break/continue jumps to, or undefined. */
export function jumpTarget(node: ts.BreakStatement | ts.ContinueStatement): ts.Node | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (ts.isFunctionLike(p) || ts.isClassLike(p) || ts.isSourceFile(p)) return undefined;
    if (node.label) {
      if (ts.isLabeledStatement(p) && p.label.text === node.label.text) {
        let s: ts.Statement = p.statement;
        while (ts.isLabeledStatement(s)) s = s.statement;
        return s;
      }
    } else if (ts.isIterationStatement(p, false) || (ts.isBreakStatement(node) && ts.isSwitchStatement(p))) {
      return p;
    }
  }
  return undefined;
}

/** All break/continue statements inside `root` (not inside nested functions) that target `target`. */
export function jumpsTo(root: ts.Node, target: ts.Node): (ts.BreakStatement | ts.ContinueStatement)[] {
  const out: (ts.BreakStatement | ts.ContinueStatement)[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if ((ts.isBreakStatement(n) || ts.isContinueStatement(n)) && jumpTarget(n) === target) out.push(n);
    ts.forEachChild(n, visit);
  };
  visit(root);
  return out;
}

/**
 * True when the jump leaves a try block (whose catch must not see errors of code run for the jump)
 * or a catch block with a finally (which must run before that code) on its way to `target`.
 */
export function crossesTry(jumpNode: ts.Node, target: ts.Node): boolean {
  for (let p = jumpNode.parent; p && p !== target; p = p.parent) {
    if (!ts.isTryStatement(p)) continue;
    if (isWithin(jumpNode, p.tryBlock)) return true;
    if (p.finallyBlock && p.catchClause && isWithin(jumpNode, p.catchClause)) return true;
  }
  return false;
}

export function isWithin(inner: ts.Node, outer: ts.Node): boolean {
  for (let p: ts.Node | undefined = inner; p; p = p.parent) if (p === outer) return true;
  return false;
}
