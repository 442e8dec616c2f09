// Names a TypeScript identifier may not keep in Python: keywords, builtins the emitted code relies
// on, and the prefixes the compiler reserves for its own temporaries and helpers.

export const PYTHON_KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
  "match", "case", "_",
]);

// MicroPython's builtins plus the module names the compiler imports implicitly. Shadowing any of
// them in user code could change what emitted code means, so user identifiers are renamed.
export const PYTHON_BUILTINS = new Set([
  "abs", "all", "any", "bin", "bool", "bytearray", "bytes", "callable", "chr", "classmethod",
  "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter",
  "float", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int",
  "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min",
  "next", "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed",
  "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple",
  "type", "zip", "self", "cls", "NotImplemented", "Ellipsis", "BaseException", "Exception",
  "ArithmeticError", "AssertionError", "AttributeError", "EOFError", "GeneratorExit", "ImportError",
  "IndentationError", "IndexError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
  "NameError", "NotImplementedError", "OSError", "OverflowError", "RuntimeError", "StopIteration",
  "StopAsyncIteration", "SyntaxError", "SystemExit", "TypeError", "ValueError", "ZeroDivisionError",
  "math", "sys", "gc", "time", "asyncio", "collections", "json", "re", "os", "io", "struct",
  "micropython", "random", "__name__", "__file__", "__init__", "__class__", "default",
]);

/** True when the compiler owns names of this shape (temporaries `_t3`, helpers `js_*`, `_o1`...). */
export function isReservedShape(id: string): boolean {
  return /^_(t|o|f|m|e|c|r)\d+$/.test(id) || /^js_/.test(id) || /^__\w+__$/.test(id);
}

/** The Python spelling of a TypeScript identifier. Stable: every module agrees on it, exports included. */
export function pythonName(id: string): string {
  if (id.startsWith("#")) id = "_p_" + id.slice(1);
  // `$` is legal in JS identifiers, not in Python ones.
  if (id.includes("$")) id = id.replace(/\$/g, "S_");
  // Non-ASCII identifiers are legal in both, but MicroPython only accepts ASCII ones.
  if (/[^\x00-\x7f]/.test(id)) id = Array.from(id, (c) => (c.charCodeAt(0) < 128 ? c : `U${c.codePointAt(0)!.toString(16)}_`)).join("");
  if (PYTHON_KEYWORDS.has(id) || PYTHON_BUILTINS.has(id) || isReservedShape(id)) return id + "_";
  return id;
}

/**
 * The attribute a JS property name becomes, or null when it cannot be written `obj.attr` in Python
 * (keywords, dunders, names that are not identifiers): such properties go through getattr/setattr
 * with the JS name itself, so that enumeration still sees the JS key.
 */
export function plainAttr(id: string): string | null {
  if (id.startsWith("#")) return "_p_" + id.slice(1);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(id)) return null;
  // `o.__x` written inside a class body would be name-mangled by Python (`o._C__x`).
  if (PYTHON_KEYWORDS.has(id) || id.startsWith("__") || id.startsWith("_js")) return null;
  return id;
}
