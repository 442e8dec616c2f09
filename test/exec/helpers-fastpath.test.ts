// Differential check of the helper fast paths: the helpers as they were before the fast paths
// (test/fixtures/helpers-fastpath/*.py, loaded as the package `tsmpy_old`) and the current ones
// (compiler/helpers/tsmpy) run side by side on MicroPython over edge values and pseudo-random
// values; every result must be the same: type, repr, sign of a zero, the list a setter leaves
// behind, or the exception raised (type and message).
import * as fs from "fs";
import * as path from "path";
import { runMicroPython, PyFile } from "../../compiler/src/engine";

const ROOT = path.join(__dirname, "..", "..");
const CURRENT = path.join(ROOT, "compiler", "helpers", "tsmpy");
const OLD = path.join(ROOT, "test", "fixtures", "helpers-fastpath");

function files(): PyFile[] {
  const out: PyFile[] = [];
  const current = fs.readdirSync(CURRENT).filter((f) => f.endsWith(".py"));
  for (const f of current) out.push({ path: `/lib/tsmpy/${f}`, text: fs.readFileSync(path.join(CURRENT, f), "utf8") });
  // The old package: every module, the four with fast paths replaced by their old text; its
  // imports point at itself, except js_null, which must be the one object both sides share.
  for (const f of current) {
    const oldFile = path.join(OLD, f);
    let text = fs.readFileSync(fs.existsSync(oldFile) ? oldFile : path.join(CURRENT, f), "utf8");
    text = text.replace(/\b(from|import) tsmpy\b/g, "$1 tsmpy_old");
    if (f === "value.py") text = text.replace(/^js_null = _Null\(\)$/m, "from tsmpy.value import js_null");
    out.push({ path: `/lib/tsmpy_old/${f}`, text });
  }
  return out;
}

const CHECK = String.raw`
import sys, math
sys.path.insert(0, '/lib')
from tsmpy.value import js_null
import tsmpy.num, tsmpy.jsmath, tsmpy.value, tsmpy.obj
import tsmpy_old.num, tsmpy_old.jsmath, tsmpy_old.value, tsmpy_old.obj
assert tsmpy_old.value.js_null is js_null

nan = math.nan
inf = math.inf

_seed = [12345]
def rnd(n):
    # deterministic LCG: 0 <= r < n
    _seed[0] = (_seed[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return _seed[0] % n

def key(x):
    t = type(x)
    if t is float:
        if x != x:
            return ("float", "nan")
        return ("float", repr(x), math.copysign(1.0, x))
    if t is list:
        return ("list", [key(v) for v in x])
    if x is js_null:
        return ("null",)
    return (t.__name__, repr(x))

def outcome(f, args):
    args = [list(a) if type(a) is list else a for a in args]
    try:
        r = key(f(*args))
    except Exception as e:
        r = ("raised", type(e).__name__, str(e))
    return (r, [key(a) for a in args if type(a) is list])

EDGE_INTS = [0, 1, -1, 2, -2, 3, 5, 7, 26, 31, 32, 33, -31, -32, 100, -100, 255, 65535,
    0x3FFFFFFE, 0x3FFFFFFF, 0x40000000, 0x40000001, -0x3FFFFFFE, -0x3FFFFFFF, -0x40000000, -0x40000001,
    2**31 - 1, 2**31, 2**31 + 1, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**32 + 5, -2**32,
    2**53 - 1, 2**53, 2**53 + 1, -2**53 + 1, -2**53, -2**53 - 1, 2**60 + 7, -(2**60) + 3, 10**25, -10**25]
EDGE_FLOATS = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 2.0, -2.0, 3.7, -3.7, 31.9, 32.0, 1e9,
    1073741822.5, 1073741823.0, 1073741823.5, 1073741824.0, -1073741823.0, -1073741823.5, -1073741824.0,
    2147483647.0, 2147483647.5, 2147483648.0, -2147483648.0, -2147483649.0, 4294967295.0, 4294967296.5,
    9007199254740991.0, 9007199254740992.0, 1e20, 1e21, 1e300, -1e300, 5e-324, 1e-7, 0.1, 123.456, nan, inf, -inf]
OTHER = [True, False, None]
NUMS = EDGE_INTS + EDGE_FLOATS + OTHER

def rand_int():
    k = rnd(5)
    if k == 0:
        return rnd(64) - 32
    if k == 1:
        return rnd(2001) - 1000
    if k == 2:
        return rnd(0x7FFFFFFF) - 0x3FFFFFFF
    if k == 3:
        return (rnd(0x7FFFFFFF) << rnd(40)) * (1 if rnd(2) else -1)
    return 0x3FFFFFFF - rnd(8) if rnd(2) else -0x3FFFFFFF + rnd(8)

def rand_float():
    k = rnd(3)
    if k == 0:
        return (rnd(2000001) - 1000000) / 1000.0
    if k == 1:
        return float(rand_int()) + rnd(4) / 4.0
    return (rnd(1000) - 500) * 10.0 ** (rnd(40) - 20)

RAND = [rand_int() for _ in range(300)] + [rand_float() for _ in range(150)]
VALUES = NUMS + RAND

bad = []
count = [0]
def check(name, args):
    count[0] += 1
    a = outcome(getattr(OLD[name][0], name), args)
    b = outcome(getattr(OLD[name][1], name), args)
    if a != b and len(bad) < 20:
        bad.append((name, args, a, b))

OLD = {}
for n in ("js_num_str", "js_mod", "js_div", "js_toint32", "js_touint32", "js_band", "js_bor", "js_bxor", "js_shl", "js_sar", "js_shr"):
    OLD[n] = (tsmpy_old.num, tsmpy.num)
OLD["js_parse_int"] = (tsmpy_old.jsmath, tsmpy.jsmath)
for n in ("js_str", "js_get"):
    OLD[n] = (tsmpy_old.value, tsmpy.value)
for n in ("js_getprop", "js_setprop", "js_setidx"):
    OLD[n] = (tsmpy_old.obj, tsmpy.obj)

# one-argument number helpers
for x in VALUES:
    for n in ("js_num_str", "js_toint32", "js_touint32", "js_str"):
        check(n, (x,))

# two-argument number helpers: every pair of edge values, then random pairs
SHORT = EDGE_INTS + EDGE_FLOATS + OTHER
pairs = [(a, b) for a in SHORT for b in SHORT]
for _ in range(3000):
    pairs.append((VALUES[rnd(len(VALUES))], VALUES[rnd(len(VALUES))]))
for _ in range(1000):
    pairs.append((rand_int(), rnd(64) - 8))
for a, b in pairs:
    for n in ("js_mod", "js_div", "js_band", "js_bor", "js_bxor", "js_shl", "js_sar", "js_shr"):
        check(n, (a, b))

# parseInt
STRS = ["", "0", "-0", "+0", "00", "007", "-007", "+007", "123456789", "1234567890", "-123456789",
    "+123456789", "999999999", "-999999999", "9999999999", "-", "+", "--1", "+-1", "-+1", " 1", "1 ",
    "\t42", "\n-3", "1_0", "-1_0", "\u0661\u0662", "12px", "-12px", "0x1A", "0X1a", "-0x10", "0b11", "1e3",
    "1.5", "-1.5", ".5", "9007199254740993", "-9007199254740993", "123456789012345678901", "abc", "ff",
    "FF", "z", "Z", "zz", "101", "777", "8", "-\u0663", "\u00b2", "1\u00b2", "Infinity", "NaN", "\u3000" + "5"]
for _ in range(300):
    s = "".join("0123456789"[rnd(10)] for _ in range(1 + rnd(12)))
    STRS.append(["", "-", "+", " "][rnd(4)] + s)
RADIXES = [None, 10, 10.0, 16, 2, 8, 36, 0, 1, 37, -10, 10.5, nan, -0.0, True, "10", js_null, 2**32 + 10]
for s in STRS:
    for r in RADIXES:
        check("js_parse_int", (s, r))
for x in NUMS + [js_null, [1, 2], []]:
    check("js_parse_int", (x,))
    check("js_parse_int", (x, 10))

# element reads and writes
SEQS = [[], [1, 2, 3], [None, js_null, "x", 4.5, [7]], "abc", "", list(range(40))]
INDEXES = EDGE_INTS + EDGE_FLOATS + OTHER + [4, 6, 39, 40, 41, -40, -41, 2.5, "0", "1", "2", "39", "40",
    "-1", "01", "1.5", "length", "x", "", js_null]
for xs in SEQS:
    for i in INDEXES:
        if type(i) is not str and i is not js_null:
            check("js_get", (xs, i))
        check("js_getprop", (xs, i))
        if type(xs) is list:
            check("js_setprop", (xs, i, "v"))
            if type(i) is int:
                check("js_setidx", (xs, i, "v"))
for xs in ((1, 2, 3), {0: "a", 1: "b", 2.5: "c", "x": 1}, {}, None, 5):
    for i in INDEXES:
        if type(i) is not str and i is not js_null:
            check("js_get", (xs, i))
for o in ({"a": 1, "0": 2}, None, js_null):
    for i in (0, 1, "a", "0", 2.0, True):
        check("js_getprop", (o, i))
        check("js_setprop", (o, i, "v"))

if bad:
    for b in bad:
        print("MISMATCH", b)
else:
    print("OK", count[0])
`;

test("helper fast paths give exactly the old results", async () => {
  const r = await runMicroPython(files(), CHECK, { timeoutMs: 240000, heapsize: 32 * 1024 * 1024 });
  expect(r.error).toBeNull();
  expect(r.stdout).toMatch(/^OK \d+\n$/);
}, 300000);
