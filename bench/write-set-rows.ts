/**
 * The rows one ticket creation writes (number counter, ticket, event, first message, two search
 * rows), as prepared better-sqlite3 statements on a database migrated by Switchboard, and the
 * PostgreSQL equivalent through a pg pool. Shared by
 * the write-set floor server (bench/servers/floor.ts) and bench/write-set.ts. Call inside a
 * transaction.
 */
import { randomUUID } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import type pg from 'pg';

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

/**
 * The same rows on PostgreSQL, plus what a ticket of a client under contract also gets — its two
 * SLA clocks and their four warning and breach deadlines — through a pg pool: one transaction of
 * plain INSERTs (one statement per table, several rows where a table gets several), prepared once
 * per connection, the number from the `ticket_numbers` sequence. No reads, no checks, no Kysely.
 */
export function pgTicketWriteSet(pool: pg.Pool): (b: TicketInput & { calendarId: string }) => Promise<{ id: string; number: number; subject: string; createdAt: string }> {
  const q = (name: string, text: string, values: unknown[]) => ({ name: `floor_${name}`, text, values });
  return async (b) => {
    const id = randomUUID();
    const now = Date.now();
    const at = new Date(now).toISOString();
    const later = (minutes: number) => new Date(now + minutes * 60_000).toISOString();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query(
        q(
          'ticket',
          `INSERT INTO tickets (id, number, organization_id, contact_id, site_id, subject, priority, business_critical, status, tier, team_id,
             assignee_id, channel, tags, fcr_outcome, merged_into_id, version, created_at, updated_at, resolved_at, closed_at, sla_due_at)
           VALUES ($1, nextval('ticket_numbers'), $2, $3, $4, $5, $6, false, 'new', 1, NULL, NULL, 'api', $7, NULL, NULL, 1, $8, $8, NULL, NULL, $9)
           RETURNING number`,
          [id, b.organizationId, b.contactId ?? null, b.siteId ?? null, b.subject, b.priority ?? 'P3', JSON.stringify(b.tags ?? []), at, later(240)],
        ),
      );
      const number = Number(rows[0].number);
      const messageId = randomUUID();
      await client.query(q('search', 'INSERT INTO ticket_search (ticket_id, source, body, client_visible) VALUES ($1, $2, $3, true), ($1, $4, $5, true)', [id, 'subject', b.subject, messageId, b.description ?? '']));
      await client.query(
        q('event', "INSERT INTO ticket_events (ticket_id, actor_user_id, type, field, before_value, after_value, internal, at) VALUES ($1, NULL, 'ticket.created', NULL, NULL, $2, false, $3)", [
          id,
          JSON.stringify({ ...b, number, status: 'new' }),
          at,
        ]),
      );
      await client.query(
        q(
          'message',
          "INSERT INTO messages (id, ticket_id, kind, author_user_id, author_contact_id, body, call_direction, caller_number, call_duration_seconds, created_at) VALUES ($1, $2, 'reply', NULL, $3, $4, NULL, NULL, NULL, $5)",
          [messageId, id, b.contactId ?? null, b.description ?? '', at],
        ),
      );
      await client.query(
        q(
          'clocks',
          `INSERT INTO ticket_clocks (ticket_id, clock, cycle, status, priority, calendar_id, target_minutes, elapsed_minutes, paused_ms, started_at, stopped_at, due_at, warn_at, organization_id, updated_at)
           VALUES ($1, 'first_response', 1, 'running', $2, $3, 240, 0, 0, $4, NULL, $5, $6, $7, $4), ($1, 'resolution', 1, 'running', $2, $3, 2400, 0, 0, $4, NULL, $8, $9, $7, $4)`,
          [id, b.priority ?? 'P3', b.calendarId, at, later(240), later(180), b.organizationId, later(2400), later(1800)],
        ),
      );
      const deadline = (kind: string, clock: string, due: string) => [`${kind}:${id}:${clock}:1`, kind, id, due, JSON.stringify({ clock, cycle: 1 })];
      await client.query(
        q(
          'deadlines',
          `INSERT INTO deadlines (id, kind, subject_id, due_at, payload, version, attempts, created_at)
           VALUES ($1, $2, $3, $4, $5, 1, 0, $21), ($6, $7, $8, $9, $10, 1, 0, $21), ($11, $12, $13, $14, $15, 1, 0, $21), ($16, $17, $18, $19, $20, 1, 0, $21)`,
          [
            ...deadline('sla.warning', 'first_response', later(180)),
            ...deadline('sla.breached', 'first_response', later(240)),
            ...deadline('sla.warning', 'resolution', later(1800)),
            ...deadline('sla.breached', 'resolution', later(2400)),
            at,
          ],
        ),
      );
      await client.query('COMMIT');
      return { id, number, subject: b.subject, createdAt: at };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
}
