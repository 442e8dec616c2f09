// A bare specifier that is neither a project file nor a device stub.
import { thing } from "left-pad"; // expect: TS2307
console.log(thing);
