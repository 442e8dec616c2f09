// The device commands, bundled apart from the compiler (dist/device-commands.js) so that they
// start without loading ts-morph.
export { deploy } from "./deploy";
export { device } from "./device";
export { sim } from "./sim";
