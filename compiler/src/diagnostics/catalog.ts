// The catalog of tsmpy's own diagnostics: one factory per code, codes stable forever.
// docs/dialect.md lists every entry (a test checks it), so a new code means a new line there.
import { ts } from "ts-morph";

type Node = ts.Node;

export type Category = "error" | "warning";

export interface DiagnosticTemplate {
  code: number;
  category: Category;
  /** Short name used in docs and tests. */
  name: string;
  /** Why it is refused, for docs/dialect.md. */
  why: string;
}

export interface Diagnostic {
  code: string; // "TSMPY1001" or "TS2322"
  category: Category;
  message: string;
  file?: string;
  line?: number; // 1-based
  column?: number; // 1-based
  /** The source line, for the code frame. */
  sourceLine?: string;
  length?: number;
}

const templates = new Map<number, DiagnosticTemplate>();

/** Declares a code; the returned factory builds the diagnostic at a node. */
function define<A extends unknown[]>(code: number, name: string, why: string, message: (...args: A) => string, category: Category = "error") {
  if (templates.has(code)) throw new Error(`duplicate diagnostic code ${code}`);
  templates.set(code, { code, category, name, why });
  const factory = (node: Node | undefined, ...args: A): Diagnostic => at(node, { code: `TSMPY${code}`, category, message: message(...args) });
  return Object.assign(factory, { code: `TSMPY${code}` });
}

export function at(node: Node | undefined, d: Diagnostic): Diagnostic {
  if (!node) return d;
  const sf = node.getSourceFile();
  const start = node.getStart(sf);
  const lc = sf.getLineAndCharacterOfPosition(start);
  const line = lc.line + 1;
  const column = lc.character + 1;
  const text = sf.text;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = text.indexOf("\n", start);
  if (lineEnd < 0) lineEnd = text.length;
  return {
    ...d,
    file: sf.fileName,
    line,
    column,
    sourceLine: text.slice(lineStart, lineEnd).replace(/\r$/, ""),
    length: Math.max(1, Math.min(node.getEnd(), lineEnd) - start),
  };
}

export function allTemplates(): DiagnosticTemplate[] {
  return [...templates.values()].sort((a, b) => a.code - b.code);
}

// ---- 1000s: constructs outside the dialect ----
export const unsupportedSyntax = define(1001, "unsupported-syntax",
  "A syntax kind with no faithful MicroPython translation yet; refusing beats guessing.",
  (kind: string) => `${kind} is not supported by tsmpy.`);
export const varDeclaration = define(1002, "var",
  "`var` is function-scoped and hoisted; use `let` or `const`, whose block scoping tsmpy reproduces.",
  () => "'var' is not supported; use 'let' or 'const'.");
export const withStatement = define(1003, "with",
  "`with` makes every name lookup dynamic; there is no Python equivalent.",
  () => "'with' statements are not supported.");
export const evalCall = define(1004, "eval",
  "The device has no JavaScript engine to evaluate code at run time.",
  () => "'eval' and 'new Function' are not supported.");
export const argumentsObject = define(1005, "arguments",
  "`arguments` is a JavaScript engine object; use rest parameters (`...args`).",
  () => "'arguments' is not supported; use a rest parameter.");
export const unsupportedFeature = define(1006, "unsupported-feature",
  "A feature tsmpy refuses rather than translating with different behaviour.",
  (what: string, hint?: string) => `${what} is not supported by tsmpy${hint ? `: ${hint}` : "."}`);
export const unsupportedBuiltin = define(1007, "unsupported-builtin",
  "A built-in member with no faithful lowering yet; calling it would fail or differ on the device.",
  (owner: string, member: string) => `'${owner}.${member}' is not supported by tsmpy yet.`);
export const looseEquality = define(1008, "loose-equality",
  "`==` and `!=` coerce their operands by rules Python does not share; only `== null` / `!= null` and same-type comparisons are accepted.",
  () => "Loose equality between values of different types is not supported; use '===' or '!=='.");
export const capturedLoopVariableMutated = define(1009, "captured-loop-variable-mutated",
  "A closure captures a per-iteration binding that is also reassigned; Python closures share one variable, so this cannot be reproduced faithfully.",
  (name: string) => `Closure captures loop variable '${name}', which is reassigned in the loop body.`);
export const thisOutsideMethod = define(1010, "this-outside-method",
  "`this` in a plain function depends on how it is called; tsmpy supports `this` in class members and arrow functions inside them.",
  () => "'this' is only supported inside class members and arrow functions within them.");
export const dynamicImport = define(1011, "dynamic-import",
  "Modules are resolved at compile time and copied to the device as files.",
  () => "Dynamic 'import()' and 'require' are not supported.");
export const unsupportedOperatorType = define(1012, "unsupported-operator-type",
  "An operator applied to a type whose JavaScript coercion tsmpy does not reproduce.",
  (op: string, type: string) => `Operator '${op}' is not supported on values of type '${type}'.`);
export const consoleFormat = define(1013, "console-format",
  "console.log's %-format directives are not reproduced; use a template literal.",
  () => "Format directives in console.log's first argument are not supported; use a template literal.");
export const moduleNotFound = define(1014, "module-not-found",
  "An import that resolves to neither a project file nor a device stub.",
  (spec: string) => `Cannot compile import of '${spec}': it is neither a project file nor a device module.`);
export const printError = define(1015, "print-error-object",
  "Node prints an Error with its stack trace, which cannot match a device's; print `err.message` or `String(err)`.",
  () => "Printing an Error object with console.log is not supported; print 'err.message' or 'String(err)'.");
export const unsupportedDeclaration = define(1016, "unsupported-declaration",
  "A declaration form (namespaces, declare global, ...) with no device equivalent.",
  (what: string) => `${what} declarations are not supported.`);
export const reservedModuleName = define(1017, "reserved-module-name",
  "A module whose Python name equals a MicroPython built-in module would be shadowed by it on the device.",
  (mod: string) => `The module name '${mod}' collides with a MicroPython built-in module; rename the file.`);
export const labelledStatement = define(1018, "labelled-statement",
  "Labels are only meaningful on loops.",
  () => "Labels are only supported on loops.");

// ---- 2000s: project and command-line problems ----
export const noInputFiles = define(2001, "no-input-files",
  "The project has nothing to compile.",
  (where: string) => `No TypeScript files found in ${where}.`);
export const fileNotFound = define(2002, "file-not-found",
  "A file named on the command line does not exist.",
  (file: string) => `File not found: ${file}`);
export const badTsconfig = define(2003, "bad-tsconfig",
  "The tsconfig.json could not be read.",
  (file: string, why: string) => `Cannot read ${file}: ${why}`);
export const internalError = define(2999, "internal-error",
  "A compiler defect: it is reported at the node being compiled instead of crashing.",
  (what: string) => `Internal compiler error: ${what}. Please report this with the code that caused it.`);
