// Closures created in loops bind the iteration's values through a factory.
export function makers(): (() => number)[] {
  const fs: (() => number)[] = [];
  for (let i = 0; i < 3; i++) fs.push(() => i);
  for (const x of [10, 20]) {
    const y = x + 1;
    fs.push(function () {
      return x + y;
    });
  }
  return fs;
}

export function withDefaults(a: number, b: number = a * 2, ...rest: number[]): number {
  return a + b + rest.length;
}
