// The values a parameter can receive, for the int-range analysis: a function declared in this file,
// not exported and used only as the callee of direct calls here (never passed, stored, exported,
// called with spread or through `.call`), receives exactly the arguments written at those calls.
// Its parameter's facts are then the join of those arguments' facts and of the writes to the
// parameter in its body (facts.ts runs that fixed point, recursion included), so that
// `function place(row: number)` called as `place(0)` and `place(row + 1)` is a non-negative int.
import { ts } from "ts-morph";
import type { Context } from "../context";
import type { Declared } from "./writes";

const KEY = Symbol("parameter-sources");

interface CallSites {
  /** Function symbol -> its direct calls in the file; absent when the function escapes. */
  calls: Map<ts.Symbol, ts.CallExpression[]>;
}

/**
 * The argument expressions that every call of the parameter's function passes for it, or
 * undefined when some call (or another use of the function) is out of sight.
 */
export function parameterSources(ctx: Context, param: ts.ParameterDeclaration): ts.Expression[] | undefined {
  const fn = param.parent;
  if (!ts.isFunctionDeclaration(fn) || !fn.name || !fn.body) return undefined;
  if (param.initializer || param.questionToken || param.dotDotDotToken || !ts.isIdentifier(param.name)) return undefined;
  if (fn.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === "this")) return undefined;
  if (ts.getCombinedModifierFlags(fn) & (ts.ModifierFlags.Export | ts.ModifierFlags.Default | ts.ModifierFlags.Ambient)) return undefined;
  // A script's top-level function is global: another script of the program may call it.
  if (!ts.isExternalModule(ctx.sourceFile) && fn.parent === ctx.sourceFile && otherScripts(ctx)) return undefined;
  const sym = ctx.symbolAt(fn.name);
  if (!sym) return undefined;
  const calls = callSites(ctx).calls.get(sym);
  if (!calls) return undefined;
  const index = fn.parameters.indexOf(param);
  const args: ts.Expression[] = [];
  for (const call of calls) {
    if (call.arguments.length <= index) return undefined;
    if (call.arguments.some((a, i) => i <= index && ts.isSpreadElement(a))) return undefined;
    args.push(call.arguments[index]);
  }
  return args;
}

/** One scan of the file: the direct calls of each non-exported function declaration, or none when it escapes. */
function callSites(ctx: Context): CallSites {
  let s = ctx.memo.get(KEY) as CallSites | undefined;
  if (s) return s;
  s = { calls: new Map() };
  ctx.memo.set(KEY, s);
  // Candidates by name first, so that only identifiers spelled like one are resolved.
  const byName = new Map<string, ts.Symbol[]>();
  const collect = (n: ts.Node) => {
    if (ts.isFunctionDeclaration(n) && n.name && n.body) {
      const sym = ctx.symbolAt(n.name);
      // Merged declarations (a namespace of the same name, overloads in another block) are out.
      if (sym && sym.declarations?.every((d) => ts.isFunctionDeclaration(d))) {
        if (!byName.has(n.name.text)) byName.set(n.name.text, []);
        if (!byName.get(n.name.text)!.includes(sym)) byName.get(n.name.text)!.push(sym);
        s!.calls.set(sym, []);
      }
    }
    ts.forEachChild(n, collect);
  };
  collect(ctx.sourceFile);
  if (byName.size === 0) return s;
  const escaped = new Set<ts.Symbol>();
  const visit = (n: ts.Node) => {
    if (ts.isIdentifier(n) && byName.has(n.text)) {
      const p = n.parent;
      const declName = ts.isFunctionDeclaration(p) && p.name === n;
      const propName = (ts.isPropertyAccessExpression(p) && p.name === n) || (ts.isPropertyAssignment(p) && p.name === n) ||
        ((ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodSignature(p)) && p.name === n);
      if (!declName && !propName) {
        let sym = ctx.checker.getSymbolAtLocation(n);
        if (ts.isShorthandPropertyAssignment(p)) sym = ctx.checker.getShorthandAssignmentValueSymbol(p) ?? sym;
        if (sym && s!.calls.has(sym)) {
          if (ts.isCallExpression(p) && p.expression === n) s!.calls.get(sym)!.push(p);
          else escaped.add(sym);
        } else if (sym && sym.flags & ts.SymbolFlags.Alias) {
          // `export { f }` and the like: the function is reachable from elsewhere.
          const target = ctx.checker.getAliasedSymbol(sym);
          if (s!.calls.has(target)) escaped.add(target);
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(ctx.sourceFile);
  for (const e of escaped) s.calls.delete(e);
  return s;
}

function otherScripts(ctx: Context): boolean {
  return ctx.program.getSourceFiles().some((f) => f !== ctx.sourceFile && !f.isDeclarationFile && !ts.isExternalModule(f));
}

/**
 * For a direct call of a function declared in this file: the function's symbol and the
 * expression of every `return` in its body, when each returns a value and the body cannot end
 * without one (its last statement returns or throws). Writes to the function's name make
 * facts.ts give up (they are writes of a non-number to the "variable").
 */
export function returnSources(ctx: Context, call: ts.CallExpression): Declared | undefined {
  const callee = call.expression;
  if (!ts.isIdentifier(callee)) return undefined;
  const sym = ctx.symbolAt(callee);
  const decls = sym?.declarations;
  if (!sym || !decls || decls.length !== 1) return undefined;
  const fn = decls[0];
  if (!ts.isFunctionDeclaration(fn) || !fn.body || fn.asteriskToken || fn.getSourceFile() !== ctx.sourceFile) return undefined;
  if (ts.getCombinedModifierFlags(fn) & (ts.ModifierFlags.Async | ts.ModifierFlags.Ambient)) return undefined;
  const key = fn.body;
  let sources = returnMemo(ctx).get(key);
  if (sources === undefined) {
    sources = returnedExpressions(fn.body) ?? null;
    returnMemo(ctx).set(key, sources);
  }
  return sources ? { sym, sources } : undefined;
}

const RETURNS = Symbol("returned-expressions");

function returnMemo(ctx: Context): Map<ts.Node, ts.Expression[] | null> {
  let m = ctx.memo.get(RETURNS) as Map<ts.Node, ts.Expression[] | null> | undefined;
  if (!m) ctx.memo.set(RETURNS, (m = new Map()));
  return m;
}

function returnedExpressions(body: ts.Block): ts.Expression[] | undefined {
  const last = body.statements[body.statements.length - 1];
  if (!last || !(ts.isReturnStatement(last) || ts.isThrowStatement(last))) return undefined;
  const out: ts.Expression[] = [];
  let bare = false;
  const visit = (n: ts.Node) => {
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isReturnStatement(n)) {
      if (n.expression) out.push(n.expression);
      else bare = true;
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return bare ? undefined : out;
}
