/**
 * Named wake-ups between the parts of one node: a write that queued work asks for its worker by
 * name, and whichever role runs that worker on this node answers. Nothing happens when none does
 * (another node's worker finds the work on its next cycle, or through PostgreSQL NOTIFY).
 */
export class WakeSignals<Name extends string> {
  readonly #listeners = new Map<Name, (() => void)[]>();

  /** Calls `listener` on every wake-up of `name`; returns what removes it. */
  on(name: Name, listener: () => void): () => void {
    const list = this.#listeners.get(name) ?? [];
    list.push(listener);
    this.#listeners.set(name, list);
    return () => {
      const at = list.indexOf(listener);
      if (at >= 0) list.splice(at, 1);
    };
  }

  /** Wakes whatever listens to `name` on this node. */
  wake(name: Name): void {
    for (const listener of this.#listeners.get(name) ?? []) listener();
  }
}
