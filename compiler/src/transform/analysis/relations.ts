// One relation the interval facts cannot hold: inside `for (let c = ...; c < X; c++)`, `X - c` is at
// least 1 (`c <= X`: at least 0). A sum like `row - c + n` in that loop body is then bounded below
// by the other terms plus that 1, where intervals alone would give `row.lo - X.hi + n.lo`.
//
// Only sums and differences of identifiers and int literals are taken apart. `c` must be the
// loop's counter, read in the loop body, written only by the loop's update; `X` a variable or
// parameter of this file that nothing in the loop writes and no closure writes (so it holds the
// value the loop test compared against).
import { ts } from "ts-morph";
import type { Context } from "../context";
import type { IntRange } from "./ranges";
import { literalValue, strip } from "./literals";
import { collectWrites, state } from "./writes";
const SK = ts.SyntaxKind;

interface Term {
  id: ts.Identifier;
  sign: 1 | -1;
}

/** A lower bound for the int sum `n` from `X - c` pairs, or undefined when there is none to use. */
export function relationalLowerBound(ctx: Context, n: ts.BinaryExpression, factsOf: (id: ts.Identifier) => IntRange | undefined): number | undefined {
  const terms: Term[] = [];
  let constant = 0;
  const split = (e: ts.Expression, sign: 1 | -1): boolean => {
    const x = strip(e) as ts.Expression;
    const lit = literalValue(x);
    if (lit !== undefined) {
      if (!Number.isInteger(lit)) return false;
      constant += sign * lit;
      return true;
    }
    if (ts.isIdentifier(x)) {
      terms.push({ id: x, sign });
      return true;
    }
    if (ts.isBinaryExpression(x) && (x.operatorToken.kind === SK.PlusToken || x.operatorToken.kind === SK.MinusToken)) {
      return split(x.left, sign) && split(x.right, x.operatorToken.kind === SK.PlusToken ? sign : ((-sign) as 1 | -1));
    }
    return false;
  };
  if (!split(n, 1) || terms.length > 8) return undefined;
  let bound = constant;
  let paired = false;
  const used = new Set<Term>();
  for (const t of terms) {
    if (t.sign !== -1 || used.has(t)) continue;
    const loopBound = counterBound(ctx, t.id);
    if (!loopBound) continue;
    const partner = terms.find((u) => u.sign === 1 && !used.has(u) && ctx.symbolAt(u.id) === loopBound.limit);
    if (!partner) continue;
    used.add(t);
    used.add(partner);
    bound += loopBound.strict ? 1 : 0;
    paired = true;
  }
  if (!paired) return undefined;
  for (const t of terms) {
    if (used.has(t)) continue;
    const r = factsOf(t.id);
    if (!r) return undefined;
    bound += t.sign === 1 ? r.lo : -r.hi;
  }
  return Number.isFinite(bound) ? bound : undefined;
}

/** For a read of a `for` counter in its loop body: the variable of its `c < X` / `c <= X` test. */
function counterBound(ctx: Context, id: ts.Identifier): { limit: ts.Symbol; strict: boolean } | undefined {
  const sym = ctx.symbolAt(id);
  if (!sym) return undefined;
  let child: ts.Node = id;
  for (let p = id.parent; p; child = p, p = p.parent) {
    if (ts.isFunctionLike(p) || ts.isSourceFile(p)) return undefined;
    if (!ts.isForStatement(p) || child !== p.statement || !p.condition || !p.initializer || !p.incrementor) continue;
    if (!ts.isVariableDeclarationList(p.initializer) || !p.initializer.declarations.some((d) => ctx.symbolAt(d.name) === sym)) continue;
    const s = state(ctx);
    collectWrites(ctx, s);
    const incr = p.incrementor;
    if ((s.writes!.get(sym) ?? []).some((w) => !(w.pos >= incr.pos && w.end <= incr.end))) return undefined;
    const c = strip(p.condition);
    if (!ts.isBinaryExpression(c) || !ts.isIdentifier(strip(c.left)) || ctx.symbolAt(strip(c.left)) !== sym) return undefined;
    const k = c.operatorToken.kind;
    if (k !== SK.LessThanToken && k !== SK.LessThanEqualsToken) return undefined;
    const limitNode = strip(c.right);
    if (!ts.isIdentifier(limitNode)) return undefined;
    const limit = ctx.symbolAt(limitNode);
    if (!limit || !unchangedDuring(ctx, limit, p)) return undefined;
    return { limit, strict: k === SK.LessThanToken };
  }
  return undefined;
}

/** A variable or parameter of this file that the loop does not write and no closure writes. */
function unchangedDuring(ctx: Context, sym: ts.Symbol, loop: ts.ForStatement): boolean {
  const decl = sym.valueDeclaration;
  if (!decl || !(ts.isVariableDeclaration(decl) || ts.isParameter(decl)) || decl.getSourceFile() !== ctx.sourceFile) return false;
  const s = state(ctx);
  collectWrites(ctx, s);
  if (s.opaque!.has(sym)) return false;
  const home = ts.findAncestor(decl.parent, ts.isFunctionLike);
  return (s.writes!.get(sym) ?? []).every((w) => ts.findAncestor(w, ts.isFunctionLike) === home && !(w.pos >= loop.pos && w.end <= loop.end));
}
