// Name resolution for one source file, computed before any code is emitted.
//
// JavaScript has block scopes; Python has one scope per function. This pass gives every binding
// (symbol) a Python name that is unique where it has to be, and records which Python functions must
// declare `nonlocal`/`global` because they assign to a binding of an enclosing function.
//
// Rules:
// - Two bindings declared in the same Python scope with the same name get distinct names, unless
//   neither is captured by a closure and their blocks do not nest (sibling `for (let i ...)` loops
//   keep plain `i`).
// - A binding must not take a name that the same Python scope (or any function nested in it) uses
//   to reach a binding of an outer scope.
import { Node, SyntaxKind, ts } from "ts-morph";
import { pythonName } from "../python/names";

export type ScopeNode = ts.Node; // SourceFile or a function-like node

export interface BindingInfo {
  symbol: ts.Symbol;
  jsName: string;
  pyName: string;
  scope: ScopeNode;
  /** The block the binding lives in (for let/const), for the sibling-block rule. */
  block: ts.Node;
  declaration: ts.Node;
  /** Referenced from a nested function. */
  captured: boolean;
  /** Assigned anywhere after its declaration. */
  reassigned: boolean;
}

export interface ScopeInfo {
  node: ScopeNode;
  parent?: ScopeInfo;
  /** Names of outer bindings this scope or its nested scopes reference. */
  outerNames: Set<string>;
  /** Python names taken by bindings declared here. */
  taken: Map<string, BindingInfo[]>;
  /** Bindings of enclosing scopes this scope assigns to. */
  writesOuter: Set<BindingInfo>;
}

export function isFunctionScope(n: ts.Node): boolean {
  switch (n.kind) {
    case SyntaxKind.FunctionDeclaration:
    case SyntaxKind.FunctionExpression:
    case SyntaxKind.ArrowFunction:
    case SyntaxKind.MethodDeclaration:
    case SyntaxKind.Constructor:
    case SyntaxKind.GetAccessor:
    case SyntaxKind.SetAccessor:
    case SyntaxKind.ClassStaticBlockDeclaration:
    case SyntaxKind.SourceFile:
      return true;
    // A property initialiser runs inside the constructor in JS; in Python it is emitted there too.
    default:
      return false;
  }
}

export function enclosingScope(n: ts.Node): ScopeNode {
  let p = n.parent;
  while (p && !isFunctionScope(p)) {
    // Instance field initialisers are emitted inside __init__: treat the class as the constructor.
    if (p.kind === SyntaxKind.PropertyDeclaration && p.parent) {
      const ctor = (p.parent as ts.ClassLikeDeclaration).members.find((m) => m.kind === SyntaxKind.Constructor);
      if (ctor) return ctor;
    }
    p = p.parent;
  }
  return p ?? n.getSourceFile();
}

function isWrite(id: ts.Identifier): boolean {
  let node: ts.Node = id;
  let parent = node.parent;
  // Walk out through destructuring patterns and parentheses.
  while (
    parent &&
    (parent.kind === SyntaxKind.ParenthesizedExpression ||
      parent.kind === SyntaxKind.ArrayLiteralExpression ||
      parent.kind === SyntaxKind.ShorthandPropertyAssignment ||
      parent.kind === SyntaxKind.SpreadElement ||
      (parent.kind === SyntaxKind.PropertyAssignment && (parent as ts.PropertyAssignment).initializer === node) ||
      parent.kind === SyntaxKind.ObjectLiteralExpression)
  ) {
    node = parent;
    parent = node.parent;
  }
  if (!parent) return false;
  if (ts.isBinaryExpression(parent) && parent.left === node) {
    const k = parent.operatorToken.kind;
    return k >= SyntaxKind.FirstAssignment && k <= SyntaxKind.LastAssignment;
  }
  if ((ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) &&
    (parent.operator === SyntaxKind.PlusPlusToken || parent.operator === SyntaxKind.MinusMinusToken)) return true;
  if ((ts.isForOfStatement(parent) || ts.isForInStatement(parent)) && parent.initializer === node) return true;
  return false;
}

function blockOf(decl: ts.Node): ts.Node {
  let p = decl.parent;
  while (p && !ts.isBlock(p) && !ts.isSourceFile(p) && !isFunctionScope(p) && !ts.isForStatement(p) &&
    !ts.isForOfStatement(p) && !ts.isForInStatement(p) && !ts.isCaseBlock(p) && !ts.isCatchClause(p)) p = p.parent;
  return p ?? decl.getSourceFile();
}

function contains(outer: ts.Node, inner: ts.Node): boolean {
  return inner.pos >= outer.pos && inner.end <= outer.end && inner.getSourceFile() === outer.getSourceFile();
}

export class FileScopes {
  readonly bindings = new Map<ts.Symbol, BindingInfo>();
  readonly scopes = new Map<ScopeNode, ScopeInfo>();

  constructor(private readonly sourceFile: ts.SourceFile, private readonly checker: ts.TypeChecker, reserved: Iterable<string>) {
    const root = this.scopeInfo(sourceFile);
    for (const r of reserved) root.outerNames.add(r);
    this.collect(sourceFile);
    this.allocate();
  }

  private scopeInfo(node: ScopeNode): ScopeInfo {
    let info = this.scopes.get(node);
    if (!info) {
      const parentNode = ts.isSourceFile(node) ? undefined : enclosingScope(node);
      info = {
        node,
        parent: parentNode ? this.scopeInfo(parentNode) : undefined,
        outerNames: new Set(),
        taken: new Map(),
        writesOuter: new Set(),
      };
      this.scopes.set(node, info);
    }
    return info;
  }

  /** The binding symbol of every identifier of the file, as resolved by the pre-pass (Context.symbolAt reuses it). */
  readonly identifierSymbols = new Map<ts.Node, ts.Symbol | undefined>();

  private symbolOf(id: ts.Identifier): ts.Symbol | undefined {
    const s = this.resolveSymbolOf(id);
    this.identifierSymbols.set(id, s);
    return s;
  }

  private resolveSymbolOf(id: ts.Identifier): ts.Symbol | undefined {
    let s = this.checker.getSymbolAtLocation(id);
    if (s && ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id) {
      s = this.checker.getShorthandAssignmentValueSymbol(id.parent) ?? s;
    }
    // A parameter property's name is both a parameter and a class property: the binding is the parameter.
    if (s && ts.isParameter(id.parent) && id.parent.name === id && ts.isParameterPropertyDeclaration(id.parent, id.parent.parent)) {
      s = this.checker.getSymbolsOfParameterPropertyDeclaration(id.parent, id.text)[0] ?? s;
    }
    return s;
  }

  private pending: { id: ts.Identifier; symbol: ts.Symbol }[] = [];

  private collect(node: ts.Node) {
    if (ts.isIdentifier(node)) {
      const symbol = this.symbolOf(node);
      if (symbol) this.pending.push({ id: node, symbol });
    }
    ts.forEachChild(node, (c) => this.collect(c));
    if (ts.isSourceFile(node)) this.resolvePending();
  }

  private bindingFor(symbol: ts.Symbol): BindingInfo | undefined {
    const existing = this.bindings.get(symbol);
    if (existing) return existing;
    const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (!decl || decl.getSourceFile() !== this.sourceFile) return undefined;
    if (!isLocalBindingDeclaration(decl)) return undefined;
    const info: BindingInfo = {
      symbol,
      jsName: symbol.name,
      pyName: "",
      scope: declarationScope(decl),
      block: blockOf(decl),
      declaration: decl,
      captured: false,
      reassigned: false,
    };
    this.bindings.set(symbol, info);
    return info;
  }

  private resolvePending() {
    for (const { id, symbol } of this.pending) {
      let resolved = symbol;
      if (resolved.flags & ts.SymbolFlags.Alias && !isImportDeclarationName(id)) {
        // imports keep the name given at the import; handled by the module visitor
      }
      const b = this.bindingFor(resolved);
      if (!b) continue;
      const isDeclName = (b.declaration as ts.NamedDeclaration).name === id;
      const useScope = enclosingScope(id);
      if (!isDeclName && isWrite(id)) b.reassigned = true;
      if (useScope !== b.scope) {
        b.captured = true;
        // Every scope between the use and the declaration sees this name from outside.
        let s: ScopeInfo | undefined = this.scopeInfo(useScope);
        const declInfo = this.scopeInfo(b.scope);
        if (isWrite(id) && !isDeclName) s.writesOuter.add(b);
        while (s && s !== declInfo) {
          s.outerNames.add(b.jsName);
          s = s.parent;
        }
      }
    }
    this.pending = [];
  }

  private allocate() {
    const byScope = new Map<ScopeNode, BindingInfo[]>();
    for (const b of this.bindings.values()) {
      const list = byScope.get(b.scope) ?? [];
      list.push(b);
      byScope.set(b.scope, list);
    }
    // Outer scopes first, so that inner ones know which names are claimed above them.
    const ordered = [...byScope.entries()].sort((a, b) => depth(a[0]) - depth(b[0]) || a[0].pos - b[0].pos);
    for (const [scopeNode, list] of ordered) {
      const info = this.scopeInfo(scopeNode);
      list.sort((a, b) => a.declaration.pos - b.declaration.pos);
      for (const b of list) {
        const base = pythonName(b.jsName);
        let candidate = base;
        let n = 0;
        while (this.conflicts(info, candidate, b)) candidate = `${base}_${++n}`;
        b.pyName = candidate;
        const sharers = info.taken.get(candidate) ?? [];
        sharers.push(b);
        info.taken.set(candidate, sharers);
      }
    }
  }

  private conflicts(scope: ScopeInfo, candidate: string, b: BindingInfo): boolean {
    // Names used in this scope to reach outer bindings (by their JS name, mapped the same way).
    for (const outer of scope.outerNames) if (pythonName(outer) === candidate && outer !== b.jsName) return true;
    if (scope.outerNames.has(b.jsName) && pythonName(b.jsName) === candidate) {
      // An outer binding with the same JS name is referenced from inside this scope: shadowing it
      // would redirect those references.
      if (this.outerBindingNamed(scope, b.jsName, b)) return true;
    }
    const sharers = scope.taken.get(candidate);
    if (!sharers) return false;
    return sharers.some((o) => o.captured || b.captured || contains(o.block, b.block) || contains(b.block, o.block) ||
      // function and class declarations are hoisted or long-lived: never share their names
      !isBlockScoped(o.declaration) || !isBlockScoped(b.declaration));
  }

  private outerBindingNamed(scope: ScopeInfo, jsName: string, self: BindingInfo): boolean {
    for (const b of this.bindings.values()) {
      if (b === self || b.jsName !== jsName) continue;
      let s = scope.parent;
      while (s) {
        if (s.node === b.scope) return true;
        s = s.parent;
      }
    }
    return false;
  }

  /** The Python name of a binding declared in this file, or undefined for globals/imports. */
  nameOf(symbol: ts.Symbol): string | undefined {
    return this.bindings.get(symbol)?.pyName;
  }

  binding(symbol: ts.Symbol): BindingInfo | undefined {
    return this.bindings.get(symbol);
  }

  scope(node: ScopeNode): ScopeInfo | undefined {
    return this.scopes.get(node);
  }
}

function depth(n: ts.Node): number {
  let d = 0;
  for (let p = n.parent; p; p = p.parent) d++;
  return d;
}

function isBlockScoped(decl: ts.Node): boolean {
  return ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isBindingElement(decl) || ts.isCatchClause(decl.parent);
}

function isImportDeclarationName(id: ts.Identifier): boolean {
  const p = id.parent;
  return !!p && (ts.isImportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p));
}

/** Declarations that create a Python-level name in this file. */
function isLocalBindingDeclaration(decl: ts.Node): boolean {
  return (
    ts.isVariableDeclaration(decl) ||
    ts.isParameter(decl) ||
    ts.isBindingElement(decl) ||
    ts.isFunctionDeclaration(decl) ||
    ts.isClassDeclaration(decl) ||
    ts.isEnumDeclaration(decl) ||
    ts.isImportSpecifier(decl) ||
    ts.isImportClause(decl) ||
    ts.isNamespaceImport(decl) ||
    (ts.isFunctionExpression(decl) && !!decl.name) ||
    (ts.isClassExpression(decl) && !!decl.name)
  );
}

function declarationScope(decl: ts.Node): ScopeNode {
  // A parameter belongs to its function; a named function expression's name to the function itself.
  if (ts.isParameter(decl)) return decl.parent;
  if (ts.isFunctionExpression(decl) || ts.isClassExpression(decl)) return decl;
  return enclosingScope(decl);
}

export { Node };
