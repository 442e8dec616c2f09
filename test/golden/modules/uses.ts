import { hello, counter, storeNs, twice } from "./reexports";
import * as re from "./reexports";
import { cycleA } from "./cycle_a";

export const greeting = hello("re-exported");
export const seen = [counter, storeNs.counter, re.counter];
export const doubled = twice(21) + re.twice(1);
export const fromCycle = cycleA(3);
