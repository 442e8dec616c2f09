// servicekit: managed services on the MicroPythonOS service API (docs/runtime.md). Importable on
// stock MicroPython with the runtime's mpos and on MicroPythonOS firmware alike.
export { ManagedService } from "./service";
export type { Kind, RestartPolicy, ServiceStatus, State } from "./service";
export { task } from "./decorators";
export { EventBus, bus, emit, listen } from "./events";
export type { Listener } from "./events";
export { DependencyCycleError, startOrder } from "./graph";
export { Logger } from "./logger";
export type { Level } from "./logger";
export { provide, provider_names } from "./registry";
export { BootService, boot, register, report, service, services, start_all, status, stop_all, unregister } from "./manager";
