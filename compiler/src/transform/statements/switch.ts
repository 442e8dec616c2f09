// switch statements.
//
// When no clause falls through into the next one (each ends in break/return/throw/continue, or is
// empty and shares the next clause's body) the switch is an if/elif chain with `default` as the
// final else, and the clause-ending breaks disappear:
//
//     _t1 = x
//     if _t1 == 1 or _t1 == 2: ...
//     elif _t1 == 3: ...
//     else: ...                       # default, wherever it was written
//
// Otherwise the clause to start from is chosen first, and every clause from there on runs in turn:
//
//     if _t1 == 1: _t2 = 0
//     elif _t1 == 2: _t2 = 1
//     else: _t2 = 2                  # the default clause's index, or the clause count
//     while True:
//         if _t2 <= 0: ...
//         if _t2 <= 1: ...
//         break
//
// The one-shot `while True` is only emitted when some `break` must leave the switch from inside;
// a `continue` inside it reaches the enclosing loop through a flag (see jumps.ts).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import { isAnyLike, isBoolean, isNumber, isString, isArray, isClassInstance, typeOf } from "../types";
import { jumpsTo, newFrame, placeJumpChecks, withJumpFrame, skipJumps } from "./jumps";

const SK = ts.SyntaxKind;

type Category = "number" | "string" | "boolean" | "object" | "unknown";

function category(ctx: Context, node: ts.Node): Category {
  const t = typeOf(ctx, node);
  if (isAnyLike(t)) return "unknown";
  if (isNumber(t)) return "number";
  if (isString(t)) return "string";
  if (isBoolean(t)) return "boolean";
  const nn = ctx.checker.getNonNullableType(t);
  if (nn === t && (isClassInstance(ctx, nn) || isArray(ctx, nn) || (nn.flags & ts.TypeFlags.Object && !nn.isUnion()))) return "object";
  return "unknown";
}

function strip(n: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n)) n = n.expression;
  return n;
}

/** `disc === test` as Python, from the static types of both sides. */
function caseTest(ctx: Context, disc: py.Expr, discNode: ts.Expression, testNode: ts.Expression): py.Expr {
  const t = strip(testNode);
  if (t.kind === SK.NullKeyword) return py.compare(disc, "is", ctx.helper("js_null"));
  if (ts.isIdentifier(t) && t.text === "undefined") return py.compare(disc, "is", py.none());
  const v = ctx.expr(testNode);
  const ca = category(ctx, discNode);
  const cb = category(ctx, testNode);
  if (ca === cb && (ca === "number" || ca === "string" || ca === "boolean")) return py.compare(disc, "==", v);
  if ((ca === "object" || cb === "object") && ca !== "unknown" && cb !== "unknown") return py.compare(disc, "is", v);
  // A number case against a number-or-string discriminant, etc.: compare only same-kind values.
  return ctx.helperCall("js_eq", [disc, v]);
}

/** True when control cannot run past the end of `s`. */
function terminates(s: ts.Statement | undefined): boolean {
  if (!s) return false;
  if (ts.isBlock(s)) return terminates(s.statements[s.statements.length - 1]);
  if (ts.isIfStatement(s)) return !!s.elseStatement && terminates(s.thenStatement) && terminates(s.elseStatement);
  return ts.isBreakStatement(s) || ts.isContinueStatement(s) || ts.isReturnStatement(s) || ts.isThrowStatement(s);
}

/** Unlabelled breaks in tail position of a clause: dropping them leaves the clause's behaviour unchanged. */
function tailBreaks(s: ts.Statement | undefined, out: Set<ts.Node>) {
  if (!s) return;
  if (ts.isBlock(s)) tailBreaks(s.statements[s.statements.length - 1], out);
  else if (ts.isIfStatement(s)) {
    tailBreaks(s.thenStatement, out);
    tailBreaks(s.elseStatement, out);
  } else if (ts.isBreakStatement(s) && !s.label) out.add(s);
}

/** Case tests that cannot have side effects (so their evaluation may be skipped or reordered). */
function isPure(e: ts.Expression): boolean {
  e = strip(e);
  if (ts.isLiteralExpression(e) || ts.isIdentifier(e) || e.kind === SK.TrueKeyword || e.kind === SK.FalseKeyword || e.kind === SK.NullKeyword) return true;
  if (ts.isPrefixUnaryExpression(e) && (e.operator === SK.MinusToken || e.operator === SK.PlusToken)) return ts.isNumericLiteral(strip(e.operand));
  if (ts.isPropertyAccessExpression(e)) return isPure(e.expression);
  if (ts.isNoSubstitutionTemplateLiteral(e)) return true;
  return false;
}

function switchStatement(node: ts.SwitchStatement, ctx: Context): py.Stmt[] {
  const clauses = node.caseBlock.clauses;
  const n = clauses.length;
  const pure = clauses.every((c) => !ts.isCaseClause(c) || isPure(c.expression));
  // Groups of clauses sharing one body: empty clauses fall into the next.
  const noFallthrough = pure && clauses.every((c, i) => i === n - 1 || c.statements.length === 0 || terminates(c.statements[c.statements.length - 1]));
  const breaks = jumpsTo(node.caseBlock, node).filter(ts.isBreakStatement);
  const tails = new Set<ts.Node>();
  if (noFallthrough) for (const c of clauses) tailBreaks(c.statements[c.statements.length - 1], tails);
  const needsLoop = noFallthrough ? breaks.some((b) => !tails.has(b)) : breaks.length > 0;
  const frame = newFrame(node, "switch", needsLoop);

  const out: py.Stmt[] = [];
  const discPart = ctx.capture(() => ctx.expr(node.expression));
  out.push(...discPart.pre);
  let disc = discPart.value;
  if (!(disc.kind === "Const" || (disc.kind === "Name" && pure))) {
    const t = ctx.temp("t");
    out.push(py.assign(t, disc));
    disc = t;
  }

  // Function declarations of every clause are hoisted to the top of the case block, as in JS.
  const isHoisted = (st: ts.Statement) => ts.isFunctionDeclaration(st) && !!st.body;
  for (const c of clauses) for (const st of c.statements) if (isHoisted(st)) out.push(...ctx.stmt(st));
  const translateClause = (c: ts.CaseOrDefaultClause) => {
    const rest = c.statements.filter((st) => !isHoisted(st));
    return withJumpFrame(ctx, frame, () => (needsLoop ? ctx.block(rest) : skipJumps(ctx, tails, () => ctx.block(rest))));
  };

  let body: py.Stmt[];
  if (noFallthrough) {
    // Each group: its tests and its body. The default group becomes the final else.
    const groups: { tests: ts.Expression[]; isDefault: boolean; clause: ts.CaseOrDefaultClause }[] = [];
    let pending: ts.Expression[] = [];
    let pendingDefault = false;
    for (const c of clauses) {
      if (ts.isCaseClause(c)) pending.push(c.expression);
      else pendingDefault = true;
      if (c.statements.length > 0 || c === clauses[n - 1]) {
        groups.push({ tests: pending, isDefault: pendingDefault, clause: c });
        pending = [];
        pendingDefault = false;
      }
    }
    const bodies = groups.map((g) => translateClause(g.clause));
    let orelse: py.Stmt[] = [];
    const defaultIndex = groups.findIndex((g) => g.isDefault);
    if (defaultIndex >= 0) orelse = bodies[defaultIndex];
    for (let i = groups.length - 1; i >= 0; i--) {
      if (i === defaultIndex) continue;
      const g = groups[i];
      const { pre, value } = ctx.capture(() => {
        const tests = g.tests.map((t) => caseTest(ctx, disc, node.expression, t));
        return tests.length === 1 ? tests[0] : py.boolop("or", tests);
      });
      const ifs = py.ifStmt(value, bodies[i].length ? bodies[i] : [py.pass()], orelse);
      ifs.line = ctx.lineOf(g.clause);
      orelse = [...pre, ifs];
    }
    body = orelse;
  } else {
    const k = ctx.temp("t");
    const defaultAt = clauses.findIndex((c) => ts.isDefaultClause(c));
    let chain: py.Stmt[] = [py.assign(k, py.num(defaultAt >= 0 ? defaultAt : n))];
    for (let i = n - 1; i >= 0; i--) {
      const c = clauses[i];
      if (!ts.isCaseClause(c)) continue;
      const { pre, value } = ctx.capture(() => caseTest(ctx, disc, node.expression, c.expression));
      chain = [...pre, py.ifStmt(value, [py.assign(k, py.num(i))], chain)];
    }
    const runs: py.Stmt[] = [];
    clauses.forEach((c, i) => {
      if (c.statements.length === 0) return;
      const s = py.ifStmt(py.compare(k, "<=", py.num(i)), translateClause(c));
      s.line = ctx.lineOf(c);
      runs.push(s);
    });
    out.push(...chain);
    body = runs;
  }
  if (!needsLoop) return [...out, ...body];
  return [...out, ...placeJumpChecks(frame, [py.whileStmt(py.bool(true), [...body, py.brk()])])];
}

export const switchVisitors: VisitorGroup = {
  statements: {
    [SK.SwitchStatement]: switchStatement,
  },
};
