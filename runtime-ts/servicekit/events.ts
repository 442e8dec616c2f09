// The event bus shared by all services: listen(event, fn) / emit(event, data). A listener that
// throws is reported and the others still run; listeners a service added are removed when it stops.

export type Listener = (data: unknown) => void;

export class EventBus {
  // (`| undefined`: a missing event reads as undefined, and the type says so.)
  private listeners: Record<string, Listener[] | undefined> = {};

  /** Add `fn` for `event`; returns a function that removes it again. */
  listen(event: string, fn: Listener): () => void {
    let fns = this.listeners[event];
    if (fns === undefined) {
      fns = [];
      this.listeners[event] = fns;
    }
    fns.push(fn);
    return () => this.unlisten(event, fn);
  }

  unlisten(event: string, fn: Listener): void {
    const fns = this.listeners[event];
    if (fns === undefined) return;
    const i = fns.indexOf(fn);
    if (i >= 0) fns.splice(i, 1);
    if (fns.length === 0) delete this.listeners[event];
  }

  /** Call every listener of `event` with `data` (in the order they were added); returns how many ran. */
  emit(event: string, data?: unknown): number {
    const fns = this.listeners[event];
    if (fns === undefined) return 0;
    let n = 0;
    for (const fn of fns.slice()) {
      try {
        fn(data);
        n++;
      } catch (e) {
        console.log("[servicekit] ERROR: listener of " + event + " failed: " + String(e));
      }
    }
    return n;
  }

  /** Number of listeners (of one event, or of all). */
  count(event?: string): number {
    if (event !== undefined) return this.listeners[event]?.length ?? 0;
    let n = 0;
    for (const k in this.listeners) n += this.listeners[k]?.length ?? 0;
    return n;
  }
}

/** The bus all services share. */
export const bus = new EventBus();

export function listen(event: string, fn: Listener): () => void {
  return bus.listen(event, fn);
}

export function emit(event: string, data?: unknown): number {
  return bus.emit(event, data);
}
