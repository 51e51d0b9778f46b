/**
 * In-process publish/subscribe for domain events. Publishers call `publish` after their
 * transaction commits; subscribers (the SSE stream, later the engine) filter what they need.
 * The shape is deliberately a plain serialisable object so a PostgreSQL LISTEN/NOTIFY relay can
 * carry the same events between nodes.
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

export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: DomainEvent): void {
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
}
