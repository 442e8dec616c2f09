export const PI2 = Math.PI * 2;
export function area(r: number): number {
  return Math.PI * r * r;
}
export function perimeter(r: number): number {
  return PI2 * r;
}
