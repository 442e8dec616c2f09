// The Python AST the transform produces and the printer consumes.
// Visitors build these nodes and never print strings: the printer is the only place that knows
// Python syntax, precedence and indentation. Every node may carry `line`, the 1-based TypeScript
// line it came from; the printer turns that into the line map used to map tracebacks back.

export interface Located {
  line?: number;
}

// ---------- expressions ----------
export type Expr =
  | Name
  | Const
  | Attribute
  | Subscript
  | Slice
  | Call
  | BinOp
  | UnaryOp
  | BoolOp
  | Compare
  | IfExp
  | Lambda
  | ListExpr
  | TupleExpr
  | DictExpr
  | Starred
  | NamedExpr
  | ListComp
  | Await
  | Yield
  | RawExpr;

export interface Name extends Located { kind: "Name"; id: string }
/** A literal. `number` values print as Python int or float literals; `float: true` forces a float. */
export interface Const extends Located {
  kind: "Const";
  value: number | string | boolean | null | bigint;
  float?: boolean;
}
export interface Attribute extends Located { kind: "Attribute"; value: Expr; attr: string }
export interface Subscript extends Located { kind: "Subscript"; value: Expr; index: Expr }
export interface Slice extends Located { kind: "Slice"; lower?: Expr; upper?: Expr; step?: Expr }
export interface Keyword { name: string; value: Expr }
export interface Call extends Located { kind: "Call"; func: Expr; args: Expr[]; keywords?: Keyword[] }
export type BinOperator = "+" | "-" | "*" | "/" | "//" | "%" | "**" | "<<" | ">>" | "|" | "^" | "&" | "@";
export interface BinOp extends Located { kind: "BinOp"; op: BinOperator; left: Expr; right: Expr }
export interface UnaryOp extends Located { kind: "UnaryOp"; op: "not" | "-" | "+" | "~"; operand: Expr }
export interface BoolOp extends Located { kind: "BoolOp"; op: "and" | "or"; values: Expr[] }
export type CmpOperator = "==" | "!=" | "<" | "<=" | ">" | ">=" | "is" | "is not" | "in" | "not in";
export interface Compare extends Located { kind: "Compare"; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
/** `indexGuard`: the in-bounds test of a non-negative int index (transform/expressions/index-guard.ts). */
export interface IfExp extends Located { kind: "IfExp"; test: Expr; body: Expr; orelse: Expr; indexGuard?: boolean }
export interface Lambda extends Located { kind: "Lambda"; params: Param[]; body: Expr }
export interface ListExpr extends Located { kind: "List"; elts: Expr[] }
export interface TupleExpr extends Located { kind: "Tuple"; elts: Expr[] }
export interface DictExpr extends Located { kind: "Dict"; keys: (Expr | null)[]; values: Expr[] }
export interface Starred extends Located { kind: "Starred"; value: Expr; double?: boolean }
/** `(target := value)`; target must be a plain name. */
export interface NamedExpr extends Located { kind: "NamedExpr"; target: Name; value: Expr }
export interface Comprehension { target: Expr; iter: Expr; ifs: Expr[] }
/** `[elt for ...]`, or with `generator` the lazy `(elt for ...)`. */
export interface ListComp extends Located { kind: "ListComp"; elt: Expr; generators: Comprehension[]; generator?: boolean }
export interface Await extends Located { kind: "Await"; value: Expr }
export interface Yield extends Located { kind: "Yield"; value?: Expr; from?: boolean }
/** Escape hatch for helper-level snippets; `prec` is the precedence of the text as written. */
export interface RawExpr extends Located { kind: "RawExpr"; text: string; prec: number }

// ---------- statements ----------
export type Stmt =
  | ExprStmt
  | Assign
  | AugAssign
  | Return
  | If
  | While
  | For
  | Break
  | Continue
  | Pass
  | FunctionDef
  | ClassDef
  | Try
  | Raise
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | Delete
  | Comment
  | RawStmt;

export interface ExprStmt extends Located { kind: "ExprStmt"; value: Expr }
export interface Assign extends Located { kind: "Assign"; targets: Expr[]; value: Expr }
export interface AugAssign extends Located { kind: "AugAssign"; target: Expr; op: BinOperator; value: Expr }
export interface Return extends Located { kind: "Return"; value?: Expr }
export interface If extends Located { kind: "If"; test: Expr; body: Stmt[]; orelse: Stmt[]; indexGuard?: boolean }
export interface While extends Located { kind: "While"; test: Expr; body: Stmt[]; orelse?: Stmt[] }
export interface For extends Located { kind: "For"; target: Expr; iter: Expr; body: Stmt[]; orelse?: Stmt[]; isAsync?: boolean }
export interface Break extends Located { kind: "Break" }
export interface Continue extends Located { kind: "Continue" }
export interface Pass extends Located { kind: "Pass" }
export interface Param {
  name: string;
  default?: Expr;
  /** "star" is *args, "kwstar" is **kwargs */
  star?: "star" | "kwstar";
}
export interface FunctionDef extends Located {
  kind: "FunctionDef";
  name: string;
  params: Param[];
  body: Stmt[];
  decorators?: Expr[];
  isAsync?: boolean;
}
export interface ClassDef extends Located { kind: "ClassDef"; name: string; bases: Expr[]; body: Stmt[]; decorators?: Expr[] }
export interface ExceptHandler extends Located { type?: Expr; name?: string; body: Stmt[] }
export interface Try extends Located { kind: "Try"; body: Stmt[]; handlers: ExceptHandler[]; orelse?: Stmt[]; finalbody?: Stmt[] }
export interface Raise extends Located { kind: "Raise"; exc?: Expr }
export interface Alias { name: string; asname?: string }
export interface Import extends Located { kind: "Import"; names: Alias[] }
export interface ImportFrom extends Located { kind: "ImportFrom"; module: string; names: Alias[]; level?: number }
export interface Global extends Located { kind: "Global"; names: string[] }
export interface Nonlocal extends Located { kind: "Nonlocal"; names: string[] }
export interface Delete extends Located { kind: "Delete"; targets: Expr[] }
export interface Comment extends Located { kind: "Comment"; text: string }
export interface RawStmt extends Located { kind: "RawStmt"; text: string }

export interface Module {
  body: Stmt[];
}

// ---------- small constructors, so visitors read like the Python they build ----------
export const name = (id: string, line?: number): Name => ({ kind: "Name", id, line });
export const constant = (value: Const["value"], line?: number): Const => ({ kind: "Const", value, line });
export const num = (value: number, line?: number): Const => ({ kind: "Const", value, line });
export const str = (value: string, line?: number): Const => ({ kind: "Const", value, line });
export const none = (line?: number): Const => ({ kind: "Const", value: null, line });
export const bool = (value: boolean, line?: number): Const => ({ kind: "Const", value, line });
export const attr = (value: Expr, attrName: string, line?: number): Attribute => ({ kind: "Attribute", value, attr: attrName, line });
export const subscript = (value: Expr, index: Expr, line?: number): Subscript => ({ kind: "Subscript", value, index, line });
export const call = (func: Expr, args: Expr[] = [], keywords?: Keyword[], line?: number): Call => ({ kind: "Call", func, args, keywords, line });
export const binop = (left: Expr, op: BinOperator, right: Expr, line?: number): BinOp => ({ kind: "BinOp", op, left, right, line });
export const unary = (op: UnaryOp["op"], operand: Expr, line?: number): UnaryOp => ({ kind: "UnaryOp", op, operand, line });
export const boolop = (op: BoolOp["op"], values: Expr[], line?: number): BoolOp => ({ kind: "BoolOp", op, values, line });
export const compare = (left: Expr, op: CmpOperator, right: Expr, line?: number): Compare => ({ kind: "Compare", left, ops: [op], comparators: [right], line });
export const ifExp = (test: Expr, body: Expr, orelse: Expr, line?: number): IfExp => ({ kind: "IfExp", test, body, orelse, line });
export const list = (elts: Expr[], line?: number): ListExpr => ({ kind: "List", elts, line });
export const tuple = (elts: Expr[], line?: number): TupleExpr => ({ kind: "Tuple", elts, line });
export const starred = (value: Expr, line?: number): Starred => ({ kind: "Starred", value, line });
export const namedExpr = (target: Name, value: Expr, line?: number): NamedExpr => ({ kind: "NamedExpr", target, value, line });
export const lambda = (params: Param[], body: Expr, line?: number): Lambda => ({ kind: "Lambda", params, body, line });
export const raw = (text: string, prec = 100, line?: number): RawExpr => ({ kind: "RawExpr", text, prec, line });

export const exprStmt = (value: Expr, line?: number): ExprStmt => ({ kind: "ExprStmt", value, line });
export const assign = (target: Expr, value: Expr, line?: number): Assign => ({ kind: "Assign", targets: [target], value, line });
export const augAssign = (target: Expr, op: BinOperator, value: Expr, line?: number): AugAssign => ({ kind: "AugAssign", target, op, value, line });
export const ret = (value?: Expr, line?: number): Return => ({ kind: "Return", value, line });
export const ifStmt = (test: Expr, body: Stmt[], orelse: Stmt[] = [], line?: number): If => ({ kind: "If", test, body, orelse, line });
export const whileStmt = (test: Expr, body: Stmt[], line?: number): While => ({ kind: "While", test, body, line });
export const pass = (line?: number): Pass => ({ kind: "Pass", line });
export const brk = (line?: number): Break => ({ kind: "Break", line });
export const cont = (line?: number): Continue => ({ kind: "Continue", line });
export const raise = (exc?: Expr, line?: number): Raise => ({ kind: "Raise", exc, line });
export const funcDef = (fname: string, params: Param[], body: Stmt[], line?: number): FunctionDef => ({ kind: "FunctionDef", name: fname, params, body, line });

/** True when evaluating the expression twice is harmless and cheap (no calls, no side effects). */
export function isSimple(e: Expr): boolean {
  switch (e.kind) {
    case "Name":
    case "Const":
      return true;
    case "UnaryOp":
      return e.op === "-" && e.operand.kind === "Const";
    default:
      return false;
  }
}
