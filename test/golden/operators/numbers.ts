// Plain Python where the int-range analysis proves JavaScript agrees; helpers elsewhere.
export function checksum(data: number[]): number {
  let h = 0;
  for (let i = 0; i < data.length; i++) {
    h = (h * 31 + data[i]) | 0;
    if (i % 2 === 0) h ^= i & 0xff;
  }
  return h >>> 0;
}

export function stats(xs: number[], scale: number) {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i];
  const mean = sum / n;
  const mid = Math.floor(n / 2);
  return [mean, sum / scale, mid % 2, sum % 7, 2 ** n, (-sum) ** 0.5, `${n} items, mean ${mean}`];
}

export const folded = [2 ** 53 + 1, 1 << 31, -1 >>> 0, 7 % -3, 0.1 + 0.2];
