import { greet, counter, bump } from "./store";
import * as store from "./store";
import type { Greeting } from "./store";
import helper from "./store";

const g: Greeting = greet("golden");
bump();
console.log(g, counter, store.counter, helper(2));
