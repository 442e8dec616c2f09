// @task: marks an async method as a background task of its service, started with the service (as
// `<service>.service.<method>`) and cancelled when it stops. A plain Python decorator on the device.
// MicroPython functions cannot carry attributes, and the compiled method may be wrapped (its
// __name__ is the wrapper's), so the marked functions are remembered here and a service finds its
// own among its class's attributes (an override without @task is not a task).
import * as builtins from "builtins";

type TaskMethod = (this: never) => Promise<unknown>;

const marked: TaskMethod[] = [];

export function task<M extends TaskMethod>(method: M): M {
  marked.push(method);
  return method;
}

/** Names of the @task methods of `cls` (a service class), in the order they were decorated. */
export function taskMethodsOf(cls: unknown): string[] {
  if (marked.length === 0) return [];
  const found: Array<[number, string]> = [];
  for (const name of builtins.dir(cls)) {
    if (name.startsWith("__")) continue;
    const i = marked.indexOf(builtins.getattr<TaskMethod | undefined>(cls, name, undefined)!);
    if (i >= 0) found.push([i, name]);
  }
  found.sort((a, b) => a[0] - b[0]);
  return found.map(([, name]) => name);
}
