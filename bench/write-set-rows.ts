/**
 * The rows one ticket creation writes (number counter, ticket, event, first message, two search
 * rows), as prepared better-sqlite3 statements on a database migrated by Switchboard. Shared by
 * the write-set floor server (bench/servers/floor.ts) and bench/write-set.ts. Call inside a
 * transaction.
 */
import { randomUUID } from 'node:crypto';
import type SQLite from 'better-sqlite3';

export interface TicketInput {
  organizationId: string;
  contactId?: string;
  siteId?: string;
  subject: string;
  description?: string;
  priority?: string;
  tags?: string[];
}

export function ticketWriteSet(sqlite: SQLite.Database): (b: TicketInput) => { id: string; number: number; subject: string; createdAt: string } {
  const counter = sqlite.prepare("UPDATE counters SET value = value + 1 WHERE name = 'ticket_number' RETURNING value");
  const ticket = sqlite.prepare(
    `INSERT INTO tickets (id, number, organization_id, contact_id, site_id, subject, priority, business_critical, status, tier, team_id,
       assignee_id, channel, tags, fcr_outcome, merged_into_id, version, created_at, updated_at, resolved_at, closed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'new', 1, NULL, NULL, 'api', ?, NULL, NULL, 1, ?, ?, NULL, NULL)`,
  );
  const search = sqlite.prepare('INSERT INTO ticket_search (ticket_id, source, body, client_visible) VALUES (?, ?, ?, 1)');
  const event = sqlite.prepare(
    "INSERT INTO ticket_events (ticket_id, actor_user_id, type, field, before_value, after_value, internal, at) VALUES (?, NULL, 'ticket.created', NULL, NULL, ?, 0, ?)",
  );
  const message = sqlite.prepare(
    "INSERT INTO messages (id, ticket_id, kind, author_user_id, author_contact_id, body, call_direction, caller_number, call_duration_seconds, created_at) VALUES (?, ?, 'reply', NULL, ?, ?, NULL, NULL, NULL, ?)",
  );
  return (b) => {
    const id = randomUUID();
    const at = new Date().toISOString();
    const number = (counter.get() as { value: number }).value;
    ticket.run(id, number, b.organizationId, b.contactId ?? null, b.siteId ?? null, b.subject, b.priority ?? 'P3', JSON.stringify(b.tags ?? []), at, at);
    search.run(id, 'subject', b.subject);
    event.run(id, JSON.stringify({ ...b, number, status: 'new' }), at);
    if (b.description) {
      const messageId = randomUUID();
      message.run(messageId, id, b.contactId ?? null, b.description, at);
      search.run(id, messageId, b.description);
    }
    return { id, number, subject: b.subject, createdAt: at };
  };
}
