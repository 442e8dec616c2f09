// The Python definitions inside a class: `__init__` (field initialisers, parameter properties,
// placement after `super()`, JS's implicit derived constructor), methods and accessor functions,
// static blocks, and the root class's `__getattr__`.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context, FunctionFrame } from "../context";
import { setAttr } from "../expressions/access";
import { functionBody, lowerParameters, markAsync } from "../functions/functions";
import { constructorReturn, superPlacement } from "../../diagnostics/catalog";
import { ClassInfo, isStaticMember, propertyKey } from "./info";
import { checkDecorators, memberKeyOf } from "./members";
import { decoratorPlan, fieldDecorations, runInitializers } from "./decorators";
import type { Members } from "./members";

const SK = ts.SyntaxKind;

/** True when `this` or `super` occurs in node, outside nested functions and classes that rebind them. */
export function usesThis(node: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (n.kind === SK.ThisKeyword || n.kind === SK.SuperKeyword) {
      found = true;
      return;
    }
    if (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isClassLike(n)) return;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

/** `return <value>` directly in a constructor body (not in nested functions). */
function findValueReturn(node: ts.Node): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isReturnStatement(n) && n.expression) {
      found = n;
      return;
    }
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

export function withLine<T extends py.Stmt>(ctx: Context, node: ts.Node, stmts: T[]): T[] {
  const line = ctx.lineOf(node);
  for (const s of stmts) if (s.line === undefined) s.line = line;
  return stmts;
}

/** `global`/`nonlocal` for outer bindings that field initialisers assign (when __init__ is synthesized). */
function initializerDeclarations(ctx: Context, exprs: ts.Node[]): py.Stmt[] {
  const globals = new Set<string>();
  const nonlocals = new Set<string>();
  const note = (id: ts.Expression) => {
    while (ts.isParenthesizedExpression(id)) id = id.expression;
    if (!ts.isIdentifier(id)) return;
    const sym = ctx.symbolAt(id);
    const b = sym && ctx.scopes.binding(sym);
    if (!b) return;
    (ts.isSourceFile(b.scope) ? globals : nonlocals).add(b.pyName);
  };
  const visit = (n: ts.Node) => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= SK.FirstAssignment && n.operatorToken.kind <= SK.LastAssignment) note(n.left);
    if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === SK.PlusPlusToken || n.operator === SK.MinusMinusToken)) note(n.operand);
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    ts.forEachChild(n, visit);
  };
  for (const e of exprs) visit(e);
  const out: py.Stmt[] = [];
  if (globals.size) out.push({ kind: "Global", names: [...globals].sort() });
  if (nonlocals.size) out.push({ kind: "Nonlocal", names: [...nonlocals].sort() });
  return out;
}

/**
 * `__getattr__` of root classes: a property the instance does not have reads as undefined, as in
 * JS (an optional member of an interface the class implements, `obj.m?.()`). Python calls it only
 * after the normal lookup failed; dunder and `_js` names still raise for Python's own probes.
 */
export function missingAttribute(): py.FunctionDef {
  const k = py.name("k");
  const internal = py.boolop("or", [
    py.compare(py.subscript(k, { kind: "Slice", upper: py.num(2) }), "==", py.str("__")),
    py.compare(py.subscript(k, { kind: "Slice", upper: py.num(3) }), "==", py.str("_js")),
  ]);
  return py.funcDef("__getattr__", [{ name: "self" }, { name: "k" }], [
    py.ifStmt(internal, [py.raise(py.call(py.name("AttributeError"), [k]))]),
    py.ret(py.none()),
  ]);
}

/** Statements assigning a field's initial value on `target` (`self` or the class). */
export function fieldInit(ctx: Context, target: py.Expr, f: ts.PropertyDeclaration): py.Stmt[] {
  const key = propertyKey(f.name)!;
  const init = f.initializer;
  const { pre, value } = init ? ctx.capture(() => ctx.expr(init)) : { pre: [], value: py.none() };
  // A decorated field: the decorators' initializers transform the value, then its own
  // addInitializer callbacks run (decorators.ts).
  const deco = fieldDecorations(ctx, f);
  if (!deco) return withLine(ctx, f, [...pre, setAttr(target, key, value)]);
  const transformed = py.call(py.attr(deco, "value"), [target, value]);
  return withLine(ctx, f, [...pre, setAttr(target, key, transformed), py.exprStmt(py.call(py.attr(deco, "done"), [target]))]);
}

/** The `__init__` of a class, or undefined when the inherited one (or none) does the same. */
export function constructorDef(ctx: Context, info: ClassInfo, members: Members, isDerived: boolean): py.FunctionDef | undefined {
  const ctor = members.ctor;
  const self = py.name("self");
  const paramProps = ctor ? ctor.parameters.filter((p) => ts.isParameterPropertyDeclaration(p, ctor)) : [];
  // Field definitions: parameter properties exist (as undefined) before the field initialisers run;
  // that is only observable when an initialiser uses `this`.
  const frame: FunctionFrame = { node: ctor ?? ctx.frame.node, thisName: "self", className: info.pyName, isConstructor: true };
  const phase1 = (): py.Stmt[] =>
    ctx.withFrame(frame, () => {
      // addInitializer callbacks of method and accessor decorators run before the fields exist.
      const out: py.Stmt[] = runInitializers(ctx, self, decoratorPlan(ctx, info.node)?.instanceInits);
      const observed = members.fields.some((f) => f.initializer && usesThis(f.initializer));
      if (observed) for (const p of paramProps) out.push(...withLine(ctx, p, [setAttr(self, memberKeyOf(ctx, p), py.none())]));
      for (const f of members.fields) out.push(...fieldInit(ctx, self, f));
      return out;
    });
  const phase2 = (): py.Stmt[] =>
    paramProps.map((p) => withLine(ctx, p, [setAttr(self, memberKeyOf(ctx, p), py.name(ctx.declName(p.name as ts.Identifier)))])[0]);

  if (!ctor) {
    const fields = phase1();
    if (fields.length === 0) return undefined;
    const decls = initializerDeclarations(ctx, members.fields.map((f) => f.initializer).filter((e): e is ts.Expression => !!e));
    if (!isDerived) return py.funcDef("__init__", [{ name: "self" }], [...decls, ...fields]);
    // JS's implicit `constructor(...args) { super(...args); }`.
    // (`_rN`: a name no user binding can take, so initialisers still see outer bindings.)
    const args = ctx.temp("r");
    const superInit = py.exprStmt(py.call(py.attr(py.call(py.name("super"), []), "__init__"), [py.starred(args)]));
    return py.funcDef("__init__", [{ name: "self" }, { name: args.id, star: "star" }], [...decls, superInit, ...fields]);
  }

  checkDecorators(ctx, ctor);
  const bad = findValueReturn(ctor.body!);
  if (bad) ctx.fail(constructorReturn(bad));
  const parts = ctx.withFrame(frame, () => lowerParameters(ctx, ctor));
  const params: py.Param[] = [{ name: "self" }, ...parts.params];
  if (!isDerived) {
    // A base class defines its fields before the constructor's parameters are bound (JS order).
    const fields = phase1();
    const body = functionBody(ctx, ctor, frame, { params: parts.params, prologue: [...fields, ...parts.prologue, ...phase2()] });
    return py.funcDef("__init__", params, body);
  }
  const body = functionBody(ctx, ctor, frame, parts);
  const fields = [...phase1(), ...phase2()];
  if (fields.length) {
    const i = body.findIndex((s) => s.kind === "ExprStmt" && info.superCalls.includes(s.value as py.Call));
    if (i < 0 || info.superCalls.length !== 1) ctx.fail(superPlacement(ctor));
    body.splice(i + 1, 0, ...fields);
  }
  return py.funcDef("__init__", params, body);
}

export function methodDef(ctx: Context, info: ClassInfo, m: ts.MethodDeclaration | ts.AccessorDeclaration, defName: string): py.FunctionDef {
  const isStatic = isStaticMember(m);
  // A decorated static method takes the class first, as the functions decorators return do.
  const userDecorators = decoratorPlan(ctx, info.node)?.members.get(m) ?? [];
  const bound = !isStatic || usesThis(m) || userDecorators.length > 0;
  const thisName = isStatic ? (bound ? "cls" : info.pyName) : "self";
  const frame: FunctionFrame = { node: m, thisName, className: info.pyName, isStatic };
  checkDecorators(ctx, m);
  const parts = ctx.withFrame(frame, () => lowerParameters(ctx, m));
  const body = functionBody(ctx, m, frame, parts);
  const params: py.Param[] = bound ? [{ name: thisName }, ...parts.params] : parts.params;
  const def = py.funcDef(defName, params, body, ctx.lineOf(m));
  const decorators = [...(isStatic ? [py.name(bound ? "classmethod" : "staticmethod")] : []), ...userDecorators];
  if (decorators.length) def.decorators = decorators;
  markAsync(ctx, m, def);
  return def;
}

export function staticBlock(ctx: Context, info: ClassInfo, b: ts.ClassStaticBlockDeclaration): py.Stmt[] {
  const frame: FunctionFrame = { node: b, thisName: info.pyName, className: info.pyName, isStatic: true };
  const body = functionBody(ctx, b as unknown as ts.FunctionLikeDeclaration, frame, { params: [], prologue: [] });
  const name = ctx.temp("f").id;
  return withLine(ctx, b, [py.funcDef(name, [], body), py.exprStmt(py.call(py.name(name), []))]);
}
