// Imports and exports. Project files become Python modules named by their path under the root
// directory; device stubs (lvgl, network, ...) are imported by their own name.
//
//   import { a as b } from "./m"   ->  from m import a as b        (a fixed binding)
//   import { counter } from "./m"  ->  import m as js_m_m ... js_m_m.counter at each use
//                                      (a `let` that m reassigns, or m in an import cycle)
//   import * as ns from "./m"      ->  import m as js_m_m; ns.f() -> js_m_m.f()
//   import d from "./m"            ->  from m import <m's default export> as d
//   export default <expression>    ->  default = <expression>
//   import * as lv from "lvgl"     ->  import lvgl as lv
//   import { WLAN } from "network" ->  from network import WLAN
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import {
  commonJsModuleSyntax, deviceReExport, moduleNotFound, namespaceAsValue, unsupportedDeclaration, unsupportedFeature, unsupportedImportBinding,
} from "../../diagnostics/catalog";
import { pythonName } from "../../python/names";
import type { Origin } from "./resolve";

const SK = ts.SyntaxKind;

// ---------- per-file state (kept in ctx.memo) ----------

interface ModuleState {
  /** Python module name -> the alias this file imports it under for attribute reads. */
  aliases: Map<string, string>;
  /** Import alias symbols read through their module: symbol -> module alias + attribute. */
  late: Map<ts.Symbol, { alias: string; attr: string } | null>;
  /** Modules already imported under their alias by an earlier statement of this file. */
  imported: Set<string>;
}

const STATE_KEY = Symbol("modules");

function state(ctx: Context): ModuleState {
  let s = ctx.memo.get(STATE_KEY) as ModuleState | undefined;
  if (!s) ctx.memo.set(STATE_KEY, (s = { aliases: new Map(), late: new Map(), imported: new Set() }));
  return s;
}

/** The alias a module is imported under for `alias.name` reads: `js_m_` + its dotted name. */
function moduleAlias(ctx: Context, module: string): string {
  const s = state(ctx);
  let a = s.aliases.get(module);
  if (!a) s.aliases.set(module, (a = "js_m_" + module.split(".").join("__")));
  return a;
}

/** The name an import specifier gives the binding in the exporting module (`default` included). */
function importedName(el: ts.ImportSpecifier): string {
  const n = el.propertyName ?? el.name;
  return ts.isIdentifier(n) ? n.text : n.text;
}

/** True when the binding an import introduces is a value (not only a type). */
function isValueImport(ctx: Context, nameNode: ts.Identifier): boolean {
  const sym = ctx.symbolAt(nameNode);
  if (!sym) return false;
  return !!(ctx.checker.getAliasedSymbol(sym).flags & ts.SymbolFlags.Value);
}

/** How a project import binding is reached: early (`from m import x`) or late (`m.x` at each use). */
function classify(ctx: Context, origin: Origin): "early" | "late" {
  if (origin.live) return "late";
  if (ctx.modules.inCycle(ctx.sourceFile, origin.file)) return "late";
  return "early";
}

function importDeclaration(node: ts.ImportDeclaration, ctx: Context): py.Stmt[] {
  const clause = node.importClause;
  if (clause?.isTypeOnly) return [];
  const spec = (node.moduleSpecifier as ts.StringLiteral).text;
  const target = ctx.modules.resolveSpecifier(node.moduleSpecifier, ctx.sourceFile);
  if (target.kind === "none") {
    // Only types from a declaration file (`import { Point } from "./types"` with types.d.ts): nothing to import.
    if (clause && !importsAnyValue(clause, ctx)) return [];
    return ctx.fail(moduleNotFound(node.moduleSpecifier, spec));
  }

  if (target.kind === "stub") {
    // A side-effect import binds nothing in JS: an alias keeps `import lvgl` from replacing a
    // user binding named `lvgl` (hoisted functions are defined before imports run).
    if (!clause) return importAliased(ctx, target.module);
    const out: py.Stmt[] = [];
    const names: py.Alias[] = [];
    if (clause.name) out.push({ kind: "Import", names: [alias(target.module, ctx.declName(clause.name))] });
    if (clause.namedBindings) {
      if (ts.isNamespaceImport(clause.namedBindings)) {
        out.push({ kind: "Import", names: [alias(target.module, ctx.declName(clause.namedBindings.name))] });
      } else {
        for (const el of clause.namedBindings.elements) {
          if (el.isTypeOnly || !isValueImport(ctx, el.name)) continue;
          names.push(alias(importedName(el), ctx.declName(el.name)));
        }
      }
    }
    if (names.length) out.push({ kind: "ImportFrom", module: target.module, names });
    return out;
  }

  // A project module.
  const mod = target.module;
  if (!clause) return importAliased(ctx, mod);
  const early = new Map<string, py.Alias[]>();
  const lateModules = new Set<string>();
  let anyValue = false;
  const bind = (nameNode: ts.Identifier, shown: string) => {
    if (!isValueImport(ctx, nameNode)) return;
    anyValue = true;
    const origin = originOf(ctx, nameNode, shown);
    if (origin.namespace) {
      // `export * as ns from "./m"` imported: `ns.f` reads `m.f` (and so on down).
      lateModules.add(origin.module);
      for (const m of namespaceOrigins(ctx, origin.file)) lateModules.add(m.module);
    } else if (classify(ctx, origin) === "late") {
      lateModules.add(origin.module);
    } else {
      const list = early.get(origin.module) ?? [];
      list.push(alias(origin.pyName, ctx.declName(nameNode)));
      early.set(origin.module, list);
    }
  };
  if (clause.name) bind(clause.name, "default");
  if (clause.namedBindings) {
    if (ts.isNamespaceImport(clause.namedBindings)) {
      anyValue = true;
      // Members are read as `<module>.<name>` from the modules that declare them.
      lateModules.add(mod);
      for (const m of namespaceOrigins(ctx, target.file)) lateModules.add(m.module);
    } else {
      for (const el of clause.namedBindings.elements) {
        if (el.isTypeOnly) continue;
        bind(el.name, importedName(el));
      }
    }
  }
  // Imports of types only vanish, like tsc's elision.
  if (!anyValue) return [];
  const out: py.Stmt[] = [];
  // The named module runs first (it may re-export from others, and has its own side effects).
  const mentioned = new Set([...early.keys(), ...lateModules]);
  if (!mentioned.has(mod) || (early.size && !early.has(mod) && !lateModules.has(mod))) {
    out.push(...importAliased(ctx, mod));
  }
  for (const [m, names] of early) out.push({ kind: "ImportFrom", module: m, names });
  for (const m of lateModules) out.push(...importAliased(ctx, m));
  return out;
}

/** `import m as js_m_m` (or `from p import m as js_m_p__m`), once per file. */
function importAliased(ctx: Context, module: string): py.Stmt[] {
  const s = state(ctx);
  if (s.imported.has(module)) return [];
  s.imported.add(module);
  const dot = module.lastIndexOf(".");
  if (dot < 0) return [{ kind: "Import", names: [{ name: module, asname: moduleAlias(ctx, module) }] }];
  // `from pkg import mod as alias`, not `import pkg.mod as alias`: MicroPython resolves the latter
  // through the package's attribute, which is only set once `pkg.mod` has finished loading, so it
  // fails inside an import cycle; the former finds the module being loaded.
  return [{ kind: "ImportFrom", module: module.slice(0, dot), names: [{ name: module.slice(dot + 1), asname: moduleAlias(ctx, module) }] }];
}

function importsAnyValue(clause: ts.ImportClause, ctx: Context): boolean {
  if (clause.name && isValueImport(ctx, clause.name)) return true;
  const nb = clause.namedBindings;
  if (!nb) return false;
  if (ts.isNamespaceImport(nb)) return true;
  return nb.elements.some((el) => !el.isTypeOnly && isValueImport(ctx, el.name));
}

function alias(name: string, asname: string): py.Alias {
  return name === asname ? { name } : { name, asname };
}

function originOf(ctx: Context, nameNode: ts.Identifier, shown: string): Origin {
  const sym = ctx.symbolAt(nameNode);
  const origin = sym && ctx.modules.origin(sym);
  if (!origin) return ctx.fail(unsupportedImportBinding(nameNode, shown));
  return origin;
}

/** The declaring modules of every value a module exports, nested namespaces included. */
function namespaceOrigins(ctx: Context, file: ts.SourceFile, seen = new Set<ts.SourceFile>()): Origin[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const moduleSym = ctx.checker.getSymbolAtLocation(file) ?? (file as unknown as { symbol?: ts.Symbol }).symbol;
  if (!moduleSym) return [];
  const out: Origin[] = [];
  for (const e of ctx.checker.getExportsOfModule(moduleSym)) {
    const o = ctx.modules.origin(e);
    if (!o) continue;
    out.push(o);
    if (o.namespace) out.push(...namespaceOrigins(ctx, o.file, seen));
  }
  return out;
}

/** True when `expr` denotes a project module's namespace (`ns`, or `ns.sub` for `export * as sub`). */
function isProjectNamespace(expr: ts.Expression, ctx: Context): boolean {
  if (ts.isIdentifier(expr)) {
    const sym = ctx.symbolAt(expr);
    const decl = sym?.declarations?.[0];
    if (!sym || !decl || decl.getSourceFile() !== ctx.sourceFile) return false;
    if (ts.isNamespaceImport(decl)) return isProjectImport(ctx, decl.parent.parent);
    if (ts.isImportSpecifier(decl) || ts.isImportClause(decl)) return !!(sym.flags & ts.SymbolFlags.Alias) && !!ctx.modules.origin(sym)?.namespace;
    return false;
  }
  if (ts.isPropertyAccessExpression(expr) && isProjectNamespace(expr.expression, ctx)) {
    const member = ctx.symbolAt(expr.name);
    return !!member && !!ctx.modules.origin(member)?.namespace;
  }
  return false;
}

/**
 * Reads of imported bindings that go through their module (live bindings, cycles, namespace
 * members). Called by Context.expr before the ordinary visitors; undefined for anything else.
 */
export function moduleReference(node: ts.Node, ctx: Context): py.Expr | undefined {
  if (ts.isIdentifier(node)) {
    const sym = ctx.symbolAt(node);
    if (!sym || !(sym.flags & ts.SymbolFlags.Alias)) return undefined;
    const decl = sym.declarations?.[0];
    if (!decl || decl.getSourceFile() !== ctx.sourceFile) return undefined;
    if (ts.isNamespaceImport(decl)) {
      if (isProjectImport(ctx, decl.parent.parent)) return ctx.fail(namespaceAsValue(node));
      return undefined;
    }
    if (!ts.isImportSpecifier(decl) && !ts.isImportClause(decl)) return undefined;
    if (isProjectNamespace(node, ctx)) return ctx.fail(namespaceAsValue(node));
    const s = state(ctx);
    let entry = s.late.get(sym);
    if (entry === undefined) {
      entry = null;
      const importDecl = ts.isImportClause(decl) ? decl.parent : decl.parent.parent.parent;
      if (isProjectImport(ctx, importDecl)) {
        const origin = ctx.modules.origin(sym);
        if (origin && classify(ctx, origin) === "late") entry = { alias: moduleAlias(ctx, origin.module), attr: origin.pyName };
      }
      s.late.set(sym, entry);
    }
    return entry ? py.attr(py.name(entry.alias), entry.attr) : undefined;
  }
  if (ts.isPropertyAccessExpression(node) && (ts.isIdentifier(node.expression) || ts.isPropertyAccessExpression(node.expression))) {
    if (!isProjectNamespace(node.expression, ctx)) return undefined;
    const member = ctx.symbolAt(node.name);
    const origin = member && ctx.modules.origin(member);
    if (!origin) return ctx.fail(unsupportedImportBinding(node, node.getText()));
    if (origin.namespace) return ctx.fail(namespaceAsValue(node));
    return py.attr(py.name(moduleAlias(ctx, origin.module)), origin.pyName);
  }
  return undefined;
}

function isProjectImport(ctx: Context, importDecl: ts.Node): boolean {
  if (!ts.isImportDeclaration(importDecl)) return false;
  return ctx.modules.resolveSpecifier(importDecl.moduleSpecifier, ctx.sourceFile).kind === "project";
}

function exportDeclaration(node: ts.ExportDeclaration, ctx: Context): py.Stmt[] {
  if (node.isTypeOnly) return [];
  // `export { a as b }`: importers fetch `a` from here (or from where it is declared) by its own name.
  if (!node.moduleSpecifier) return [];
  const spec = (node.moduleSpecifier as ts.StringLiteral).text;
  const target = ctx.modules.resolveSpecifier(node.moduleSpecifier, ctx.sourceFile);
  if (target.kind === "none") return ctx.fail(moduleNotFound(node.moduleSpecifier, spec));
  if (target.kind === "stub") {
    const onlyTypes = node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((e) => e.isTypeOnly);
    return onlyTypes ? [] : ctx.fail(deviceReExport(node));
  }
  // `export ... from "./m"`: importers fetch the names from the declaring modules; here the module
  // only has to run, in its place in the evaluation order.
  const out = importAliased(ctx, target.module);
  if (ctx.modules.isPackageIndex(ctx.sourceFile)) out.push(...packageReExports(node, ctx));
  return out;
}

/**
 * A package's `__init__` (tsmpy.packageIndex) also binds the names it re-exports, for Python code
 * that imports them from the package (`from mpos import Service`); TypeScript importers still
 * fetch them from their declaring modules.
 */
function packageReExports(node: ts.ExportDeclaration, ctx: Context): py.Stmt[] {
  if (!node.exportClause || !ts.isNamedExports(node.exportClause)) return [];
  const byModule = new Map<string, py.Alias[]>();
  for (const el of node.exportClause.elements) {
    if (el.isTypeOnly) continue;
    const sym = ctx.checker.getExportSpecifierLocalTargetSymbol(el);
    const origin = sym && ctx.modules.origin(sym);
    if (!origin || origin.namespace) continue;
    const names = byModule.get(origin.module) ?? [];
    names.push(alias(origin.pyName, exportedPythonName(el.name.text)));
    byModule.set(origin.module, names);
  }
  return [...byModule].map(([module, names]): py.Stmt => ({ kind: "ImportFrom", module, names }));
}

function exportAssignment(node: ts.ExportAssignment, ctx: Context): py.Stmt[] {
  if (node.isExportEquals) return ctx.fail(commonJsModuleSyntax(node, "export ="));
  return [py.assign(py.name("default"), ctx.expr(node.expression))];
}

/**
 * `export default function () {}` and `export default class {}` have no name to bind: they are
 * compiled as the function (class) expression assigned to `default`. Called by Context.stmt.
 */
export function anonymousDefaultExport(node: ts.Node, ctx: Context): py.Stmt[] | undefined {
  if (!(ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) || node.name) return undefined;
  if (ts.isFunctionDeclaration(node) && !node.body) return [];
  const visit = ctx.visitors.expressions.get(ts.isFunctionDeclaration(node) ? SK.FunctionExpression : SK.ClassExpression);
  if (!visit) return ctx.fail(unsupportedFeature(node, "An anonymous default export"));
  const value = visit(node, ctx);
  return [py.assign(py.name("default"), value)];
}

/** The Python name an export is reachable by in its module. */
export function exportedPythonName(jsName: string): string {
  return jsName === "default" ? "default" : pythonName(jsName);
}

export const moduleVisitors: VisitorGroup = {
  statements: {
    [SK.ImportDeclaration]: importDeclaration,
    [SK.ExportDeclaration]: exportDeclaration,
    [SK.ExportAssignment]: exportAssignment,
    [SK.ImportEqualsDeclaration]: (n: ts.ImportEqualsDeclaration, ctx: Context) =>
      n.isTypeOnly ? [] : ctx.fail(commonJsModuleSyntax(n, "import = require()")),
    [SK.ModuleDeclaration]: (n: ts.ModuleDeclaration, ctx: Context) =>
      n.modifiers?.some((m) => m.kind === SK.DeclareKeyword) ? [] : ctx.fail(unsupportedDeclaration(n, "Namespace")),
  },
};
