// An app's description, from app.config.ts: each field checked against the rules of
// MicroPythonOS's manifest, each problem reported at the field with the field's path
// (`activities[0].intent_filters[1].action`).
import { ts } from "ts-morph";
import {
  Diagnostic, appComponentClass, appConfigBadValue, appConfigMissingField, appConfigNotLiteral,
  appConfigUnknownField, appFolderMismatch, appIntentFilter, appWithoutComponents,
} from "../diagnostics/catalog";
import { Literal, findAppObject } from "./config-literal";
import { fullnameProblem } from "./fullname";

export type ComponentKind = "activity" | "service";

export interface Component {
  kind: ComponentKind;
  /** The class the entry names (a top-level class declaration of one of the app's modules). */
  classDecl: ts.ClassDeclaration;
  /** The class reference in app.config.ts, for diagnostics. */
  node: ts.Node;
  intentFilters: Record<string, string | string[]>[];
}

export interface AppDescription {
  fullname: string;
  name: string;
  publisher: string;
  version: string;
  category: string;
  short_description: string;
  long_description: string;
  /** The icon path relative to the app folder, and the node naming it (undefined: the default). */
  icon?: { path: string; node: ts.Node };
  components: Component[];
  /** The whole `defineApp` argument, for diagnostics about the app as a whole. */
  node: ts.Node;
}

const TEXT_FIELDS = ["fullname", "name", "publisher", "version", "category", "short_description", "long_description", "icon"] as const;
const KNOWN_FIELDS = [...TEXT_FIELDS, "activities", "services"];
const REQUIRED = new Set(["fullname", "name", "publisher", "version", "category", "short_description"]);

/**
 * Reads and checks app.config.ts. `folder` is the app's folder name (apps/<folder>/), which must
 * be the fullname; `inApp` tells whether a file is one of the app's own modules.
 */
export function readAppConfig(sf: ts.SourceFile, checker: ts.TypeChecker, folder: string, inApp: (file: ts.SourceFile) => boolean): { app?: AppDescription; diagnostics: Diagnostic[] } {
  const found = findAppObject(sf, checker);
  if (!found.literal) return { diagnostics: found.diagnostics };
  const root = found.literal;
  const ds: Diagnostic[] = [];
  for (const [key, { key: keyNode }] of root.props) {
    if (!KNOWN_FIELDS.includes(key)) ds.push(appConfigUnknownField(keyNode, key, KNOWN_FIELDS.join(", ")));
  }
  const text: Record<string, string> = {};
  for (const field of TEXT_FIELDS) {
    const p = root.props.get(field);
    if (!p) {
      if (REQUIRED.has(field)) ds.push(appConfigMissingField(root.node, field));
      continue;
    }
    if (p.value.kind !== "string") ds.push(appConfigNotLiteral(p.value.node, field, "a string"));
    else text[field] = p.value.value;
  }
  const at = (field: string) => root.props.get(field)!.value.node;
  if (text.fullname !== undefined) {
    const problem = fullnameProblem(text.fullname);
    if (problem) ds.push(appConfigBadValue(at("fullname"), "fullname", `is "${text.fullname}": ${problem}`));
    else if (text.fullname !== folder) ds.push(appFolderMismatch(at("fullname"), text.fullname, folder));
  }
  if (text.version !== undefined && !/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(text.version)) {
    ds.push(appConfigBadValue(at("version"), "version", `is "${text.version}": it must be MAJOR.MINOR.PATCH numbers, like "1.0.0"`));
  }
  if (text.category !== undefined && !/^[a-z][a-z0-9_]*$/.test(text.category)) {
    ds.push(appConfigBadValue(at("category"), "category", `is "${text.category}": it must be one lower-case word, like "utilities" or "games"`));
  }
  for (const field of ["name", "publisher", "short_description"]) {
    if (text[field] !== undefined && !text[field].trim()) ds.push(appConfigBadValue(at(field), field, "is empty"));
  }
  if (text.icon !== undefined && !/^[\w./-]+\.png$/i.test(text.icon)) {
    ds.push(appConfigBadValue(at("icon"), "icon", `is "${text.icon}": it must be the path of a .png file inside the app folder`));
  }
  const components: Component[] = [];
  for (const kind of ["activity", "service"] as const) {
    const field = kind === "activity" ? "activities" : "services";
    const p = root.props.get(field);
    if (!p) continue;
    if (p.value.kind !== "array") {
      ds.push(appConfigNotLiteral(p.value.node, field, "an array literal"));
      continue;
    }
    p.value.items.forEach((item, i) => readComponent(item, kind, `${field}[${i}]`, checker, inApp, ds, components));
  }
  if (!root.props.has("activities") && !root.props.has("services")) ds.push(appWithoutComponents(root.node));
  checkLaunchers(components, ds);
  if (ds.length) return { diagnostics: ds };
  const icon = root.props.get("icon");
  return {
    app: {
      fullname: text.fullname, name: text.name, publisher: text.publisher, version: text.version, category: text.category,
      short_description: text.short_description, long_description: text.long_description ?? "",
      icon: icon ? { path: text.icon, node: icon.value.node } : undefined,
      components, node: root.node,
    },
    diagnostics: [],
  };
}

function readComponent(item: Literal, kind: ComponentKind, where: string, checker: ts.TypeChecker, inApp: (f: ts.SourceFile) => boolean, ds: Diagnostic[], out: Component[]) {
  if (item.kind !== "object") {
    ds.push(appConfigNotLiteral(item.node, where, "an object literal"));
    return;
  }
  const classKey = kind;
  const known = [classKey, "intent_filters"];
  for (const [key, { key: keyNode }] of item.props) {
    if (!known.includes(key)) ds.push(appConfigUnknownField(keyNode, `${where}.${key}`, known.join(", ")));
  }
  const cls = item.props.get(classKey);
  let classDecl: ts.ClassDeclaration | undefined;
  if (!cls) ds.push(appConfigMissingField(item.node, `${where}.${classKey}`));
  else if (cls.value.kind !== "class") ds.push(appConfigNotLiteral(cls.value.node, `${where}.${classKey}`, "a class imported from one of the app's modules"));
  else {
    const problem = classProblem(cls.value.decl, kind, checker, inApp);
    if (problem) ds.push(appComponentClass(cls.value.node, `${where}.${classKey}`, problem));
    else classDecl = cls.value.decl as ts.ClassDeclaration;
  }
  const filters = readFilters(item.props.get("intent_filters")?.value, kind, `${where}.intent_filters`, ds);
  if (kind === "service" && !item.props.has("intent_filters")) ds.push(appConfigMissingField(item.node, `${where}.intent_filters`));
  if (classDecl && cls) out.push({ kind, classDecl, node: cls.value.node, intentFilters: filters });
}

/** Why a class cannot be the entry's class, or undefined. */
function classProblem(decl: ts.Declaration | undefined, kind: ComponentKind, checker: ts.TypeChecker, inApp: (f: ts.SourceFile) => boolean): string | undefined {
  const base = kind === "activity" ? "Activity" : "Service";
  if (!decl || !ts.isClassDeclaration(decl) || !decl.name) return "must name a class declaration (class X extends ...), not a class expression or an anonymous class";
  if (!ts.isSourceFile(decl.parent)) return `names '${decl.name.text}', which is not declared at the top level of its module`;
  if (decl.getSourceFile().isDeclarationFile || !inApp(decl.getSourceFile())) return `names '${decl.name.text}', which is not declared in one of this app's modules`;
  if (!extendsMpos(decl, base, checker)) return `names '${decl.name.text}', which does not extend ${base} from "mpos"`;
  return undefined;
}

/** True when the class has mpos's `base` class among its ancestors. */
function extendsMpos(decl: ts.ClassDeclaration, base: string, checker: ts.TypeChecker): boolean {
  let type: ts.Type | undefined = checker.getTypeAtLocation(decl);
  for (let depth = 0; type && depth < 50; depth++) {
    const bases: ts.BaseType[] = type.isClassOrInterface() ? checker.getBaseTypes(type) : [];
    const next: ts.Type | undefined = bases[0];
    const d = next?.getSymbol()?.declarations?.[0];
    if (d && next?.getSymbol()?.name === base && /[\\/]mpos\.d\.ts$/.test(d.getSourceFile().fileName)) return true;
    type = next;
  }
  return false;
}

const FILTER_KEYS: Record<ComponentKind, string[]> = { activity: ["action", "category", "mimeType", "pathPattern"], service: ["action"] };

function readFilters(lit: Literal | undefined, kind: ComponentKind, where: string, ds: Diagnostic[]): Record<string, string | string[]>[] {
  if (!lit) return [];
  if (lit.kind !== "array") {
    ds.push(appConfigNotLiteral(lit.node, where, "an array literal"));
    return [];
  }
  const out: Record<string, string | string[]>[] = [];
  const seen = new Set<string>();
  lit.items.forEach((f, i) => {
    const at = `${where}[${i}]`;
    if (f.kind !== "object") return void ds.push(appConfigNotLiteral(f.node, at, "an object literal"));
    const filter: Record<string, string | string[]> = {};
    for (const [key, { key: keyNode, value }] of f.props) {
      if (!FILTER_KEYS[kind].includes(key)) {
        ds.push(appConfigUnknownField(keyNode, `${at}.${key}`, FILTER_KEYS[kind].join(", ")));
        continue;
      }
      if (key === "pathPattern" && value.kind === "array") {
        const items = value.items.filter((x): x is Literal & { kind: "string" } => x.kind === "string");
        if (items.length !== value.items.length) ds.push(appConfigNotLiteral(value.node, `${at}.${key}`, "an array of strings"));
        for (const x of items) if (!/^\*?\.[\w]+$/.test(x.value)) ds.push(appIntentFilter(x.node, `${at}.${key}`, `has "${x.value}": each pattern is a file extension like ".png" (or "*.png")`));
        filter[key] = items.map((x) => x.value);
      } else if (value.kind !== "string") {
        ds.push(appConfigNotLiteral(value.node, `${at}.${key}`, "a string"));
      } else if (!/^[A-Za-z0-9_.*/+-]+$/.test(value.value)) {
        ds.push(appIntentFilter(value.node, `${at}.${key}`, `is "${value.value}": it must be a non-empty word without spaces`));
      } else {
        filter[key] = value.value;
      }
    }
    if (!f.props.has("action")) ds.push(appConfigMissingField(f.node, `${at}.action`));
    const key = JSON.stringify(filter);
    if (seen.has(key)) ds.push(appIntentFilter(f.node, at, "repeats an earlier filter"));
    seen.add(key);
    out.push(filter);
  });
  return out;
}

/** One launcher entry at most: the firmware starts the first activity with main/launcher. */
function checkLaunchers(components: Component[], ds: Diagnostic[]) {
  const launchers = components.filter((c) => c.kind === "activity" && c.intentFilters.some((f) => f.action === "main" && f.category === "launcher"));
  for (const extra of launchers.slice(1)) {
    ds.push(appIntentFilter(extra.node, "intent_filters", "makes a second launcher activity: the firmware only starts the first one with { action: \"main\", category: \"launcher\" }"));
  }
}
