// @task: marks an async method as a background task of its service, started with the service (as
// `<service>.service.<method>`) and cancelled when it stops. A plain Python decorator on the device:
// MicroPython functions cannot carry attributes, so the marked functions are remembered here and a
// service finds its own by name on its class (an override without @task is not a task).
import * as builtins from "builtins";

type TaskMethod = (this: never) => Promise<unknown>;

const marked: TaskMethod[] = [];

export function task<M extends TaskMethod>(method: M): M {
  marked.push(method);
  return method;
}

/** Names of the @task methods that `cls` (a service class) has, in the order they were decorated. */
export function taskMethodsOf(cls: unknown): string[] {
  const names: string[] = [];
  for (const m of marked) {
    const name = builtins.getattr<string>(m, "__name__", "");
    if (name !== "" && builtins.getattr<unknown>(cls, name, undefined) === m && !names.includes(name)) names.push(name);
  }
  return names;
}
