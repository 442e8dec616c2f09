import { a } from "./my-mod";
import { b } from "./my_mod";
console.log(a, b);
