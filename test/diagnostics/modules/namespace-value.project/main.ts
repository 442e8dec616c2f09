import * as util from "./util";
const all = util; // expect: TSMPY1502
console.log(util.one, all);
