// Per-file state of the numeric analysis (memoised facts of variables, the fixed-point bookkeeping)
// and the write collection it rests on: every assignment, `++`/`--` and for-of/for-in target in the
// file, by variable, plus the variables whose writes cannot be seen (destructuring, for-of).
import { ts } from "ts-morph";
import type { Context } from "../context";
import type { Facts } from "./ranges";
import { strip } from "./literals";
import { parameterSources } from "./params";
const SK = ts.SyntaxKind;

export interface State {
  vars: Map<ts.Symbol, Facts>;
  inProgress: Map<ts.Symbol, Facts>;
  writes?: Map<ts.Symbol, ts.Node[]>;
  /** Symbols whose writes we cannot see (destructuring, for-of, ...). */
  opaque?: Set<ts.Symbol>;
  /** In-progress symbols whose provisional facts the current computation has read. */
  taint: Set<ts.Symbol>;
  budget: number;
}

const KEY = Symbol("numeric-analysis");

export function state(ctx: Context): State {
  let s = ctx.memo.get(KEY) as State | undefined;
  if (!s) ctx.memo.set(KEY, (s = { vars: new Map(), inProgress: new Map(), taint: new Set(), budget: 20000 }));
  return s;
}

/** A variable or parameter the analysis can follow: its initialiser, or the arguments its function receives. */
export interface Declared {
  sym: ts.Symbol;
  initializer?: ts.Expression;
  /** For a parameter: the argument of every call (params.ts). */
  sources?: ts.Expression[];
}

export function declarationOf(ctx: Context, id: ts.Identifier): Declared | undefined {
  const sym = ctx.symbolAt(id);
  if (!sym || sym.flags & ts.SymbolFlags.Alias) return undefined;
  const decl = sym.valueDeclaration;
  if (decl && ts.isParameter(decl) && decl.getSourceFile() === ctx.sourceFile) {
    const sources = parameterSources(ctx, decl);
    return sources && { sym, sources };
  }
  if (!decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name)) return undefined;
  // `let x!: number` may be read (as undefined) before any write.
  if (decl.exclamationToken || (!decl.initializer && ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Ambient)) return undefined;
  if (decl.getSourceFile() !== ctx.sourceFile) return undefined;
  const list = decl.parent;
  if (!ts.isVariableDeclarationList(list)) return undefined;
  // for-of / for-in bindings take values we do not track.
  if (ts.isForOfStatement(list.parent) || ts.isForInStatement(list.parent)) return undefined;
  return { sym, initializer: decl.initializer };
}

export function collectWrites(ctx: Context, s: State) {
  if (s.writes) return;
  const writes = new Map<ts.Symbol, ts.Node[]>();
  const opaque = new Set<ts.Symbol>();
  const symOf = (e: ts.Node): ts.Symbol | undefined => {
    const x = strip(e);
    return ts.isIdentifier(x) ? ctx.checker.getSymbolAtLocation(x) : undefined;
  };
  const add = (sym: ts.Symbol | undefined, node: ts.Node) => {
    if (!sym) return;
    let l = writes.get(sym);
    if (!l) writes.set(sym, (l = []));
    l.push(node);
  };
  const markPattern = (p: ts.Node) => {
    // Every identifier assigned through a destructuring pattern is opaque.
    const visit = (c: ts.Node) => {
      if (ts.isIdentifier(c)) {
        const sym = ctx.checker.getSymbolAtLocation(c);
        if (sym) opaque.add(sym);
      }
      ts.forEachChild(c, visit);
    };
    visit(p);
  };
  const visit = (node: ts.Node) => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= SK.FirstAssignment && node.operatorToken.kind <= SK.LastAssignment) {
      const l = strip(node.left);
      if (ts.isArrayLiteralExpression(l) || ts.isObjectLiteralExpression(l)) markPattern(l);
      else add(symOf(l), node);
    } else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === SK.PlusPlusToken || node.operator === SK.MinusMinusToken)) {
      add(symOf(node.operand), node);
    } else if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) {
      const l = strip(node.initializer);
      if (ts.isIdentifier(l)) {
        const sym = symOf(l);
        if (sym) opaque.add(sym);
      } else markPattern(l);
    }
    ts.forEachChild(node, visit);
  };
  visit(ctx.sourceFile);
  s.writes = writes;
  s.opaque = opaque;
}
