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
  js_band: "tsmpy.num", // a & b
  js_bor: "tsmpy.num", // a | b
  js_bxor: "tsmpy.num", // a ^ b
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
  // tsmpy.mapset: Map and Set with JS order, SameValueZero keys and live iteration
  js_Map: "tsmpy.mapset",
  js_Set: "tsmpy.mapset",
  js_MISS: "tsmpy.mapset", // the entry m.get(k) reads for a missing key (inline fast path)
  // tsmpy.obj: plain objects with JS key order
  js_Obj: "tsmpy.obj",
  js_setlen: "tsmpy.obj", // xs.length = n (truncation; RangeError; growth refused)
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
  js_oset: "tsmpy.obj", // object.__setattr__, for shape constructors
  js_setidx: "tsmpy.obj", // xs[i] = v for a non-negative int index, extending the list past its end
  // tsmpy.array: Array methods (and Object.fromEntries)
  js_int_arg: "tsmpy.array", // ToIntegerOrInfinity of an index argument
  js_slice: "tsmpy.array", // xs.slice / s.slice with JS index rules
  js_push: "tsmpy.array",
  js_unshift: "tsmpy.array",
  js_pop: "tsmpy.array",
  js_shift: "tsmpy.array",
  js_splice: "tsmpy.array",
  js_index_of: "tsmpy.array",
  js_last_index_of: "tsmpy.array",
  js_includes: "tsmpy.array", // SameValueZero (NaN found)
  js_join: "tsmpy.array",
  js_reverse: "tsmpy.array",
  js_concat: "tsmpy.array",
  js_at: "tsmpy.array", // xs.at / s.at
  js_fill: "tsmpy.array",
  js_flat: "tsmpy.array",
  js_new_array: "tsmpy.array", // new Array(n)
  js_array_len: "tsmpy.array", // n of new Array(n), checked
  js_map: "tsmpy.array",
  js_filter: "tsmpy.array",
  js_for_each: "tsmpy.array",
  js_flat_map: "tsmpy.array",
  js_reduce: "tsmpy.array",
  js_reduce_right: "tsmpy.array",
  js_find: "tsmpy.array",
  js_find_index: "tsmpy.array",
  js_find_last: "tsmpy.array",
  js_find_last_index: "tsmpy.array",
  js_some: "tsmpy.array",
  js_every: "tsmpy.array",
  js_array_from: "tsmpy.array",
  js_sort: "tsmpy.array", // stable; default order compares String(x)
  js_sort_num: "tsmpy.array", // sort((a, b) => a - b) on numbers
  js_from_entries: "tsmpy.array", // Object.fromEntries as a record (OrderedDict)
  js_from_entries_obj: "tsmpy.array", // Object.fromEntries as a js_Obj
  // tsmpy.string: String methods
  js_char_at: "tsmpy.string",
  js_char_code_at: "tsmpy.string",
  js_code_point_at: "tsmpy.string",
  js_str_index_of: "tsmpy.string",
  js_str_last_index_of: "tsmpy.string",
  js_substring: "tsmpy.string",
  js_substr: "tsmpy.string",
  js_split: "tsmpy.string",
  js_starts_with: "tsmpy.string",
  js_ends_with: "tsmpy.string",
  js_pad_start: "tsmpy.string",
  js_pad_end: "tsmpy.string",
  js_repeat: "tsmpy.string",
  js_replace: "tsmpy.string", // string pattern; $-patterns and function replacements
  js_replace_all: "tsmpy.string",
  js_from_char_code: "tsmpy.string",
  js_str_concat: "tsmpy.string",
  js_ws: "tsmpy.string", // JS whitespace, for strip()
  js_upper: "tsmpy.string", // toUpperCase beyond ASCII
  js_lower: "tsmpy.string", // toLowerCase beyond ASCII (final sigma included)
  // tsmpy.jsmath: Math and Number functions with JS results for Infinity/NaN/domain errors
  js_floor: "tsmpy.jsmath",
  js_ceil: "tsmpy.jsmath",
  js_trunc: "tsmpy.jsmath",
  js_mround: "tsmpy.jsmath", // Math.round, -0 included
  js_math_fn: "tsmpy.jsmath", // a one-argument Math function used as a value (one object per name)
  js_sign: "tsmpy.jsmath",
  js_sqrt: "tsmpy.jsmath",
  js_cbrt: "tsmpy.jsmath",
  js_ln: "tsmpy.jsmath", // Math.log
  js_log2: "tsmpy.jsmath",
  js_log10: "tsmpy.jsmath",
  js_exp: "tsmpy.jsmath",
  js_sin: "tsmpy.jsmath",
  js_cos: "tsmpy.jsmath",
  js_tan: "tsmpy.jsmath",
  js_asin: "tsmpy.jsmath",
  js_acos: "tsmpy.jsmath",
  js_hypot: "tsmpy.jsmath",
  js_imul: "tsmpy.jsmath",
  js_clz32: "tsmpy.jsmath",
  js_max: "tsmpy.jsmath",
  js_min: "tsmpy.jsmath",
  js_is_integer: "tsmpy.jsmath",
  js_is_finite_num: "tsmpy.jsmath", // Number.isFinite
  js_is_nan_num: "tsmpy.jsmath", // Number.isNaN
  js_is_nan: "tsmpy.jsmath", // global isNaN (converts)
  js_is_finite: "tsmpy.jsmath", // global isFinite (converts)
  js_parse_int: "tsmpy.jsmath",
  js_parse_float: "tsmpy.jsmath",
  js_to_fixed: "tsmpy.jsmath",
  js_to_precision: "tsmpy.jsmath",
  js_to_exponential: "tsmpy.jsmath",
  js_num_to_string: "tsmpy.jsmath", // n.toString(radix)
  // tsmpy.dyn: method calls on receivers of unknown type
  js_invoke: "tsmpy.dyn",
  js_has_own: "tsmpy.dyn", // Object.hasOwn / hasOwnProperty
  js_object_is: "tsmpy.dyn", // Object.is
  // tsmpy.json
  js_stringify: "tsmpy.json",
  js_parse: "tsmpy.json",
  // tsmpy.loops: counting loops over range() when the bound is a small int
  js_upto: "tsmpy.loops", // for (i = a; i < n; i += s)
  js_upto_incl: "tsmpy.loops", // i <= n
  js_downto: "tsmpy.loops", // i > n, negative step
  js_downto_incl: "tsmpy.loops", // i >= n
  // tsmpy.errors: the Error hierarchy and throwing arbitrary values
  Error: "tsmpy.errors",
  TypeError: "tsmpy.errors",
  RangeError: "tsmpy.errors",
  AggregateError: "tsmpy.errors",
  SyntaxError: "tsmpy.errors",
  ReferenceError: "tsmpy.errors",
  js_throw: "tsmpy.errors", // the exception to raise for a thrown value
  js_caught: "tsmpy.errors", // the JS value of a caught exception
  // tsmpy.promise: Promises, async functions and timers on Node's event-loop order
  js_async: "tsmpy.promise", // decorator of an async def: a call starts it and returns a Promise
  js_await: "tsmpy.promise", // the Promise an await of a possibly non-Promise value waits on
  js_new_promise: "tsmpy.promise",
  js_promise_resolve: "tsmpy.promise",
  js_promise_reject: "tsmpy.promise",
  js_promise_all: "tsmpy.promise",
  js_for_await: "tsmpy.promise", // one step of for-await over an array (two jobs, as Node)
  js_promise_race: "tsmpy.promise",
  js_promise_any: "tsmpy.promise",
  js_promise_all_settled: "tsmpy.promise",
  js_set_timeout: "tsmpy.promise",
  js_set_interval: "tsmpy.promise",
  js_clear_timer: "tsmpy.promise",
  js_run: "tsmpy.promise", // as a device's main.py: run asyncio until the Promise world is idle
  js_foreign: "tsmpy.promise", // the Promise an await of an asyncio awaitable (stub-typed) waits on
  js_coro: "tsmpy.promise", // a Promise passed to a stub that expects a coroutine
  js_coro_fn: "tsmpy.promise", // a Promise-returning function passed where one returning a coroutine is expected
  // tsmpy.console
  js_log: "tsmpy.console",
  js_log_err: "tsmpy.console", // console.error/warn formatting after all arguments are evaluated
  js_error: "tsmpy.console",
  js_inspect: "tsmpy.console",
  js_fmt: "tsmpy.console", // one console.log argument: strings raw, other values inspected
  js_logfmt: "tsmpy.console", // a run-time first argument: refuses %-directives at run time
  js_logf: "tsmpy.console", // console.log(fmt, ...args) with Node's %-directives
  js_fn_text: "tsmpy.console", // a declared function or class as console.log prints it
  // tsmpy.iter: generators' { value, done } protocol for explicit next()/return()/throw()
  js_gen_next: "tsmpy.iter",
  js_gen_return: "tsmpy.iter",
  js_gen_throw: "tsmpy.iter",
  js_take: "tsmpy.iter", // const [a, b] = gen(): the first n values, then close
  // tsmpy.decorators: TypeScript 5 standard decorators
  js_deco: "tsmpy.decorators", // @js_deco(d, kind, name, static, private, inits): d(value, context)
  js_deco1: "tsmpy.decorators", // @js_deco1(d): a decorator without context that may return undefined
  js_bind: "tsmpy.decorators", // f.bind(thisArg, ...args)
  js_jsk: "tsmpy.decorators", // _jsk of a class extending a run-time base (a mixin)
  js_nothis: "tsmpy.decorators", // a function without `this` where callers pass `this` first
  js_FieldDeco: "tsmpy.decorators", // a decorated field's initializer transforms and extra initializers
  js_run_inits: "tsmpy.decorators", // runs addInitializer callbacks on a target
};
