// TypeScript 5 standard decorators on classes, methods, accessors and fields.
//
//   @register                           _d1 = tag("x")                   # decorators evaluated first, in JS order
//   class C {                           _i2 = []                         # instance addInitializer callbacks
//     @tag("x") m() {}                  _f3 = js_FieldDeco()             # a decorated field's transforms
//     @bound n = 1;                     @js_deco1(register)              # class decorators last
//   }                                   class C:
//                                           @js_deco(_d1, "method", "m", False, False, _i2)
//                                           def m(self): ...
//                                           _f3.apply(bound, True, "n", False, False)
//                                           def __init__(self):
//                                               js_run_inits(self, _i2)  # method initializers first
//                                               self.n = _f3.value(self, 1)
//                                               _f3.done(self)
//
// JS applies element decorators in this order: static methods and accessors, instance methods and
// accessors, static fields, instance fields (body order within each), then the class decorators.
// Python applies a def's decorators when the def runs, so the class body lists decorated static
// methods first (members.ts keeps the order otherwise), then the field applications, and the
// class decorators are Python class decorators. A decorator that takes only the value and always
// returns a function is used as it is: `@task` stays `@task`.
//
// Convention (docs/design.md): a function whose type declares `this` takes it as its first Python
// parameter, like a method's function in a class body; the types of a decorator say which kind it
// takes and returns, and what they do not settle is refused (TSMPY1320).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { decoratedClassStatics, decoratorFunctionType, decorators as decoratorsRefused } from "../../diagnostics/catalog";
import { hasModifier, isStaticMember, propertyKey } from "./info";

const SK = ts.SyntaxKind;

type Kind = "class" | "method" | "getter" | "setter" | "field";

export interface DecoratorPlan {
  /** Python decorators of the class statement, top to bottom. */
  classDecorators: py.Expr[];
  /** Python decorators of each decorated method or accessor function, top to bottom. */
  members: Map<ts.ClassElement, py.Expr[]>;
  /** The js_FieldDeco of each decorated field. */
  fields: Map<ts.PropertyDeclaration, py.Name>;
  /** Field decorator applications, for the end of the class body. */
  fieldApplications: py.Stmt[];
  /** addInitializer lists: instance methods/accessors, static methods, the class. */
  instanceInits?: py.Name;
  staticInits?: py.Name;
  classInits?: py.Name;
}

const KEY = Symbol("decoratorPlans");

function plans(ctx: Context): Map<ts.Node, DecoratorPlan> {
  let t = ctx.memo.get(KEY) as Map<ts.Node, DecoratorPlan> | undefined;
  if (!t) ctx.memo.set(KEY, (t = new Map()));
  return t;
}

export function decoratorsOf(n: ts.Node): readonly ts.Decorator[] {
  return (ts.canHaveDecorators(n) && ts.getDecorators(n)) || [];
}

/** The js_FieldDeco holding a decorated field's transforms, if it has decorators. */
export function fieldDecorations(ctx: Context, f: ts.PropertyDeclaration): py.Name | undefined {
  return plans(ctx).get(f.parent)?.fields.get(f);
}

export function decoratorPlan(ctx: Context, cls: ts.ClassLikeDeclaration): DecoratorPlan | undefined {
  return plans(ctx).get(cls);
}

/** True when the function's first parameter is an explicit `this` not typed `void`. */
export function declaresThis(decl: ts.Node | undefined): boolean {
  if (!decl || !ts.isFunctionLike(decl)) return false;
  const p = decl.parameters[0];
  return !!p && ts.isIdentifier(p.name) && p.name.text === "this" && p.type?.kind !== SK.VoidKeyword;
}

/**
 * True when a function takes `this` as its first Python parameter: it declares `this`, or it is a
 * function expression or arrow whose contextual type declares it (`addInitializer(function () {
 * this.x = 1; })`: TS types `this` from the context; an arrow ignores the one it is given).
 */
export function takesThisFirst(ctx: Context, decl: ts.Node | undefined): boolean {
  if (!decl || !ts.isFunctionLike(decl)) return false;
  if (declaresThis(decl)) return true;
  if (!ts.isFunctionExpression(decl) && !ts.isArrowFunction(decl)) return false;
  return contextualConvention(ctx, decl) === "this";
}

/** The `this` convention of the type a function expression is written for, if it has one. */
export function contextualConvention(ctx: Context, fn: ts.FunctionExpression | ts.ArrowFunction): "this" | "plain" | undefined {
  const ct = ctx.checker.getContextualType(fn);
  if (!ct || ct.flags & ts.TypeFlags.Any) return undefined;
  const sigs = ctx.checker.getNonNullableType(ct).getCallSignatures();
  if (!sigs.length) return undefined;
  const n = sigs.filter((s) => declaresThis(s.getDeclaration())).length;
  return n === sigs.length ? "this" : n === 0 ? "plain" : undefined;
}

/**
 * How the functions of a type take `this`: "this" when every call signature declares it, "plain"
 * when none does, undefined for `any`, `Function`, mixed signatures and non-functions.
 */
export function thisConvention(ctx: Context, t: ts.Type): "this" | "plain" | undefined {
  if (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
  const sigs = ctx.checker.getNonNullableType(t).getCallSignatures();
  if (!sigs.length) return undefined;
  const withThis = sigs.filter((s) => takesThisFirst(ctx, s.getDeclaration()));
  if (withThis.length === sigs.length) return "this";
  return withThis.length === 0 ? "plain" : undefined;
}

/** Decorator expressions JS evaluates once before decorating; a stable name needs no temporary. */
function isStableReference(ctx: Context, e: ts.Expression): boolean {
  if (!ts.isIdentifier(e)) return false;
  let sym = ctx.symbolAt(e);
  if (sym && sym.flags & ts.SymbolFlags.Alias) return true;
  const d = sym?.valueDeclaration;
  if (!d) return false;
  if (ts.isFunctionDeclaration(d) || ts.isClassDeclaration(d)) return true;
  return ts.isVariableDeclaration(d) && !!(ts.getCombinedNodeFlags(d) & ts.NodeFlags.Const);
}

function elementKind(m: ts.ClassElement): Kind {
  if (ts.isMethodDeclaration(m)) return "method";
  if (ts.isGetAccessorDeclaration(m)) return "getter";
  if (ts.isSetAccessorDeclaration(m)) return "setter";
  return "field";
}

interface Shape {
  /** The decorator declares a context parameter (JS passes it; Python must not when it is absent). */
  takesContext: boolean;
  /** The result may be undefined (the value is then kept). */
  mayKeep: boolean;
  /** For fields: the returned initializer takes `this` first. */
  initTakesThis: boolean;
}

/**
 * What a decorator's declaration says (its declared types: a generic `<T>(fn: T) => T` is
 * instantiated with the method's own type, which never mentions `this`); refuses what the calling
 * convention cannot follow.
 */
function shapeOf(ctx: Context, d: ts.Decorator, kind: Kind): Shape {
  const decl = ctx.checker.getResolvedSignature(d)?.getDeclaration();
  if (!decl || !ts.isFunctionLike(decl)) return ctx.fail(decoratorFunctionType(d, "A decorator whose declaration tsmpy cannot see"));
  const params = decl.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === "this"));
  const takesContext = params.length >= 2 || params.some((p) => !!p.dotDotDotToken);
  const declared = (p: ts.ParameterDeclaration) => ctx.checker.getTypeAtLocation(p);
  if (params.length >= 2 && declared(params[1]).flags & ts.TypeFlags.Any) {
    ctx.fail(decoratorFunctionType(d, "A decorator whose context parameter is typed 'any'"));
  }
  const ret = ctx.checker.getSignatureFromDeclaration(decl)?.getReturnType() ?? ctx.checker.getAnyType();
  const parts = ret.isUnion() ? ret.types : [ret];
  const empty = (t: ts.Type) => !!(t.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined));
  // A type parameter result is the value given (or a cast, checked through the return statements).
  const results = parts.filter((t) => !empty(t) && !(t.flags & ts.TypeFlags.TypeParameter));
  const mayKeep = parts.some(empty) || !!(ret.flags & ts.TypeFlags.Any);
  const what = `A ${kind} decorator`;
  if (kind === "class") return { takesContext, mayKeep, initTakesThis: false };
  // What the return statements give back must follow the declared convention (a cast could hide it).
  const returned = returnedConventions(ctx, decl);
  if (kind === "field") {
    const conventions = new Set(results.map((t) => thisConvention(ctx, t)));
    if (ret.flags & ts.TypeFlags.Any || conventions.has(undefined) || conventions.size > 1) {
      ctx.fail(decoratorFunctionType(d, `${what} returning '${ctx.checker.typeToString(ret)}'`));
    }
    const initTakesThis = conventions.has("this");
    if ([...returned].some((c) => c !== (initTakesThis ? "this" : "plain"))) {
      ctx.fail(decoratorFunctionType(d, `${what} whose returned initializer does not match its declared type`));
    }
    return { takesContext, mayKeep, initTakesThis };
  }
  if (returned.has("plain") || returned.has(undefined)) ctx.fail(decoratorFunctionType(d, `${what} returning a function that does not take 'this'`));
  const valueType = params.length ? apparent(ctx, declared(params[0])) : undefined;
  if (valueType && isCallable(ctx, valueType) && thisConvention(ctx, valueType) !== "this") {
    ctx.fail(decoratorFunctionType(d, `${what} whose value parameter is typed '${ctx.checker.typeToString(valueType)}'`));
  }
  if (ret.flags & ts.TypeFlags.Any || results.some((t) => thisConvention(ctx, apparent(ctx, t)) !== "this")) {
    ctx.fail(decoratorFunctionType(d, `${what} returning '${ctx.checker.typeToString(ret)}'`));
  }
  return { takesContext, mayKeep, initTakesThis: false };
}

/** A type parameter's constraint (what the decorator may do with the value), else the type. */
function apparent(ctx: Context, t: ts.Type): ts.Type {
  return t.flags & ts.TypeFlags.TypeParameter ? (ctx.checker.getBaseConstraintOfType(t) ?? ctx.checker.getUnknownType()) : t;
}

/** The `this` conventions of the functions a decorator's own return statements give back. */
function returnedConventions(ctx: Context, decl: ts.SignatureDeclaration): Set<string | undefined> {
  const out = new Set<string | undefined>();
  const body = (decl as ts.FunctionLikeDeclaration).body;
  if (!body) return out;
  const note = (e: ts.Expression) => {
    while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
    const t = ctx.checker.getTypeAtLocation(e);
    if (ctx.checker.getNonNullableType(t).getCallSignatures().length) out.add(thisConvention(ctx, t));
  };
  if (!ts.isBlock(body)) {
    note(body);
    return out;
  }
  const visit = (n: ts.Node) => {
    if (ts.isReturnStatement(n) && n.expression) note(n.expression);
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return out;
}

/** True for types that can be called (a value parameter typed so could be called without `this`). */
function isCallable(ctx: Context, t: ts.Type): boolean {
  if (t.flags & ts.TypeFlags.Any) return true;
  const n = ctx.checker.getNonNullableType(t);
  if (n.getCallSignatures().length) return true;
  const sym = n.getSymbol();
  return !!sym && (sym.name === "Function" || sym.name === "CallableFunction");
}

function listName(ctx: Context): py.Name {
  const n = ctx.temp("i");
  ctx.addPre(py.assign(n, py.list([])));
  return n;
}

/**
 * Evaluates the decorators of a class and its members (in JS order, into the current prelude) and
 * records how each is applied. `beforeHeritage` runs between the class decorators and the member
 * decorators (JS evaluates the `extends` clause there).
 */
export function planDecorators(ctx: Context, node: ts.ClassLikeDeclaration, jsName: string, beforeHeritage: () => void): void {
  const own = decoratorsOf(node);
  const decorated = node.members.filter((m) => decoratorsOf(m).length > 0);
  for (const m of node.members) {
    if (ts.isConstructorDeclaration(m) || ts.isMethodDeclaration(m) || ts.isAccessor(m)) {
      for (const p of m.parameters) if (decoratorsOf(p).length) ctx.fail(decoratorsRefused(decoratorsOf(p)[0]));
    }
  }
  if (!own.length && !decorated.length) {
    beforeHeritage();
    return;
  }
  const value = (d: ts.Decorator): py.Expr => {
    const e = d.expression;
    const v = ctx.expr(e);
    return isStableReference(ctx, e) ? v : ctx.toTemp(v, "d");
  };
  const classValues = own.map(value);
  beforeHeritage();
  const memberValues = new Map<ts.ClassElement, py.Expr[]>();
  for (const m of decorated) memberValues.set(m, decoratorsOf(m).map(value));

  const plan: DecoratorPlan = { classDecorators: [], members: new Map(), fields: new Map(), fieldApplications: [] };
  const apply = (d: ts.Decorator, v: py.Expr, kind: Kind, name: string, isStatic: boolean, isPrivate: boolean, inits: () => py.Name): py.Expr => {
    const shape = shapeOf(ctx, d, kind);
    if (!shape.takesContext) return shape.mayKeep ? ctx.helperCall("js_deco1", [v]) : v;
    return ctx.helperCall("js_deco", [v, py.str(kind), py.str(name), py.bool(isStatic), py.bool(isPrivate), inits()]);
  };
  const staticFields: py.Stmt[] = [];
  const instanceFields: py.Stmt[] = [];
  for (const m of decorated) {
    const kind = elementKind(m);
    const name = propertyKey(m.name)!;
    const isStatic = isStaticMember(m);
    const isPrivate = !!m.name && ts.isPrivateIdentifier(m.name);
    const values = memberValues.get(m)!;
    const ds = decoratorsOf(m);
    if (kind === "field") {
      if (hasModifier(m, SK.DeclareKeyword)) ctx.fail(decoratorsRefused(ds[0], "Decorators on 'declare' fields"));
      const holder = ctx.temp("f");
      ctx.addPre(py.assign(holder, ctx.helperCall("js_FieldDeco", [])));
      plan.fields.set(m as ts.PropertyDeclaration, holder);
      const out = isStatic ? staticFields : instanceFields;
      for (let i = ds.length - 1; i >= 0; i--) {
        const shape = shapeOf(ctx, ds[i], kind);
        // JS passes the context; a decorator declaring only the value must not receive it in Python.
        const fn = shape.takesContext ? values[i] : py.lambda([{ name: "v" }, { name: "c" }], py.call(values[i], [py.name("v")]));
        out.push(py.exprStmt(py.call(py.attr(holder, "apply"), [fn, py.bool(shape.initTakesThis), py.str(name), py.bool(isStatic), py.bool(isPrivate)]), ctx.lineOf(ds[i])));
      }
      continue;
    }
    const inits = () => (isStatic ? (plan.staticInits ??= listName(ctx)) : (plan.instanceInits ??= listName(ctx)));
    plan.members.set(m, ds.map((d, i) => apply(d, values[i], kind, name, isStatic, isPrivate, inits)));
  }
  plan.fieldApplications = [...staticFields, ...instanceFields];
  plan.classDecorators = own.map((d, i) => apply(d, classValues[i], "class", jsName, false, false, () => (plan.classInits ??= listName(ctx))));
  // TypeScript evaluates static fields and blocks after the class decorators, on the original class.
  const replaces = own.some((d) => mayReturnValue(ctx, d));
  if (replaces && node.members.some((m) => ts.isClassStaticBlockDeclaration(m) || (ts.isPropertyDeclaration(m) && isStaticMember(m) && !hasModifier(m, SK.DeclareKeyword)))) {
    ctx.fail(decoratedClassStatics(own[0]));
  }
  plans(ctx).set(node, plan);
}

/** `js_run_inits(target, list)` for an addInitializer list, when there is one. */
export function runInitializers(ctx: Context, target: py.Expr, list: py.Name | undefined): py.Stmt[] {
  return list ? [py.exprStmt(ctx.helperCall("js_run_inits", [target, list]))] : [];
}

/** False when a decorator's declaration never returns a value (it cannot replace what it decorates). */
function mayReturnValue(ctx: Context, d: ts.Decorator): boolean {
  const decl = ctx.checker.getResolvedSignature(d)?.getDeclaration() as ts.FunctionLikeDeclaration | undefined;
  if (!decl?.body) return true;
  if (!ts.isBlock(decl.body)) return true;
  let found = false;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isReturnStatement(n) && n.expression) found = true;
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(decl.body, visit);
  return found;
}
