// Per-file transformation state: diagnostics, helper imports, preceding statements, temporaries,
// name resolution. Visitors receive a Context and return Python AST.
import { ts } from "ts-morph";
import * as py from "../python/ast";
import { Diagnostic, internalError, unsupportedSyntax } from "../diagnostics/catalog";
import { FileScopes, ScopeNode, enclosingScope } from "./scope";
import { HELPERS } from "./helpers";
import type { ModuleResolver } from "./modules/resolve";
import { anonymousDefaultExport, moduleReference } from "./modules/imports";

export type ExprVisitor<N extends ts.Node = any> = (node: N, ctx: Context) => py.Expr;
export type StmtVisitor<N extends ts.Node = any> = (node: N, ctx: Context) => py.Stmt[];

export interface VisitorTables {
  expressions: Map<ts.SyntaxKind, ExprVisitor>;
  statements: Map<ts.SyntaxKind, StmtVisitor>;
}

/** What a visitor needs to know about the function it is inside. */
export interface FunctionFrame {
  node: ScopeNode;
  /** Python name `this` maps to here (`self` in methods; `cls` in static methods), or undefined. */
  thisName?: string;
  /** The Python class being built, for `super`. */
  className?: string;
  isAsync?: boolean;
  isGenerator?: boolean;
  isStatic?: boolean;
  isConstructor?: boolean;
}

/** Thrown by `ctx.fail` to abandon a node after a diagnostic has been recorded. */
export class Refused extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

export class Context {
  readonly diagnostics: Diagnostic[] = [];
  readonly scopes: FileScopes;
  /** Helper module -> names imported from it. */
  readonly helperImports = new Map<string, Set<string>>();
  /** Standard modules (`math`, `collections`) -> alias. */
  readonly stdImports = new Set<string>();
  /** Statements emitted at module level before the body (shape classes). */
  readonly moduleHoisted: py.Stmt[] = [];
  private readonly preludes: py.Stmt[][] = [];
  private tempCounter = 0;
  readonly frames: FunctionFrame[] = [];
  /** Memo for per-file analyses keyed by an object (e.g. int/non-negative inference). */
  readonly memo = new Map<unknown, unknown>();
  /** Expressions whose value is already held in a Python expression (see optional.ts). */
  readonly substitutions = new Map<ts.Node, py.Expr>();

  constructor(
    readonly program: ts.Program,
    readonly checker: ts.TypeChecker,
    readonly sourceFile: ts.SourceFile,
    readonly visitors: VisitorTables,
    readonly modules: ModuleResolver,
  ) {
    this.scopes = new FileScopes(sourceFile, checker, Object.keys(HELPERS));
    this.frames.push({ node: sourceFile });
  }

  // ---------- dispatch ----------

  /** Translates an expression; preceding statements it needs go to the current prelude. */
  expr(node: ts.Expression | ts.Node): py.Expr {
    // Parentheses carry no meaning in the Python AST; the printer adds the ones it needs.
    while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) ||
      ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node) || ts.isPartiallyEmittedExpression(node)) {
      node = node.expression;
    }
    // A node already evaluated into a temporary (optional chains, destructuring).
    const sub = this.substitutions.get(node);
    if (sub) return sub;
    // Imported bindings read through their module (live bindings, cycles, namespace members).
    const viaModule = moduleReference(node, this);
    if (viaModule) {
      if (viaModule.line === undefined) viaModule.line = this.lineOf(node);
      return viaModule;
    }
    const visit = this.visitors.expressions.get(node.kind);
    if (!visit) this.fail(unsupportedSyntax(node, describeKind(node)));
    const result = visit!(node, this);
    if (result.line === undefined) result.line = this.lineOf(node);
    return result;
  }

  /** Translates a statement, with the statements its expressions needed placed before it. */
  stmt(node: ts.Statement | ts.Node): py.Stmt[] {
    const visit = this.visitors.statements.get(node.kind);
    this.preludes.push([]);
    let out: py.Stmt[];
    try {
      const anonymousDefault = anonymousDefaultExport(node, this);
      if (!anonymousDefault && !visit) this.fail(unsupportedSyntax(node, describeKind(node)));
      out = anonymousDefault ?? visit!(node, this);
    } catch (e) {
      this.preludes.pop();
      if (e instanceof Refused) return [];
      this.diagnostics.push(internalError(node, (e as Error)?.stack?.split("\n").slice(0, 4).join(" | ") ?? String(e)));
      return [];
    }
    const pre = this.preludes.pop()!;
    const line = this.lineOf(node);
    for (const s of out) if (s.line === undefined) s.line = line;
    for (const s of pre) if (s.line === undefined) s.line = line;
    return [...pre, ...out];
  }

  /** Translates statements in order, hoisting function declarations first as JavaScript does. */
  block(statements: readonly ts.Statement[]): py.Stmt[] {
    const hoisted: py.Stmt[] = [];
    // Imported modules run before the importing module's body, wherever the import is written.
    const imports: py.Stmt[] = [];
    const rest: py.Stmt[] = [];
    for (const s of statements) {
      if (ts.isFunctionDeclaration(s) && s.body) hoisted.push(...this.stmt(s));
      else if (ts.isImportDeclaration(s) || (ts.isExportDeclaration(s) && s.moduleSpecifier)) imports.push(...this.stmt(s));
      else rest.push(...this.stmt(s));
    }
    return [...hoisted, ...imports, ...rest];
  }

  /**
   * Runs `fn` with a fresh prelude and returns what it produced, so that a caller can place the
   * preceding statements itself (inside a branch, a loop test, a lambda turned into a def...).
   */
  capture<T>(fn: () => T): { pre: py.Stmt[]; value: T } {
    this.preludes.push([]);
    try {
      const value = fn();
      return { pre: this.preludes[this.preludes.length - 1], value };
    } finally {
      this.preludes.pop();
    }
  }

  /** Adds statements that must run before the expression being translated. */
  addPre(...stmts: py.Stmt[]) {
    if (this.preludes.length === 0) throw new Error("addPre outside a statement");
    this.preludes[this.preludes.length - 1].push(...stmts);
  }

  /**
   * Translates expressions that JavaScript evaluates left to right. When a later one needs
   * preceding statements, earlier non-trivial values are saved to temporaries first so that the
   * order of side effects is kept.
   */
  ordered(nodes: readonly ts.Node[], visit: (n: ts.Node) => py.Expr = (n) => this.expr(n)): py.Expr[] {
    const results: py.Expr[] = [];
    for (const n of nodes) {
      const { pre, value } = this.capture(() => visit(n));
      if (pre.length) {
        // The preceding statements may reassign a name read earlier: only constants are safe.
        for (let i = 0; i < results.length; i++) {
          if (results[i].kind !== "Const") results[i] = this.toTemp(results[i]);
        }
        this.addPre(...pre);
      }
      results.push(value);
    }
    return results;
  }

  /** Saves a value in a fresh temporary (as a preceding statement) and returns the temporary. */
  toTemp(value: py.Expr, hint = "t"): py.Name {
    const t = this.temp(hint);
    this.addPre(py.assign(t, value));
    return t;
  }

  temp(hint = "t"): py.Name {
    return py.name(`_${hint.charAt(0)}${++this.tempCounter}`);
  }

  // ---------- helpers and imports ----------

  /** A runtime helper from the shared `tsmpy` package, imported on demand. */
  helper(helperName: string): py.Name {
    const mod = HELPERS[helperName];
    if (!mod) throw new Error(`unknown helper ${helperName}`);
    let names = this.helperImports.get(mod);
    if (!names) this.helperImports.set(mod, (names = new Set()));
    names.add(helperName);
    return py.name(helperName);
  }

  helperCall(helperName: string, args: py.Expr[]): py.Call {
    return py.call(this.helper(helperName), args);
  }

  /** A standard MicroPython module (`math`, `collections`), imported once at the top. */
  std(moduleName: string): py.Name {
    this.stdImports.add(moduleName);
    return py.name(moduleName);
  }

  // ---------- diagnostics ----------

  /** Records a diagnostic and abandons the current statement. */
  fail(d: Diagnostic): never {
    this.diagnostics.push(d);
    throw new Refused(d);
  }

  report(d: Diagnostic) {
    this.diagnostics.push(d);
  }

  // ---------- names and frames ----------

  /** The Python name of a local binding (variable, parameter, function, class, import). */
  nameOfSymbol(symbol: ts.Symbol): string | undefined {
    return this.scopes.nameOf(symbol);
  }

  /**
   * The checker's type of a node, asked once per node: the translation asks about the same node
   * from several places, and the checker redoes flow analysis for each question.
   */
  typeAtLocation(node: ts.Node): ts.Type {
    let t = this.typeCache.get(node);
    if (!t) this.typeCache.set(node, (t = this.checker.getTypeAtLocation(node)));
    return t;
  }

  private readonly typeCache = new Map<ts.Node, ts.Type>();
  private readonly symbolCache = new Map<ts.Node, ts.Symbol | undefined>();

  symbolAt(node: ts.Node): ts.Symbol | undefined {
    // (the same resolution as the scope pre-pass, which has seen every identifier of the file)
    const known = this.scopes.identifierSymbols;
    if (known.has(node)) return known.get(node);
    if (this.symbolCache.has(node)) return this.symbolCache.get(node);
    const s = this.resolveSymbolAt(node);
    this.symbolCache.set(node, s);
    return s;
  }

  private resolveSymbolAt(node: ts.Node): ts.Symbol | undefined {
    let s = this.checker.getSymbolAtLocation(node);
    if (s && ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node) {
      s = this.checker.getShorthandAssignmentValueSymbol(node.parent) ?? s;
    }
    // A parameter property's name is both a parameter and a class property: the binding is the parameter.
    if (s && ts.isIdentifier(node) && ts.isParameter(node.parent) && node.parent.name === node && ts.isParameterPropertyDeclaration(node.parent, node.parent.parent)) {
      s = this.checker.getSymbolsOfParameterPropertyDeclaration(node.parent, node.text)[0] ?? s;
    }
    return s;
  }

  /** Python name for a declaration's identifier (the binding it introduces). */
  declName(nameNode: ts.Identifier): string {
    const s = this.symbolAt(nameNode);
    const n = s && this.scopes.nameOf(s);
    if (!n) throw new Error(`no binding for ${nameNode.text}`);
    return n;
  }

  get frame(): FunctionFrame {
    return this.frames[this.frames.length - 1];
  }

  withFrame<T>(frame: FunctionFrame, fn: () => T): T {
    this.frames.push(frame);
    try {
      return fn();
    } finally {
      this.frames.pop();
    }
  }

  /** `nonlocal`/`global` statements a function body needs for the outer bindings it assigns. */
  scopeDeclarations(scopeNode: ScopeNode): py.Stmt[] {
    const info = this.scopes.scope(scopeNode);
    if (!info || info.writesOuter.size === 0) return [];
    const globals: string[] = [];
    const nonlocals: string[] = [];
    for (const b of info.writesOuter) {
      (ts.isSourceFile(b.scope) ? globals : nonlocals).push(b.pyName);
    }
    const out: py.Stmt[] = [];
    if (globals.length) out.push({ kind: "Global", names: [...new Set(globals)].sort() });
    if (nonlocals.length) out.push({ kind: "Nonlocal", names: [...new Set(nonlocals)].sort() });
    return out;
  }

  enclosingScope(node: ts.Node): ScopeNode {
    return enclosingScope(node);
  }

  lineOf(node: ts.Node): number {
    return this.sourceFile.getLineAndCharacterOfPosition(node.getStart(this.sourceFile)).line + 1;
  }
}

export function describeKind(node: ts.Node): string {
  const k = ts.SyntaxKind[node.kind];
  // "ForInStatement" -> "for-in statement" reads better in an error.
  const words = k.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return `'${node.getText().split("\n")[0].slice(0, 40)}' (${words})`;
}
