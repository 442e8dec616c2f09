function parse(s: string): number {
  const n = Number(s);
  if (Number.isNaN(n)) throw new Error(`not a number: ${s}`);
  return n;
}
const inputs = ["1", "x", "3"];
let total = 0;
for (const s of inputs) {
  try {
    total += parse(s);
  } catch (e) {
    console.log("caught:", (e as Error).message);
  } finally {
    console.log("checked", s);
  }
}
console.log("total", total);
function f(): string {
  try {
    return "try";
  } finally {
    console.log("finally runs");
  }
}
console.log(f());
try {
  throw "plain string";
} catch (e) {
  console.log(typeof e, e);
}
try {
  try {
    throw new TypeError("inner");
  } catch (e) {
    console.log("rethrow", (e as Error).name);
    throw e;
  }
} catch (e) {
  console.log("outer got", (e as Error).message, e instanceof TypeError, e instanceof Error);
}
class ValidationError extends Error {
  constructor(public field: string) {
    super(`invalid ${field}`);
    this.name = "ValidationError";
  }
}
try {
  throw new ValidationError("email");
} catch (e) {
  if (e instanceof ValidationError) console.log(e.name, e.field, e.message, String(e));
}
try {
  null;
} catch {
  console.log("never");
}
