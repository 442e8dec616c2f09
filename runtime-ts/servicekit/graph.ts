// Dependency order: dependencies before their dependants (depth first, in declaration order), and a
// cycle is an error naming it (`a -> b -> a`).

/** What the graph needs of a service. */
export interface Node {
  name: string;
  dependencies: Node[];
}

export class DependencyCycleError extends Error {
  constructor(readonly cycle: string[]) {
    super("dependency cycle: " + cycle.join(" -> "));
    this.name = "DependencyCycleError";
  }
}

/** `roots` and everything they depend on, each after its dependencies (throws on a cycle). */
export function startOrder<T extends Node>(roots: T[]): T[] {
  const order: T[] = [];
  const done: Node[] = [];
  const path: Node[] = [];
  const visit = (n: Node): void => {
    if (done.includes(n)) return;
    const at = path.indexOf(n);
    if (at >= 0) throw new DependencyCycleError([...path.slice(at), n].map((x) => x.name));
    path.push(n);
    for (const d of n.dependencies) visit(d);
    path.pop();
    done.push(n);
    order.push(n as T);
  };
  for (const r of roots) visit(r);
  return order;
}
