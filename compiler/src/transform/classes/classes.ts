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
//
// Layout: this file assembles the class body and holds the visitors; members.ts collects and checks
// the members, definitions.ts emits __init__, methods, accessor functions and static blocks.
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context, FunctionFrame } from "../context";
import type { VisitorGroup } from "../visitors";
import { plainAttr } from "../../python/names";
import { ITERATOR_KEY } from "../functions/iteration";
import { unsupportedBaseClass, unsupportedClassMember } from "../../diagnostics/catalog";
import {
  ClassInfo, baseKind, extendsExpression, hasModifier, instanceKeys, isStaticMember, ownFieldKeys,
  propertyKey, registerClass,
} from "./info";
import { enumDeclaration } from "./enums";
import { checkInheritance, collectMembers, hierarchyHasMember, rootedInProgramClass } from "./members";
import { decoratorPlan, planDecorators, runInitializers } from "./decorators";
import { constructorDef, fieldInit, methodDef, missingAttribute, staticBlock, withLine } from "./definitions";

const SK = ts.SyntaxKind;

interface Built {
  /** Class body statements. */
  body: py.Stmt[];
  /** Statements after the class statement (statics, static blocks, odd method names). */
  after: py.Stmt[];
}

function buildClass(ctx: Context, node: ts.ClassLikeDeclaration, info: ClassInfo, jsName: string): Built {
  const members = collectMembers(ctx, node);
  checkInheritance(ctx, node, members);
  const cls = py.name(info.pyName);
  const body: py.Stmt[] = [];
  const after: py.Stmt[] = [];
  // A subclass that creates no fields of its own inherits its base's _jsk.
  const ext = extendsExpression(node);
  // An anonymous class's `name` is "" (`return class extends Base {}`), as in Node; console.log
  // prints its instances under the nearest named base (tsmpy/console.py), as Node's inspect does.
  body.push(py.assign(py.name("_jsn"), py.str(jsName)));
  if (!ext || ownFieldKeys(node).length) {
    const keys = py.tuple(instanceKeys(ctx, node).map((k) => py.str(k)));
    // A mixin's base is only known at run time: its keys first, then the new ones.
    const dynamicBase = ext && info.base && baseKind(ctx, ext.expression) === "parameter";
    body.push(py.assign(py.name("_jsk"), dynamicBase ? ctx.helperCall("js_jsk", [info.base!, keys]) : keys));
  }
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
  // Methods and accessor functions in source order; properties once both halves exist. With
  // decorators, static methods come first: JS decorates them before the instance methods.
  const plan = decoratorPlan(ctx, node);
  const functions = plan ? [...members.functions.filter(isStaticMember), ...members.functions.filter((m) => !isStaticMember(m))] : members.functions;
  const accessors = new Map<string, { get?: string; set?: string; line: number }>();
  let odd = 0;
  for (const m of functions) {
    const key = propertyKey(m.name)!;
    const attr = key === ITERATOR_KEY ? key : plainAttr(key);
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
  // Python's iteration runs the JS protocol (functions/iteration.ts).
  if (members.functions.some((m) => propertyKey(m.name) === ITERATOR_KEY)) body.push(py.assign(py.name("__iter__"), ctx.helper("js_iter_self")));
  for (const [attr, a] of accessors) {
    // A setter-only property reads as undefined in JS.
    const getter: py.Expr = a.get ? py.name(a.get) : py.lambda([{ name: "self" }], py.none());
    const args = a.set ? [getter, py.name(a.set)] : [getter];
    body.push(py.assign(py.name(attr), py.call(py.name("property"), args), a.line));
  }
  // Field decorators are applied after the methods' and before the class's (decorators.ts).
  if (plan) body.push(...plan.fieldApplications);
  // Static fields and blocks run after the class exists, in order, with `this` bound to the class;
  // static methods' addInitializer callbacks before them, the class decorators' after them.
  after.push(...runInitializers(ctx, cls, plan?.staticInits));
  for (const s of members.statics) {
    if (ts.isClassStaticBlockDeclaration(s)) {
      after.push(...staticBlock(ctx, info, s));
      continue;
    }
    const frame: FunctionFrame = { node: ctx.frame.node, thisName: info.pyName, className: info.pyName, isStatic: true };
    after.push(...ctx.withFrame(frame, () => fieldInit(ctx, cls, s)));
  }
  after.push(...runInitializers(ctx, cls, plan?.classInits));
  return { body, after };
}

/** Lowers a class to its statements, the class being bound to `pyName`. */
export function lowerClass(ctx: Context, node: ts.ClassLikeDeclaration, pyName: string, jsName: string): py.Stmt[] {
  const info: ClassInfo = { node, pyName, superCalls: [] };
  const bases: py.Expr[] = [];
  const ext = extendsExpression(node);
  // JS evaluates the class decorators, then the `extends` clause, then the member decorators.
  planDecorators(ctx, node, jsName, () => {
    if (!ext) return;
    const kind = baseKind(ctx, ext.expression);
    if (!kind) ctx.fail(unsupportedBaseClass(ext, `'${ext.expression.getText().slice(0, 40)}'`));
    let base = ctx.expr(ext.expression);
    if (base.kind !== "Name" && base.kind !== "Attribute") base = ctx.toTemp(base, "c");
    info.base = base;
    bases.push(base);
  });
  registerClass(ctx, info);
  const { body, after } = buildClass(ctx, node, info, jsName);
  const def: py.ClassDef = { kind: "ClassDef", name: pyName, bases, body, line: ctx.lineOf(node) };
  const classDecorators = decoratorPlan(ctx, node)?.classDecorators;
  if (classDecorators?.length) def.decorators = classDecorators;
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
