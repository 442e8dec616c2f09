import { area, PI2 } from "./19-modules-geom";
import * as geom from "./19-modules-geom";
import Calc, { VERSION as V } from "./19-modules-calc";
console.log(area(2).toFixed(3), PI2.toFixed(4), geom.perimeter(1).toFixed(2));
const c = new Calc();
console.log(c.add(2).mul(5).value, V);
