// The smallest tsmpy program: `npx tsmpy run examples/hello.ts`.
import { greet } from "./greeting";

const names = ["MicroPython", "TypeScript"];
for (const name of names) {
  console.log(greet(name));
}
console.log(`${names.length} greetings, ${1 / 4} of a second each`);
