const results: string[] = [];
for (let i = 0; i < 5; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    results.push(`ok${i}`);
  } finally {
    results.push(`f${i}`);
  }
}
console.log(results.join(","));
function find(xs: number[], target: number): number {
  outer: for (let i = 0; i < xs.length; i++) {
    switch (xs[i]) {
      case target:
        return i;
      case -1:
        break outer;
      default:
        continue outer;
    }
  }
  return -1;
}
console.log(find([5, 6, 7], 7), find([5, -1, 7], 7), find([], 1));
function attempt(n: number): string {
  try {
    if (n % 2) throw new Error("odd " + n);
    return "even " + n;
  } catch (e) {
    return "caught " + (e as Error).message;
  } finally {
    results.length = 0;
  }
}
console.log([1, 2, 3].map(attempt).join(" | "), results.length);
let attempts = 0;
function flaky(): number {
  attempts++;
  if (attempts < 3) throw new RangeError(`attempt ${attempts} failed`);
  return attempts;
}
let value = -1;
while (true) {
  try {
    value = flaky();
    break;
  } catch (e) {
    console.log((e as RangeError).message);
  }
}
console.log("value", value);
