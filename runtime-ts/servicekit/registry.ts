// Named providers: a running service is reachable by its name (and the extra names it `provides`)
// through service("name"), and leaves the registry when it stops.

/** What the registry holds: anything with a name and a state. */
export interface Provider {
  name: string;
  state: string;
}

const providers: Record<string, Provider | undefined> = {};

export function provide(name: string, svc: Provider): void {
  providers[name] = svc;
}

/** Removes `name` if it still names `svc` (a newer provider of the name stays). */
export function unprovide(name: string, svc: Provider): void {
  if (providers[name] === svc) delete providers[name];
}

/** The running service registered under `name`, or undefined. */
export function service(name: string): Provider | undefined {
  const svc = providers[name];
  return svc !== undefined && svc.state === "running" ? svc : undefined;
}

/** Names currently registered. */
export function provider_names(): string[] {
  return Object.keys(providers);
}
