// The `mpos` package for stock MicroPython boards: the parts of MicroPythonOS 0.18's frozen `mpos`
// that services need, with the firmware's names, signatures and behaviour, so that
// `from mpos import Service, TaskManager, Intent, AppManager` works as on the device. Never shipped
// to a MicroPythonOS device (it would shadow the firmware's package).
export { Service } from "./app/service";
export { Intent } from "./content/intent";
export { AppManager } from "./content/app_manager";
export { TaskManager } from "./task_manager";
