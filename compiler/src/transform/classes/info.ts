// What the class lowering records about each class of the file being compiled, and the static
// questions about class members (their keys, kinds, the base class) shared by the class lowering
// (classes.ts, members.ts, definitions.ts) and super.ts.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { isLibSymbol } from "../expressions/identifiers";
import { isStubDeclaration } from "../modules/stubs";

const SK = ts.SyntaxKind;

export interface ClassInfo {
  node: ts.ClassLikeDeclaration;
  /** The Python name of the class. */
  pyName: string;
  /** The base class as a Python expression (a name or attribute), when the class extends one. */
  base?: py.Expr;
  /** The Python calls emitted for `super(...)` in the constructor, to place field initialisers after. */
  superCalls: py.Call[];
}

const KEY = Symbol("classInfo");

function table(ctx: Context): Map<ts.Node, ClassInfo> {
  let t = ctx.memo.get(KEY) as Map<ts.Node, ClassInfo> | undefined;
  if (!t) ctx.memo.set(KEY, (t = new Map()));
  return t;
}

export function registerClass(ctx: Context, info: ClassInfo) {
  table(ctx).set(info.node, info);
}

export function classInfo(ctx: Context, node: ts.ClassLikeDeclaration): ClassInfo | undefined {
  return table(ctx).get(node);
}

export function hasModifier(n: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(n) && !!ts.getModifiers(n)?.some((m) => m.kind === kind);
}

export function isStaticMember(n: ts.Node): boolean {
  return hasModifier(n, SK.StaticKeyword);
}

/** The JS property key of a member name, or undefined for computed names. */
export function propertyKey(name: ts.PropertyName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text.replace(/_/g, "")));
  return undefined;
}

/** The class a `super` or `this` at `node` belongs to: the nearest enclosing class-like. */
export function enclosingClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (ts.isClassLike(p)) return p;
    if (ts.isFunctionDeclaration(p) || ts.isFunctionExpression(p)) return undefined;
  }
  return undefined;
}

/** The member of `cls` containing `node` (a method, accessor, field, constructor or static block). */
export function enclosingMember(node: ts.Node, cls: ts.ClassLikeDeclaration): ts.ClassElement | undefined {
  for (let p: ts.Node | undefined = node; p; p = p.parent) {
    if (p.parent === cls && ts.isClassElement(p)) return p;
  }
  return undefined;
}

/** True when code at `node` runs with `this` bound to the class itself (static members, static blocks). */
export function inStaticContext(node: ts.Node, cls: ts.ClassLikeDeclaration): boolean {
  const m = enclosingMember(node, cls);
  return !!m && (ts.isClassStaticBlockDeclaration(m) || isStaticMember(m));
}

export function extendsExpression(node: ts.ClassLikeDeclaration): ts.ExpressionWithTypeArguments | undefined {
  return node.heritageClauses?.find((c) => c.token === SK.ExtendsKeyword)?.types[0];
}

const ERROR_CLASSES = new Set(["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "AggregateError"]);

/** The class declaration an expression names (through imports and `const X = class {...}`). */
export function classDeclarationOf(ctx: Context, expr: ts.Expression): ts.ClassLikeDeclaration | undefined {
  let sym = ctx.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(expr) ? expr.name : expr);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = ctx.checker.getAliasedSymbol(sym);
  for (const d of sym?.declarations ?? []) {
    if (d.getSourceFile().isDeclarationFile) continue;
    if (ts.isClassDeclaration(d) || ts.isClassExpression(d)) return d;
    if (ts.isVariableDeclaration(d) && d.initializer) {
      let init: ts.Expression = d.initializer;
      while (ts.isParenthesizedExpression(init)) init = init.expression;
      if (ts.isClassExpression(init)) return init;
    }
  }
  return undefined;
}

/**
 * "user" for classes of this program, "error" for the JS Error classes, "stub" for Python classes
 * declared in a device stub (MicroPythonOS apps subclass `Activity` and `Service` from mpos),
 * undefined otherwise.
 */
export function baseKind(ctx: Context, expr: ts.Expression): "user" | "error" | "stub" | "parameter" | undefined {
  if (classDeclarationOf(ctx, expr)) return "user";
  if (isConstructorParameter(ctx, expr)) return "parameter";
  if (ts.isIdentifier(expr) && ERROR_CLASSES.has(expr.text)) {
    const sym = ctx.checker.getSymbolAtLocation(expr);
    if (!sym || isLibSymbol(sym)) return "error";
  }
  if (isStubClass(ctx, expr)) return "stub";
  return undefined;
}

/**
 * A parameter typed as a constructor of objects (`<T extends new (...args: any[]) => object>(Base: T)`):
 * the mixin a class decorator returns (`return class extends Base {...}`). Its construct
 * signatures must return objects (not built-in types such as Map, whose Python classes differ).
 */
export function isConstructorParameter(ctx: Context, expr: ts.Expression): boolean {
  if (!ts.isIdentifier(expr)) return false;
  const decl = ctx.symbolAt(expr)?.valueDeclaration;
  if (!decl || !ts.isParameter(decl)) return false;
  let t = ctx.checker.getTypeAtLocation(decl);
  if (t.flags & ts.TypeFlags.TypeParameter) t = ctx.checker.getBaseConstraintOfType(t) ?? t;
  const sigs = t.getConstructSignatures();
  return sigs.length > 0 && sigs.every((s) => {
    const sym = s.getReturnType().getSymbol();
    return !sym || !isLibSymbol(sym) || sym.name === "Object";
  });
}

/** True when `expr` names a constructible value declared in a device stub. */
export function isStubClass(ctx: Context, expr: ts.Expression): boolean {
  let sym = ctx.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(expr) ? expr.name : expr);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = ctx.checker.getAliasedSymbol(sym);
  const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
  if (!decl || !isStubDeclaration(ctx, decl)) return false;
  return ctx.checker.getTypeAtLocation(expr).getConstructSignatures().length > 0;
}

/** The stub class a class hierarchy of the program is rooted in (its topmost `extends`), if any. */
export function stubRoot(ctx: Context, node: ts.ClassLikeDeclaration): ts.ExpressionWithTypeArguments | undefined {
  let c = node;
  for (let d = 0; d < 50; d++) {
    const b = baseClassDeclaration(ctx, c);
    if (!b) break;
    c = b;
  }
  const ext = extendsExpression(c);
  return ext && isStubClass(ctx, ext.expression) ? ext : undefined;
}

export function baseClassDeclaration(ctx: Context, node: ts.ClassLikeDeclaration): ts.ClassLikeDeclaration | undefined {
  const h = extendsExpression(node);
  return h ? classDeclarationOf(ctx, h.expression) : undefined;
}

/** Instance fields a class creates itself, in JS order: parameter properties, then declared fields. */
export function ownFieldKeys(node: ts.ClassLikeDeclaration): string[] {
  const keys: string[] = [];
  const ctor = node.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && !!m.body);
  for (const p of ctor?.parameters ?? []) {
    if (ts.isParameterPropertyDeclaration(p, ctor!) && ts.isIdentifier(p.name)) keys.push(p.name.text);
  }
  for (const m of node.members) {
    if (!ts.isPropertyDeclaration(m) || isStaticMember(m)) continue;
    if (hasModifier(m, SK.DeclareKeyword) || hasModifier(m, SK.AbstractKeyword)) continue;
    const k = propertyKey(m.name);
    if (k !== undefined && !k.startsWith("#")) keys.push(k);
  }
  return keys;
}

/** All instance keys of a class in creation order (base classes first), when statically known. */
export function instanceKeys(ctx: Context, node: ts.ClassLikeDeclaration, depth = 0): string[] {
  const base = depth < 50 ? baseClassDeclaration(ctx, node) : undefined;
  const keys = base ? instanceKeys(ctx, base, depth + 1) : [];
  for (const k of ownFieldKeys(node)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

/** The kind of member a property name refers to, from its declaration. */
export function memberKind(ctx: Context, name: ts.MemberName): "method" | "accessor" | "field" | undefined {
  const sym = ctx.checker.getSymbolAtLocation(name);
  const decls = sym?.declarations ?? [];
  if (decls.some((d) => ts.isGetAccessorDeclaration(d) || ts.isSetAccessorDeclaration(d))) return "accessor";
  if (decls.some((d) => ts.isMethodDeclaration(d) || ts.isMethodSignature(d))) return "method";
  if (decls.some((d) => ts.isPropertyDeclaration(d) || ts.isPropertySignature(d) || ts.isParameter(d))) return "field";
  return undefined;
}
