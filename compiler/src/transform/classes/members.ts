// The members of a class as the lowering sees them: collection (constructor, fields in order,
// statics, methods and accessors) with the checks that refuse what Python cannot express (decorators,
// computed or reserved names, index signatures, name clashes across the hierarchy), and the
// hierarchy questions that decide class-level defaults.
import { ts } from "ts-morph";
import type { Context } from "../context";
import {
  accessorKeyword, classIndexSignature, computedMemberName, decorators, fieldOverridesAccessor,
  privateNameClash, unsupportedClassMember,
} from "../../diagnostics/catalog";
import { baseClassDeclaration, extendsExpression, isStubClass, hasModifier, isStaticMember, propertyKey } from "./info";

const SK = ts.SyntaxKind;

/** Names the class body itself uses (decorators, property()); a member of that name would shadow them. */
const CLASS_BODY_NAMES = new Set(["property", "staticmethod", "classmethod", "_jsk", "_jsn", "__init__", "__getattr__"]);

/** Refuses parameter decorators (experimentalDecorators style); element decorators are decorators.ts's. */
export function checkDecorators(ctx: Context, n: ts.Node) {
  if (!ts.isFunctionLike(n)) return;
  for (const p of n.parameters) {
    const d = ts.canHaveDecorators(p) ? ts.getDecorators(p) : undefined;
    if (d?.length) ctx.fail(decorators(d[0]));
  }
}

/** The JS key of a member, refusing computed names and names Python reserves. */
export function memberKeyOf(ctx: Context, m: ts.ClassElement | ts.ParameterDeclaration): string {
  const key = propertyKey(m.name as ts.PropertyName);
  if (key === undefined) return ctx.fail(computedMemberName(m.name ?? m));
  if (/^__.*__$/.test(key) || key.startsWith("_js") || key.startsWith("_p_") || CLASS_BODY_NAMES.has(key)) {
    ctx.fail(unsupportedClassMember(m.name ?? m, `A class member named '${key}'`));
  }
  return key;
}

export interface Members {
  ctor?: ts.ConstructorDeclaration;
  fields: ts.PropertyDeclaration[];
  /** Static fields and static blocks, in order. */
  statics: (ts.PropertyDeclaration | ts.ClassStaticBlockDeclaration)[];
  /** Methods and accessors in order. */
  functions: (ts.MethodDeclaration | ts.AccessorDeclaration)[];
}

export function collectMembers(ctx: Context, node: ts.ClassLikeDeclaration): Members {
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
      // Generator methods are Python generator methods (functions/generators.ts); async generators are not lowered.
      if ((m.asteriskToken && hasModifier(m, SK.AsyncKeyword)) || (hasModifier(m, SK.AsyncKeyword) && !ts.isMethodDeclaration(m))) {
        ctx.fail(unsupportedClassMember(m, "Async generator methods and async accessors"));
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

export function checkInheritance(ctx: Context, node: ts.ClassLikeDeclaration, members: Members) {
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

/** True when the topmost class of the hierarchy is a class of the program (not Error). */
export function rootedInProgramClass(ctx: Context, node: ts.ClassLikeDeclaration): boolean {
  let c: ts.ClassLikeDeclaration = node;
  for (let d = 0; d < 50; d++) {
    const b = baseClassDeclaration(ctx, c);
    if (!b) return !extendsExpression(c);
    c = b;
  }
  return false;
}

/** True when a base class (or a static of this class) has a member with this key. */
export function hierarchyHasMember(ctx: Context, node: ts.ClassLikeDeclaration, key: string): boolean {
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
