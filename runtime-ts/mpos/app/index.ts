// mpos.app: the app framework classes this runtime implements (Service only: Activity needs LVGL).
export { Service } from "./service";
