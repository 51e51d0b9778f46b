/**
 * Publish/subscribe for domain events. Publishers call `publish` after their transaction commits;
 * subscribers (the SSE stream, the engine's wake-ups) filter what they need. Events are plain
 * serialisable objects, so on PostgreSQL `events-relay.ts` carries them between nodes.
 */
export interface DomainEvent {
  /** e.g. `ticket.created`, `ticket.updated`, `ticket.message_added`. */
  type: string;
  ticketId: string;
  organizationId: string;
  contactId: string | null;
  /** Whether the event concerns only staff (e.g. an internal note). */
  internal: boolean;
  at: string;
  data: Record<string, unknown>;
}

export type EventListener = (event: DomainEvent) => void;

/**
 * What one user may read has changed: a token revoked, sessions ended, the account disabled, its
 * role or password changed. Long-lived readers (the live stream) re-check their rights on it.
 */
export interface AccessChange {
  userId: string;
  at: string;
}

export type AccessListener = (change: AccessChange) => void;

export class EventBus {
  private readonly listeners = new Set<EventListener>();
  private readonly accessListeners = new Set<AccessListener>();
  /** Carries this node's events to the other nodes (PostgreSQL: events-relay.ts); none on SQLite. */
  forward: ((event: DomainEvent) => void) | undefined;
  /** Carries this node's access changes to the other nodes, like `forward`. */
  forwardAccess: ((change: AccessChange) => void) | undefined;

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** An event of this node: to its own subscribers, and to the other nodes. */
  publish(event: DomainEvent): void {
    this.deliver(event);
    this.forward?.(event);
  }

  /** An event to this node's subscribers only (one relayed from another node). */
  deliver(event: DomainEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A failing subscriber must never break the writer that published the event.
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }

  subscribeAccess(listener: AccessListener): () => void {
    this.accessListeners.add(listener);
    return () => this.accessListeners.delete(listener);
  }

  /** An access change of this node: to its own subscribers, and to the other nodes. */
  publishAccess(change: AccessChange): void {
    this.deliverAccess(change);
    this.forwardAccess?.(change);
  }

  /** An access change to this node's subscribers only (one relayed from another node). */
  deliverAccess(change: AccessChange): void {
    for (const listener of this.accessListeners) {
      try {
        listener(change);
      } catch {
        // As for events: a failing subscriber must not break the writer.
      }
    }
  }
}
