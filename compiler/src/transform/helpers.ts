// The runtime helpers the emitted code may import, and the module of the `tsmpy` device package
// that defines each. A helper is imported only by the modules that use it, and the package is only
// written to the output when some module imports from it.
//
// Helper names start with `js_` (user identifiers of that shape are renamed), except the JS error
// classes, which keep their JavaScript names so that `class MyError(Error)` reads naturally.
export const HELPERS: Record<string, string> = {
  // tsmpy.num: JavaScript number semantics
  js_num_str: "tsmpy.num", // String(n) for a number
  js_div: "tsmpy.num", // a / b with JS results for division by zero
  js_mod: "tsmpy.num", // a % b with the sign of the dividend; NaN for % 0
  js_pow: "tsmpy.num", // a ** b
  js_toint32: "tsmpy.num", // ToInt32
  js_touint32: "tsmpy.num", // ToUint32 (>>> 0)
  js_shl: "tsmpy.num", // a << b
  js_sar: "tsmpy.num", // a >> b
  js_shr: "tsmpy.num", // a >>> b
  js_round: "tsmpy.num", // Math.round
  js_to_number: "tsmpy.num", // Number(x), unary +
  js_nan: "tsmpy.num",
  js_inf: "tsmpy.num",
  // tsmpy.value: null, truthiness, typeof, equality, String()
  js_null: "tsmpy.value",
  js_truthy: "tsmpy.value",
  js_typeof: "tsmpy.value",
  js_str: "tsmpy.value", // String(x) for any value
  js_eq: "tsmpy.value", // === when the static types do not settle it
  js_add: "tsmpy.value", // + when the static types do not settle it
  js_get: "tsmpy.value", // xs[i] / s[i] that yields undefined out of range
  // tsmpy.obj: plain objects with JS key order
  js_Obj: "tsmpy.obj",
  js_keys: "tsmpy.obj",
  js_values: "tsmpy.obj",
  js_entries: "tsmpy.obj",
  js_assign: "tsmpy.obj",
  js_spread: "tsmpy.obj",
  js_in: "tsmpy.obj",
  js_getprop: "tsmpy.obj",
  js_setprop: "tsmpy.obj",
  js_delprop: "tsmpy.obj",
  js_rest: "tsmpy.obj", // {a, ...rest} = o: the remaining own keys
  js_aslist: "tsmpy.obj", // an iterable as a list, for array destructuring
  // tsmpy.errors: the Error hierarchy and throwing arbitrary values
  Error: "tsmpy.errors",
  TypeError: "tsmpy.errors",
  RangeError: "tsmpy.errors",
  SyntaxError: "tsmpy.errors",
  ReferenceError: "tsmpy.errors",
  js_throw: "tsmpy.errors", // the exception to raise for a thrown value
  js_caught: "tsmpy.errors", // the JS value of a caught exception
  // tsmpy.console
  js_log: "tsmpy.console",
  js_error: "tsmpy.console",
  js_inspect: "tsmpy.console",
  js_fmt: "tsmpy.console", // one console.log argument: strings raw, other values inspected
  js_logfmt: "tsmpy.console", // a run-time first argument: refuses %-directives at run time
};
