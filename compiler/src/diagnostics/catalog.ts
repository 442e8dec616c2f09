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

// ---- 1100s: operators, numbers, strings as values, truthiness ----
export const targetChangedByValue = define(1101, "target-changed-by-value",
  "JavaScript evaluates an assignment target's object and index before the assigned value; Python evaluates the value first. When the value reassigns a variable the target uses, the two orders differ.",
  (name: string) => `The assigned value changes '${name}', which the assignment target uses; compute the value in a separate statement first.`);

export const loneSurrogate = define(1102, "lone-surrogate",
  "MicroPython strings are UTF-8 and cannot hold a lone UTF-16 surrogate the way a JavaScript string can.",
  () => "A string containing a lone UTF-16 surrogate ('\\uD800'-'\\uDFFF' without its pair) is not supported.");

// ---- 1300s: classes and enums ----
export const decorators = define(1301, "decorators",
  "TypeScript 5 standard decorators are supported on classes, methods, accessors and fields; parameter decorators and `experimentalDecorators` (legacy semantics) are not.",
  (what = "Parameter decorators and experimentalDecorators") => `${what} are not supported by tsmpy; use standard decorators on classes, methods, accessors and fields.`);
export const accessorKeyword = define(1302, "accessor-field",
  "Auto-accessor fields (`accessor x`) create hidden storage plus a getter/setter pair; not lowered yet.",
  () => "'accessor' fields are not supported; write a getter and a setter.");
export const classIndexSignature = define(1303, "class-index-signature",
  "A class instance is a Python object with fixed attributes; arbitrary keys on it would need dictionary semantics tsmpy does not give class instances.",
  () => "Index signatures in classes are not supported; use a Map or a Record field.");
export const superPlacement = define(1304, "super-call-placement",
  "Field initialisers run right after `super(...)` returns; tsmpy places them after a `super(...)` statement at the top level of the constructor body only.",
  () => "'super(...)' must be a statement at the top level of the constructor body when the class has field initialisers or parameter properties.");
export const computedMemberName = define(1305, "computed-member-name",
  "Class members with computed names (`[key]()`, symbols) are created at run time under keys tsmpy cannot name statically.",
  () => "Computed member names in classes are not supported.");
export const privateNameClash = define(1306, "private-name-clash",
  "Private names are stored as attributes; a class and one of its base classes declaring the same `#name` would share one attribute.",
  (n: string) => `The private name '${n}' is also declared by a base class; rename one of them.`);
export const fieldOverridesAccessor = define(1307, "field-overrides-accessor",
  "A field that redefines a base class accessor makes an own property in JavaScript, but Python's property on the base class would intercept the assignment.",
  (n: string) => `The field '${n}' redefines an accessor of a base class; this is not supported.`);
export const unsupportedClassMember = define(1308, "unsupported-class-member",
  "A class member form with no faithful lowering yet (static accessors, async or generator methods, members named like Python internals).",
  (what: string) => `${what} is not supported by tsmpy.`);
export const unsupportedSuper = define(1309, "unsupported-super",
  "`super` is supported for constructor calls, method calls and accessor reads/writes; other forms (fields through super, `super[x]`, super outside a class) are refused.",
  (what: string) => `${what} is not supported by tsmpy.`);
export const unsupportedBaseClass = define(1310, "unsupported-base-class",
  "Only classes compiled from this program, the JavaScript Error classes and the Python classes of device stubs (mpos `Activity`, `Service`) can be extended: built-in types (Array, Map, ...) are Python types whose behaviour differs when subclassed.",
  (what: string) => `Extending ${what} is not supported; extend a class of your program, a device stub class or Error.`);
export const constructorReturn = define(1311, "constructor-return",
  "A constructor returning an object replaces the new instance in JavaScript; Python's __init__ cannot.",
  () => "Returning a value from a constructor is not supported.");
export const unsupportedEnum = define(1312, "unsupported-enum",
  "Enum forms whose JavaScript object tsmpy does not reproduce (merged declarations, computed members that refer to other members).",
  (what: string) => `${what} is not supported by tsmpy.`);

export const decoratorFunctionType = define(1320, "decorator-function-type",
  "A decorated method or accessor is a Python function taking `this` first; a decorator must say so in its types (the value parameter and the returned function typed with a `this` parameter, the context not `any`), or tsmpy cannot call it faithfully.",
  (what: string) => `${what}; type it as a function with a 'this' parameter, e.g. '(this: any, ...args: any[]) => any'.`);
export const decoratorContextMember = define(1321, "decorator-context-member",
  "`context.access` and `context.metadata` of a decorator context give reflective access tsmpy does not reproduce; `kind`, `name`, `static`, `private` and `addInitializer` are supported.",
  (member: string) => `'context.${member}' of a decorator context is not supported by tsmpy.`);
export const functionThisCall = define(1322, "function-this-call",
  "A function whose type declares `this` takes it as its first Python parameter; calling one where tsmpy cannot tell which convention the callee follows (an `any` or `Function` value, a function stored in an object property) could pass the wrong arguments.",
  (what: string) => `${what} is not supported by tsmpy; give the function a type that says whether it takes 'this'.`);
export const decoratedClassStatics = define(1323, "decorated-class-statics",
  "A class decorator that may return a replacement class runs before static fields and static blocks are evaluated in TypeScript's output, which then see two different classes; tsmpy refuses the combination.",
  () => "A class decorator that may replace the class is not supported on a class with static fields or static blocks.");
export const decoratedClassInLoop = define(1324, "decorated-class-in-loop",
  "A decorated class keeps its decorators' initializer lists in variables of the enclosing scope; a class declared in a loop body would see the last iteration's lists from instances made earlier.",
  () => "A decorated class declared inside a loop is not supported; declare it outside the loop or in a function.");

// ---- 1400s: objects, property access, destructuring, console output ----
export const objectAccessor = define(1401, "object-literal-accessor",
  "Object literal members with no faithful lowering yet: accessors together with spread, computed keys or a record type.",
  (what?: string) => `${what ?? "This object literal member"} is not supported by tsmpy.`);
export const objectReservedKey = define(1402, "object-reserved-key",
  "Property keys that Python or tsmpy's helpers reserve (`__proto__`, dunder names, names starting with `_js`) would change the object's behaviour.",
  (key: string, why: string) => `The property '${key}' is not supported here: ${why}.`);
export const printFunctionValue = define(1403, "print-function-value",
  "Node prints functions with the name JavaScript infers for them, which the device cannot always know; print functions declared with a name, or print something else.",
  () => "Printing this function value (or an object holding one) with console.log is not supported.");
export const printUnsupportedValue = define(1404, "print-unsupported-value",
  "Node prints this kind of value in a way tsmpy's console formatter does not reproduce.",
  (type: string) => `Printing a value of type '${type}' with console.log is not supported.`);
export const unsupportedDestructuring = define(1405, "unsupported-destructuring",
  "A destructuring form tsmpy does not lower faithfully.",
  (what: string) => `${what} is not supported by tsmpy.`);
export const unsupportedPropertyAccess = define(1406, "unsupported-property-access",
  "A property access whose object representation cannot be decided at compile time.",
  (what: string) => `${what} is not supported by tsmpy.`);

// ---- 1600s: the JavaScript built-in library ----
export const builtinArgument = define(1601, "builtin-argument",
  "A built-in called with an argument form whose JavaScript behaviour tsmpy does not reproduce (a replacer function, a this-argument, an unusual source).",
  (member: string, expected: string) => `'${member}' is only supported with ${expected}.`);
export const regexArgument = define(1602, "regex-argument",
  "Regular expressions are not lowered yet; string methods accept plain string patterns.",
  (member: string) => `A regular expression argument to '${member}' is not supported; use a string pattern.`);
export const localeCompare = define(1603, "locale-compare",
  "Node compares strings with ICU collation, which the device does not have.",
  () => "'localeCompare' is not supported; compare with '<' and '>' instead.");
export const wellKnownSymbol = define(1604, "well-known-symbol",
  "Of the well-known symbols only Symbol.iterator is lowered (to the Python iteration protocol); async iteration and the others have no MicroPython counterpart.",
  (name: string) => `'Symbol.${name}' is not supported; only 'Symbol.iterator' is.`);
export const regexSyntax = define(1606, "regex-syntax",
  "Regular expressions run on MicroPython's re module (re1.5, a small backtracking engine over bytes), which lacks word boundaries, backreferences, lookaround, named groups, flags, and differs from JS in a few corners; what it cannot do exactly as JS does is refused.",
  (feature: string) => `A regular expression with ${feature} is not supported.`);
export const regexDynamic = define(1607, "regex-dynamic",
  "Regular expressions are translated for MicroPython's re when the program is compiled; a pattern or flags known only at run time cannot be.",
  (what: string) => `${what} is not supported; write a regular expression literal or new RegExp with constant strings.`);
export const regexNotGlobal = define(1608, "regex-not-global",
  "String.prototype.matchAll and replaceAll throw a TypeError in JS when given a RegExp without the g flag.",
  (member: string) => `'${member}' with a regular expression requires the 'g' flag (JS throws a TypeError).`);
export const iteratorAccess = define(1605, "iterator-access",
  "`x[Symbol.iterator]` is read only from classes and object literals of the program, which define it; built-in values iterate natively and have no such member on the device.",
  (type: string) => `Reading '[Symbol.iterator]' of a value of type '${type}' is not supported; iterate it with for-of or spread.`);

// ---- 1700s: device stubs ----
export const kwargsArgument = define(1701, "kwargs-argument",
  "A parameter typed `Kwargs<...>` (stubs/_python.d.ts) is passed as Python keyword arguments, whose names must be known at compile time: only an object literal of plain `name: value` (or shorthand) properties is accepted there.",
  (what: string) => `A keyword-argument object must be an object literal with plain properties; ${what} is not supported here.`);

// ---- 1800s: async functions, Promises, asyncio ----
export const asyncGenerator = define(1801, "async-generator",
  "Async generator functions (`async function*`) need JavaScript's async-generator request queue, whose job ordering tsmpy does not reproduce; write an async function that returns an array, or a generator of Promises.",
  () => "Async generator functions are not supported by tsmpy; return an array from an async function, or yield Promises from a plain generator.");
export const forAwaitIterable = define(1802, "for-await-iterable",
  "`for await` is compiled over arrays (of values and Promises), with Node's job count per step; over other iterables (async iterables, generators, Maps, Sets, strings) it is refused.",
  (type: string) => `'for await' over a value of type '${type}' is not supported by tsmpy; iterate an array (Array.from(...) first).`);

// ---- 1500s: modules ----
export const moduleNameCollision = define(1501, "module-name-collision",
  "Two files would become the same Python module (after spelling path segments as Python identifiers), or a module and a folder share a name; one would hide the other on the device.",
  (mod: string, other: string) => `The module name '${mod}' is also the Python name of '${other}'; rename one of them.`);
export const namespaceAsValue = define(1502, "namespace-import-as-value",
  "A module namespace object (`import * as ns`) is compiled to direct accesses `ns.member`; using the namespace itself as a value would need a JavaScript module object.",
  () => "A namespace import can only be used to access its members ('ns.member').");
export const commonJsModuleSyntax = define(1503, "commonjs-module-syntax",
  "`export =` and `import x = require()` are CommonJS interop forms; use ES module syntax.",
  (what: string) => `'${what}' is not supported; use ES module imports and exports.`);
export const unsupportedImportBinding = define(1504, "unsupported-import-binding",
  "An imported name that is neither a value declared in a project module nor a device module export (for example a namespace re-exported with `export * as ns`).",
  (name: string) => `Cannot compile the import of '${name}': it does not name a value declared in a project module.`);
export const deviceReExport = define(1505, "device-module-re-export",
  "Re-exporting a device module's members would need a Python module to hold them; import them from the device module where they are used.",
  () => "Re-exporting from a device module is not supported; import from it directly.");

// ---- 1200s: control flow, functions, closures, exceptions ----
export const loopCaptureUnsupported = define(1201, "loop-capture-unsupported",
  "A closure made in a loop captures a per-iteration binding in a way tsmpy cannot give each iteration its own copy of (a closure in a for-loop head, a class member, a function declared before the binding).",
  (name: string, why: string) => `Closure captures loop variable '${name}', but ${why}; tsmpy cannot give it this iteration's value.`);

// ---- 2300s: apps (apps/<fullname>/app.config.ts, `tsmpy compile`, `tsmpy new app`) ----
export const appConfigShape = define(2301, "app-config-shape",
  "An app is described by its app.config.ts, read without running it: the file must end with `export default defineApp({...})` (from \"tsmpy/app\") around an object literal.",
  (why: string) => `app.config.ts must export default defineApp({ ... }): ${why}.`);
export const appConfigNotLiteral = define(2302, "app-config-not-literal",
  "The manifest is written from app.config.ts without running it, so each value must be written out: a string, an array or object literal, or (for `activity`/`service`) an imported class.",
  (field: string, expected: string) => `'${field}' must be ${expected} written out in app.config.ts (it is read, not run).`);
export const appConfigMissingField = define(2303, "app-config-missing-field",
  "A field MicroPythonOS needs in the manifest is missing from app.config.ts.",
  (field: string) => `'${field}' is missing from the app description.`);
export const appConfigUnknownField = define(2304, "app-config-unknown-field",
  "A field app.config.ts does not know (a misspelling would otherwise silently drop it from the manifest).",
  (field: string, known: string) => `Unknown field '${field}'; expected one of: ${known}.`);
export const appConfigBadValue = define(2305, "app-config-bad-value",
  "A field of app.config.ts breaks a rule of the manifest format (fullname, version, category, descriptions).",
  (field: string, why: string) => `'${field}' ${why}.`);
export const appFolderMismatch = define(2306, "app-folder-mismatch",
  "An app's folder is named after its fullname (apps/<fullname>/), so that the folder tells which app it holds.",
  (fullname: string, folder: string) => `'fullname' is "${fullname}" but the app lives in apps/${folder}/; rename the folder to apps/${fullname}/ or change the fullname.`);
export const appComponentClass = define(2307, "app-component-class",
  "The firmware imports an activity's or service's module and looks the class up by name: it must be a named class declared at the top level of one of the app's own modules, extending mpos Activity (activities) or Service (services).",
  (field: string, why: string) => `'${field}' ${why}.`);
export const appIntentFilter = define(2308, "app-intent-filter",
  "An intent filter the firmware would never match (an empty action, a service with a launcher category, a duplicate, a malformed file pattern).",
  (field: string, why: string) => `'${field}' ${why}.`);
export const appIcon = define(2309, "app-icon",
  "MicroPythonOS shows icon_64x64.png from the app's root: the icon must be a PNG file of 64x64 pixels inside the app folder.",
  (field: string, why: string) => `'${field}': ${why}.`);
export const appModuleOutside = define(2310, "app-module-outside",
  "An app is copied to the device as one folder: its modules can import device modules, `servicekit` and its own files, not files of another folder or app.",
  (file: string) => `This app imports ${file}, which is outside its folder; move the module into the app (or into a device library).`);
export const appNameCollision = define(2311, "app-name-collision",
  "Two apps would get the same device folder and Python package name (a fullname with dots and underscores swapped).",
  (fullname: string, other: string, pkg: string) => `App ${fullname} and app ${other} both become the package '${pkg}' on the device; rename one.`);
export const appConfigImported = define(2312, "app-config-module-imported",
  "`tsmpy/app` describes apps for the compiler and has no code on the device: only app.config.ts may import it.",
  () => `Only app.config.ts may import "tsmpy/app" (it exists at compile time only).`);
export const noApps = define(2313, "no-apps",
  "`tsmpy compile` builds the apps under apps/<fullname>/app.config.ts.",
  (where: string) => `No apps found: no ${where}/*/app.config.ts. Create one with 'tsmpy new app com.example.myapp'.`);
export const newAppExists = define(2314, "new-app-exists",
  "`tsmpy new app` never overwrites: the app folder must not exist yet.",
  (dir: string) => `${dir} already exists; choose another fullname or remove the folder.`);
export const badAppFullname = define(2315, "bad-app-fullname",
  "An app's fullname is a lower-case reverse-domain name of at least two parts, each a Python identifier (it becomes the app's Python package name).",
  (name: string, why: string) => `'${name}' is not a valid app fullname: ${why}. Example: com.example.weather.`);
export const appWithoutComponents = define(2316, "app-without-components",
  "An app the firmware can start declares at least one activity or service.",
  () => `The app declares no 'activities' and no 'services'.`);

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
export const noTsconfig = define(2004, "no-tsconfig",
  "`tsmpy build` compiles a project described by a tsconfig.json.",
  (where: string) => `No tsconfig.json found in ${where} or above it; pass one with -p.`);
export const badOutDir = define(2005, "bad-out-dir",
  "The output directory is replaced as a whole by each build; it must not hold the project's sources or anything else that is not build output.",
  (dir: string, why: string) => `Refusing to use ${dir} as the output directory: ${why}.`);
// ---- 2100s: building the device runtime (runtime-ts/, compiler/src/runtime-build.ts) ----
export const runtimeMissing = define(2101, "runtime-missing",
  "The device runtime is compiled from runtime-ts/ in the tsmpy package; it is not there.",
  (where: string) => `The device runtime's sources are missing: no ${where}.`);
export const runtimeCompileFailed = define(2102, "runtime-compile-failed",
  "The device runtime (runtime-ts/) did not compile; its own diagnostics follow.",
  (count: number) => `The device runtime failed to compile (${count} error${count === 1 ? "" : "s"}).`);
export const unknownRuntimeTarget = define(2103, "unknown-runtime-target",
  "A runtime build is for a stock MicroPython board (`micropython`) or a MicroPythonOS device (`mpos`).",
  (target: string) => `Unknown runtime target '${target}': expected 'micropython' or 'mpos'.`);
export const mposShadowed = define(2104, "mpos-shadowed",
  "A build for a MicroPythonOS device must not contain an `mpos` package or module: it would shadow the firmware's own and break the system.",
  (file: string) => `${file} would shadow MicroPythonOS's frozen mpos package on the device; a build for target 'mpos' must not contain it.`);
// ---- 2200s: devices (tsmpy deploy, device, sim) ----
export const badPort = define(2201, "bad-port",
  "A port names a serial device (`/dev/ttyUSB0`) or a TCP endpoint (`host:port`, `socket://host:port`).",
  (port: string) => `'${port}' is not a port: use a serial device such as /dev/ttyUSB0, or host:port, or socket://host:port.`);
export const deviceUnreachable = define(2202, "device-unreachable",
  "The port could not be opened: nothing listens there, the serial device is missing or busy.",
  (port: string, why: string) => `Cannot open ${port}: ${why}.`);
export const deviceTimeout = define(2203, "device-timeout",
  "The board did not answer in time (it may be running a program that ignores Ctrl-C, or be another device).",
  (port: string, what: string, seconds: number) => `${port} did not answer while ${what} (waited ${seconds} s).`);
export const deviceProtocol = define(2204, "device-protocol",
  "The board answered something that is not MicroPython's raw REPL protocol.",
  (port: string, what: string, got: string) => `Unexpected answer from ${port} while ${what}: ${got}.`);
export const deviceException = define(2205, "device-exception",
  "Code that the transport ran on the board raised an exception (the board's traceback follows).",
  (what: string, traceback: string) => `The device raised an exception while ${what}:\n${traceback}`);
export const deviceDisconnected = define(2206, "device-disconnected",
  "The connection to the board closed in the middle of an operation (unplugged, reset, or the virtual device stopped).",
  (port: string, what: string) => `The connection to ${port} closed while ${what}.`);
export const serialSetup = define(2207, "serial-setup",
  "The built-in transport configures a serial port with `stty` (no native modules); that failed.",
  (port: string, why: string) => `Cannot configure the serial port ${port}: ${why}.`);
export const mpremoteMissing = define(2208, "mpremote-missing",
  "`tsmpy deploy` runs the `mpremote` tool unless `--via builtin` is given.",
  () => "mpremote was not found on PATH. Install it with 'pipx install mpremote' (or 'pip install --user mpremote'), or deploy without Python: tsmpy deploy --via builtin.");
export const mpremoteFailed = define(2209, "mpremote-failed",
  "An `mpremote` command that deploy ran exited with an error; its output is shown.",
  (exit: string, command: string, output: string) => `mpremote failed (${exit}) running: ${command}\n${output}`);
export const deployShadowsFrozen = define(2210, "deploy-shadows-frozen",
  "MicroPythonOS freezes its `mpos` package into the firmware; a `lib/mpos/` on the file system would shadow it, so the mpos target never deploys one.",
  (files: string) => `Refusing to deploy ${files}: lib/mpos/ would shadow the firmware's frozen mpos package (target mpos). Build for --target micropython, or remove it from the tree.`);
export const deployNoTree = define(2211, "deploy-no-tree",
  "Deploy copies a built device tree; build it first (`npm run compile` or `tsmpy build`).",
  (dir: string, why: string) => `Nothing to deploy from ${dir}: ${why}.`);
export const deviceListen = define(2212, "device-listen",
  "`tsmpy device` listens on a loopback TCP port; that port could not be used.",
  (port: string, why: string) => `Cannot listen on 127.0.0.1:${port}: ${why}.`);
export const deviceUsage = define(2213, "device-usage",
  "A device command was given an option value it does not accept.",
  (message: string) => message);
export const internalError = define(2999, "internal-error",
  "A compiler defect: it is reported at the node being compiled instead of crashing.",
  (what: string) => `Internal compiler error: ${what}. Please report this with the code that caused it.`);
