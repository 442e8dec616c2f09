// Class declarations and expressions: constructors, fields, methods, accessors, statics, inheritance.
//
//   class Point extends Base {            class Point(Base):
//     static count = 0;                       _jsn = "Point"
//     y = 5;                                  _jsk = ("x", "y", "z")      # Base's keys first
//     constructor(public z: number) {         def __init__(self, z):
//       super(1);                                 super(Point, self).__init__(1)
//     }                                           self.y = 5               # fields after super()
//     get len() { ... }                           self.z = z               # then parameter properties
//     set len(v) { ... }                      def _get_len(self): ...
//     m() { ... }                             def _set_len(self, v): ...
//     static make() { return new this(0); }   def m(self): ...
//   }                                         @classmethod
//                                             def make(cls): return cls(0)
//                                             len = property(_get_len, _set_len)
//                                         Point.count = 0                  # statics after the class
//
// See docs/design.md (Classes) for the decisions.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context, FunctionFrame } from "../context";
import type { VisitorGroup } from "../visitors";
import { plainAttr } from "../../python/names";
import { setAttr } from "../expressions/access";
import { functionBody, lowerParameters } from "../functions/functions";
import {
  accessorKeyword, classIndexSignature, computedMemberName, constructorReturn, decorators, fieldOverridesAccessor,
  privateNameClash, superPlacement, unsupportedBaseClass, unsupportedClassMember,
} from "../../diagnostics/catalog";
import {
  ClassInfo, baseClassDeclaration, baseKind, extendsExpression, isStubClass, hasModifier, instanceKeys, isStaticMember, ownFieldKeys,
  propertyKey, registerClass,
} from "./info";
import { enumDeclaration } from "./enums";

const SK = ts.SyntaxKind;

/** Names the class body itself uses (decorators, property()); a member of that name would shadow them. */
const CLASS_BODY_NAMES = new Set(["property", "staticmethod", "classmethod", "_jsk", "_jsn", "__init__", "__getattr__"]);

function checkDecorators(ctx: Context, n: ts.Node) {
  const d = ts.canHaveDecorators(n) ? ts.getDecorators(n) : undefined;
  if (d?.length) ctx.fail(decorators(d[0]));
  if (ts.isFunctionLike(n)) for (const p of n.parameters) checkDecorators(ctx, p);
}

/** The JS key of a member, refusing computed names and names Python reserves. */
function memberKeyOf(ctx: Context, m: ts.ClassElement | ts.ParameterDeclaration): string {
  const key = propertyKey(m.name as ts.PropertyName);
  if (key === undefined) return ctx.fail(computedMemberName(m.name ?? m));
  if (/^__.*__$/.test(key) || key.startsWith("_js") || key.startsWith("_p_") || CLASS_BODY_NAMES.has(key)) {
    ctx.fail(unsupportedClassMember(m.name ?? m, `A class member named '${key}'`));
  }
  return key;
}

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

function withLine<T extends py.Stmt>(ctx: Context, node: ts.Node, stmts: T[]): T[] {
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

interface Members {
  ctor?: ts.ConstructorDeclaration;
  fields: ts.PropertyDeclaration[];
  /** Static fields and static blocks, in order. */
  statics: (ts.PropertyDeclaration | ts.ClassStaticBlockDeclaration)[];
  /** Methods and accessors in order. */
  functions: (ts.MethodDeclaration | ts.AccessorDeclaration)[];
}

function collectMembers(ctx: Context, node: ts.ClassLikeDeclaration): Members {
  const out: Members = { fields: [], statics: [], functions: [] };
  for (const m of node.members) {
    checkDecorators(ctx, m);
    if (ts.isSemicolonClassElement(m)) continue;
    if (ts.isIndexSignatureDeclaration(m)) ctx.fail(classIndexSignature(m));
    if (ts.isConstructorDeclaration(m)) {
      if (m.body) out.ctor = m;
      continue;
    }
    if (ts.isClassStaticBlockDeclaration(m)) {
      out.statics.push(m);
      continue;
    }
    if (ts.isPropertyDeclaration(m)) {
      if (hasModifier(m, SK.AccessorKeyword)) ctx.fail(accessorKeyword(m));
      if (hasModifier(m, SK.DeclareKeyword) || hasModifier(m, SK.AbstractKeyword)) continue;
      memberKeyOf(ctx, m);
      (isStaticMember(m) ? out.statics : out.fields).push(m);
      continue;
    }
    if (ts.isMethodDeclaration(m) || ts.isGetAccessorDeclaration(m) || ts.isSetAccessorDeclaration(m)) {
      if (!m.body) continue; // abstract member or overload signature
      memberKeyOf(ctx, m);
      if (m.asteriskToken || hasModifier(m, SK.AsyncKeyword)) {
        ctx.fail(unsupportedClassMember(m, "Async and generator methods"));
      }
      if (!ts.isMethodDeclaration(m) && isStaticMember(m)) ctx.fail(unsupportedClassMember(m, "Static getters and setters"));
      out.functions.push(m);
      continue;
    }
    ctx.fail(unsupportedClassMember(m, `The class member '${m.getText().split("\n")[0].slice(0, 30)}'`));
  }
  return out;
}

/** Private names of a class (fields, methods, accessors, static or not). */
function privateNames(node: ts.ClassLikeDeclaration): Map<string, ts.Node> {
  const out = new Map<string, ts.Node>();
  for (const m of node.members) if (m.name && ts.isPrivateIdentifier(m.name)) out.set(m.name.text, m.name);
  return out;
}

function checkInheritance(ctx: Context, node: ts.ClassLikeDeclaration, members: Members) {
  const own = privateNames(node);
  const fieldNames = new Map<string, ts.Node>();
  for (const f of members.fields) fieldNames.set(propertyKey(f.name)!, f.name);
  const ctor = members.ctor;
  for (const p of ctor?.parameters ?? []) if (ts.isParameterPropertyDeclaration(p, ctor!) && ts.isIdentifier(p.name)) fieldNames.set(p.name.text, p.name);
  // Static members and prototype members (methods, accessors) are both Python class attributes:
  // the same name on both sides anywhere in the hierarchy would make one hide the other.
  const statics = new Map<string, ts.Node>();
  const protos = new Map<string, ts.Node>();
  for (let c: ts.ClassLikeDeclaration | undefined = node, depth = 0; c && depth < 50; c = baseClassDeclaration(ctx, c), depth++) {
    for (const m of c.members) {
      if (!m.name || ts.isConstructorDeclaration(m) || hasModifier(m, SK.DeclareKeyword)) continue;
      const k = propertyKey(m.name);
      if (k === undefined) continue;
      if (isStaticMember(m)) statics.set(k, statics.get(k) ?? m.name);
      else if (!ts.isPropertyDeclaration(m)) protos.set(k, protos.get(k) ?? m.name);
    }
  }
  for (const m of node.members) {
    const k = m.name && propertyKey(m.name);
    if (k === undefined || !m.name) continue;
    if ((isStaticMember(m) && protos.has(k)) || (!isStaticMember(m) && !ts.isPropertyDeclaration(m) && statics.has(k))) {
      ctx.fail(unsupportedClassMember(m.name, `A static member and an instance method or accessor both named '${k}'`));
    }
  }
  let base = baseClassDeclaration(ctx, node);
  for (let depth = 0; base && depth < 50; depth++, base = baseClassDeclaration(ctx, base)) {
    for (const n of privateNames(base).keys()) if (own.has(n)) ctx.fail(privateNameClash(own.get(n)!, n));
    for (const m of base.members) {
      if (!(ts.isGetAccessorDeclaration(m) || ts.isSetAccessorDeclaration(m)) || isStaticMember(m)) continue;
      const k = propertyKey(m.name);
      if (k !== undefined && fieldNames.has(k)) ctx.fail(fieldOverridesAccessor(fieldNames.get(k)!, k));
    }
  }
}

/**
 * `__getattr__` of root classes: a property the instance does not have reads as undefined, as in
 * JS (an optional member of an interface the class implements, `obj.m?.()`). Python calls it only
 * after the normal lookup failed; dunder and `_js` names still raise for Python's own probes.
 */
function missingAttribute(): py.FunctionDef {
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

/** True when the topmost class of the hierarchy is a class of the program (not Error). */
function rootedInProgramClass(ctx: Context, node: ts.ClassLikeDeclaration): boolean {
  let c: ts.ClassLikeDeclaration = node;
  for (let d = 0; d < 50; d++) {
    const b = baseClassDeclaration(ctx, c);
    if (!b) return !extendsExpression(c);
    c = b;
  }
  return false;
}

/** True when a base class (or a static of this class) has a member with this key. */
function hierarchyHasMember(ctx: Context, node: ts.ClassLikeDeclaration, key: string): boolean {
  for (const m of node.members) if (m.name && isStaticMember(m) && propertyKey(m.name) === key) return true;
  let last: ts.ClassLikeDeclaration = node;
  for (let c = baseClassDeclaration(ctx, node), d = 0; c && d < 50; c = baseClassDeclaration(ctx, c), d++) {
    for (const m of c.members) if (m.name && !ts.isConstructorDeclaration(m) && propertyKey(m.name) === key) return true;
    last = c;
  }
  // The root extends an Error class or a stub class: its own members are not declarations we can
  // see (a stub class's instance type lists them; a class-level None would hide the firmware's).
  const rootExt = extendsExpression(last);
  if (rootExt && isStubClass(ctx, rootExt.expression)) return !!ctx.checker.getTypeAtLocation(rootExt).getProperty(key);
  return !!rootExt && ERROR_MEMBERS.has(key);
}

const ERROR_MEMBERS = new Set(["name", "message", "stack", "cause", "toString"]);

/** Statements assigning a field's initial value on `target` (`self` or the class). */
function fieldInit(ctx: Context, target: py.Expr, f: ts.PropertyDeclaration): py.Stmt[] {
  const key = propertyKey(f.name)!;
  if (!f.initializer) return withLine(ctx, f, [setAttr(target, key, py.none())]);
  const init = f.initializer;
  const { pre, value } = ctx.capture(() => ctx.expr(init));
  return withLine(ctx, f, [...pre, setAttr(target, key, value)]);
}

interface Built {
  /** Class body statements. */
  body: py.Stmt[];
  /** Statements after the class statement (statics, static blocks, odd method names). */
  after: py.Stmt[];
}

/** The `__init__` of a class, or undefined when the inherited one (or none) does the same. */
function constructorDef(ctx: Context, info: ClassInfo, members: Members, isDerived: boolean): py.FunctionDef | undefined {
  const ctor = members.ctor;
  const self = py.name("self");
  const paramProps = ctor ? ctor.parameters.filter((p) => ts.isParameterPropertyDeclaration(p, ctor)) : [];
  // Field definitions: parameter properties exist (as undefined) before the field initialisers run;
  // that is only observable when an initialiser uses `this`.
  const frame: FunctionFrame = { node: ctor ?? ctx.frame.node, thisName: "self", className: info.pyName, isConstructor: true };
  const phase1 = (): py.Stmt[] =>
    ctx.withFrame(frame, () => {
      const out: py.Stmt[] = [];
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

function methodDef(ctx: Context, info: ClassInfo, m: ts.MethodDeclaration | ts.AccessorDeclaration, defName: string): py.FunctionDef {
  const isStatic = isStaticMember(m);
  const bound = !isStatic || usesThis(m);
  const thisName = isStatic ? (bound ? "cls" : info.pyName) : "self";
  const frame: FunctionFrame = { node: m, thisName, className: info.pyName, isStatic };
  checkDecorators(ctx, m);
  const parts = ctx.withFrame(frame, () => lowerParameters(ctx, m));
  const body = functionBody(ctx, m, frame, parts);
  const params: py.Param[] = bound ? [{ name: thisName }, ...parts.params] : parts.params;
  const def = py.funcDef(defName, params, body, ctx.lineOf(m));
  if (isStatic) def.decorators = [py.name(bound ? "classmethod" : "staticmethod")];
  return def;
}

function staticBlock(ctx: Context, info: ClassInfo, b: ts.ClassStaticBlockDeclaration): py.Stmt[] {
  const frame: FunctionFrame = { node: b, thisName: info.pyName, className: info.pyName, isStatic: true };
  const body = functionBody(ctx, b as unknown as ts.FunctionLikeDeclaration, frame, { params: [], prologue: [] });
  const name = ctx.temp("f").id;
  return withLine(ctx, b, [py.funcDef(name, [], body), py.exprStmt(py.call(py.name(name), []))]);
}

function buildClass(ctx: Context, node: ts.ClassLikeDeclaration, info: ClassInfo, jsName: string): Built {
  const members = collectMembers(ctx, node);
  checkInheritance(ctx, node, members);
  const cls = py.name(info.pyName);
  const body: py.Stmt[] = [];
  const after: py.Stmt[] = [];
  body.push(py.assign(py.name("_jsn"), py.str(jsName)));
  // A subclass that creates no fields of its own inherits its base's _jsk.
  const ext = extendsExpression(node);
  if (!ext || ownFieldKeys(node).length) body.push(py.assign(py.name("_jsk"), py.tuple(instanceKeys(ctx, node).map((k) => py.str(k)))));
  // A field read before it was created (a `declare` field never set, a base constructor calling an
  // overridden method that reads a derived field, an initialiser calling a method that reads a later
  // field) is undefined in JS. Classes rooted in a program class get that from the root's
  // `__getattr__`; classes rooted in Error get class-level `None` defaults instead.
  if (ext && !rootedInProgramClass(ctx, node)) {
    const keys = [...ownFieldKeys(node)];
    for (const m of node.members) {
      if (ts.isPropertyDeclaration(m) && !isStaticMember(m) && hasModifier(m, SK.DeclareKeyword)) {
        const k = propertyKey(m.name);
        if (k !== undefined && !k.startsWith("#")) keys.push(k);
      }
    }
    for (const k of keys) {
      const a = plainAttr(k);
      if (a && !hierarchyHasMember(ctx, node, k)) body.push(py.assign(py.name(a), py.none()));
    }
  }
  if (!ext) body.push(missingAttribute());
  const init = constructorDef(ctx, info, members, !!ext);
  if (init) {
    init.line ??= members.ctor ? ctx.lineOf(members.ctor) : ctx.lineOf(node);
    body.push(init);
  }
  // Methods and accessor functions in source order; properties once both halves exist.
  const accessors = new Map<string, { get?: string; set?: string; line: number }>();
  let odd = 0;
  for (const m of members.functions) {
    const key = propertyKey(m.name)!;
    const attr = plainAttr(key);
    if (ts.isMethodDeclaration(m)) {
      if (attr) {
        body.push(methodDef(ctx, info, m, attr));
      } else {
        // Defined under a Python name, then stored under the JS key (the raw staticmethod or
        // classmethod object, read from the class dict, keeps its binding behaviour).
        const defName = `_jsm${++odd}`;
        body.push(methodDef(ctx, info, m, defName));
        const raw = py.subscript(py.attr(cls, "__dict__"), py.str(defName));
        after.push(withLine(ctx, m, [py.exprStmt(py.call(py.name("setattr"), [cls, py.str(key), raw]))])[0]);
      }
      continue;
    }
    if (!attr) ctx.fail(unsupportedClassMember(m.name, `An accessor named '${key}'`));
    const isGet = ts.isGetAccessorDeclaration(m);
    const defName = (isGet ? "_get_" : "_set_") + attr;
    body.push(methodDef(ctx, info, m, defName));
    const entry = accessors.get(attr!) ?? { line: ctx.lineOf(m) };
    if (isGet) entry.get = defName;
    else entry.set = defName;
    accessors.set(attr!, entry);
  }
  for (const [attr, a] of accessors) {
    // A setter-only property reads as undefined in JS.
    const getter: py.Expr = a.get ? py.name(a.get) : py.lambda([{ name: "self" }], py.none());
    const args = a.set ? [getter, py.name(a.set)] : [getter];
    body.push(py.assign(py.name(attr), py.call(py.name("property"), args), a.line));
  }
  // Static fields and blocks run after the class exists, in order, with `this` bound to the class.
  for (const s of members.statics) {
    if (ts.isClassStaticBlockDeclaration(s)) {
      after.push(...staticBlock(ctx, info, s));
      continue;
    }
    const frame: FunctionFrame = { node: ctx.frame.node, thisName: info.pyName, className: info.pyName, isStatic: true };
    after.push(...ctx.withFrame(frame, () => fieldInit(ctx, cls, s)));
  }
  return { body, after };
}

/** Lowers a class to its statements, the class being bound to `pyName`. */
export function lowerClass(ctx: Context, node: ts.ClassLikeDeclaration, pyName: string, jsName: string): py.Stmt[] {
  checkDecorators(ctx, node);
  const info: ClassInfo = { node, pyName, superCalls: [] };
  const bases: py.Expr[] = [];
  const ext = extendsExpression(node);
  if (ext) {
    const kind = baseKind(ctx, ext.expression);
    if (!kind) ctx.fail(unsupportedBaseClass(ext, `'${ext.expression.getText().slice(0, 40)}'`));
    let base = ctx.expr(ext.expression);
    if (base.kind !== "Name" && base.kind !== "Attribute") base = ctx.toTemp(base, "c");
    info.base = base;
    bases.push(base);
  }
  registerClass(ctx, info);
  const { body, after } = buildClass(ctx, node, info, jsName);
  const def: py.ClassDef = { kind: "ClassDef", name: pyName, bases, body, line: ctx.lineOf(node) };
  return [def, ...after];
}

function classDeclaration(node: ts.ClassDeclaration, ctx: Context): py.Stmt[] {
  if (hasModifier(node, SK.DeclareKeyword)) return [];
  const pyName = node.name ? ctx.declName(node.name) : "default";
  return lowerClass(ctx, node, pyName, node.name?.text ?? "default");
}

/** The name JS gives an anonymous class expression from where it is written (`const A = class {}`). */
function inferredName(node: ts.ClassExpression): string {
  const p = node.parent;
  if ((ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && p.initializer === node && ts.isIdentifier(p.name)) return p.name.text;
  return "";
}

/** True when the enclosing scope refers to another binding spelled like the class expression's name. */
function nameUsedOutside(ctx: Context, scopeNode: ts.Node, cls: ts.ClassExpression): boolean {
  const text = cls.name!.text;
  const own = ctx.symbolAt(cls.name!);
  let found = false;
  const visit = (n: ts.Node) => {
    if (found || n === cls) return;
    if (ts.isIdentifier(n) && n.text === text) {
      const s = ctx.symbolAt(n);
      if (s && s !== own && s.flags & ts.SymbolFlags.Value) found = true;
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(scopeNode, visit);
  return found;
}

function classExpression(node: ts.ClassExpression, ctx: Context): py.Expr {
  let pyName: string;
  if (node.name) {
    pyName = ctx.declName(node.name);
    // The class is bound in the enclosing Python scope: refuse if that would hide another binding.
    const scopeNode = ctx.enclosingScope(node);
    if (ctx.scopes.scope(scopeNode)?.taken.has(pyName) || nameUsedOutside(ctx, scopeNode, node)) {
      ctx.fail(unsupportedClassMember(node.name, `A class expression named like another binding ('${node.name.text}')`));
    }
  } else {
    pyName = ctx.temp("c").id;
  }
  ctx.addPre(...lowerClass(ctx, node, pyName, node.name?.text ?? inferredName(node)));
  return py.name(pyName);
}

export const classVisitors: VisitorGroup = {
  expressions: {
    [SK.ClassExpression]: classExpression,
  },
  statements: {
    [SK.ClassDeclaration]: classDeclaration,
    [SK.EnumDeclaration]: enumDeclaration,
  },
};
