import { cycleB } from "./cycle_b";
export function cycleA(n: number): number {
  return n <= 0 ? 0 : cycleB(n - 1) + 1;
}
