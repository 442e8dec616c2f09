// An npm package has no Python module on the device.
import leftPad from "leftpad"; // expect: TSMPY1014
console.log(leftPad("x", 3));
