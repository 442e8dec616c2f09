// throw any value; catch binds the JS value; finally as in Python.
export function parse(s: string): number {
  if (s === "") throw new RangeError("empty");
  return s.length;
}

export function safe(s: string): number {
  try {
    return parse(s);
  } catch (e) {
    if (e instanceof RangeError) return -1;
    throw e;
  } finally {
    console.log("done");
  }
}

export function ignore(f: () => void): void {
  try {
    f();
  } catch {
    // nothing
  }
}
