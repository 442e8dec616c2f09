import { a } from "./util";
import { b } from "./util/extra";
console.log(a, b);
