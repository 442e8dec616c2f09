// switch: if/elif when no clause falls through; start-index form with fallthrough.
export function name(n: number): string {
  switch (n) {
    case 0:
      return "zero";
    case 1:
    case 2:
      return "small";
    default:
      return "big";
    case 3:
      return "three";
  }
}

export function falls(n: number): string {
  let s = "";
  switch (n) {
    case 1:
      s += "1";
    case 2:
      s += "2";
      break;
    default:
      s += "d";
  }
  return s;
}
