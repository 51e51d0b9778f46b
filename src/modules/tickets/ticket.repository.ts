/** All SQL of tickets, messages, the event log, links and the search index. */
import { sql, type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import { readBool, readJson, withoutIndex, type DialectName } from '../../platform/db/dialect.js';
import type { Database as Tables } from '../../platform/db/tables.js';
import type { MessageTable, TicketTable } from './tickets.tables.js';
import type { Actor } from '../auth/index.js';
import { ticketReferenceColumns, type ArchivedStates } from '../clients/index.js';
import { enabledStaffIdExpression, ticketScope } from '../auth/index.js';
import { teamIdExpression } from '../staff/index.js';
import { CLIENT_CHANGED_FIELDS, CLIENT_EVENT_TYPES } from './client-view.js';
import { FINISHED_STATUSES, OPEN_STATUSES, parseTicketNumber, PUBLIC_MESSAGE_KINDS, type Status } from './ticket.js';

export interface TicketRecord {
  id: string;
  number: number;
  organizationId: string;
  contactId: string | null;
  siteId: string | null;
  subject: string;
  priority: string;
  businessCritical: boolean;
  status: Status;
  tier: number;
  teamId: string | null;
  assigneeId: string | null;
  channel: string;
  tags: string[];
  fcrOutcome: string | null;
  mergedIntoId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  /** Nearest due time of a running SLA clock; maintained by the SLA module. */
  slaDueAt: string | null;
}

export function toTicket(row: TicketTable): TicketRecord {
  return {
    id: row.id,
    number: row.number,
    organizationId: row.organization_id,
    contactId: row.contact_id,
    siteId: row.site_id,
    subject: row.subject,
    priority: row.priority,
    businessCritical: readBool(row.business_critical),
    status: row.status as Status,
    tier: row.tier,
    teamId: row.team_id,
    assigneeId: row.assignee_id,
    channel: row.channel,
    tags: readJson<string[]>(row.tags, []),
    fcrOutcome: row.fcr_outcome,
    mergedIntoId: row.merged_into_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
    slaDueAt: row.sla_due_at,
  };
}

/** Column values of a ticket record, for insert and update. */
export function ticketColumns(t: TicketRecord): TicketTable {
  return {
    id: t.id,
    number: t.number,
    organization_id: t.organizationId,
    contact_id: t.contactId,
    site_id: t.siteId,
    subject: t.subject,
    priority: t.priority,
    business_critical: t.businessCritical,
    status: t.status,
    tier: t.tier,
    team_id: t.teamId,
    assignee_id: t.assigneeId,
    channel: t.channel,
    tags: JSON.stringify(t.tags),
    fcr_outcome: t.fcrOutcome,
    merged_into_id: t.mergedIntoId,
    version: t.version,
    created_at: t.createdAt,
    updated_at: t.updatedAt,
    resolved_at: t.resolvedAt,
    closed_at: t.closedAt,
    sla_due_at: t.slaDueAt,
  };
}

/**
 * The next human ticket number. PostgreSQL takes it from the `ticket_numbers` sequence, which
 * never waits for another transaction (migration 014), so numbers may have gaps where a create
 * failed after taking one. SQLite increments the counter row inside the writing transaction: it
 * has one writer at a time anyway, and its numbers stay gapless.
 */
export async function nextTicketNumber(trx: Db, dialect: DialectName): Promise<number> {
  if (dialect === 'postgres') {
    const { rows } = await sql<{ n: number }>`SELECT nextval('ticket_numbers') AS n`.execute(trx);
    return Number(rows[0].n);
  }
  const row = await trx
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', 'ticket_number')
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

/** Makes `last` + 1 the next ticket number (loads that insert numbered tickets directly: demo, benchmarks). */
export async function setLastTicketNumber(trx: Db, dialect: DialectName, last: number): Promise<void> {
  const result = await trx.updateTable('counters').set({ value: last }).where('name', '=', 'ticket_number').executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) await trx.insertInto('counters').values({ name: 'ticket_number', value: last }).execute();
  if (dialect === 'postgres') await sql`SELECT setval('ticket_numbers', ${Math.max(1, last)})`.execute(trx);
}

export async function insertTicket(trx: Db, ticket: TicketRecord): Promise<void> {
  await trx.insertInto('tickets').values(ticketColumns(ticket)).execute();
}

/** Saves changed fields if nobody else changed the ticket since it was read; false on a lost race. */
export async function updateTicket(trx: Db, ticket: TicketRecord, expectedVersion: number): Promise<boolean> {
  const { id: _id, number: _n, created_at: _c, ...columns } = ticketColumns(ticket);
  const result = await trx.updateTable('tickets').set(columns).where('id', '=', ticket.id).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Finds a ticket the actor may see, by id or by number (`SB-1042` / `1042`). */
export async function findVisibleTicket(db: Db, actor: Actor, ref: { id?: string; number?: number }): Promise<TicketRecord | undefined> {
  let q = db.selectFrom('tickets').selectAll().where(ticketScope(actor));
  q = ref.number !== undefined ? q.where('number', '=', ref.number) : q.where('id', '=', ref.id ?? '');
  const row = await q.executeTakeFirst();
  return row ? toTicket(row) : undefined;
}

export interface TicketFilter {
  status?: string[];
  organizationId?: string;
  contactId?: string;
  assigneeId?: string;
  teamId?: string;
  priority?: string[];
  tier?: number;
  businessCritical?: boolean;
  text?: string;
  /** Only tickets with a running SLA clock due before this instant. */
  dueBefore?: string;
  /** Only tickets with a running SLA clock due at or after this instant. */
  dueAfter?: string;
}

/**
 * A page of visible tickets after the cursor: newest activity first, or — `sort: 'due'`, the
 * "at risk" queue — the nearest SLA due time first (tickets without a running clock left out).
 */
export async function listVisibleTickets(
  db: Db,
  dialect: DialectName,
  actor: Actor,
  filter: TicketFilter,
  page: { limit: number; after?: [string, string]; sort?: 'activity' | 'due' },
): Promise<TicketRecord[]> {
  let q = db.selectFrom('tickets').selectAll().where(ticketScope(actor));
  // Nearest due first: walk the due-time index (running clocks only, nearly all of them open)
  // rather than gather and sort every open ticket. Status is correlated with a running clock,
  // which PostgreSQL's statistics cannot see; SQLite has no statistics, so there a broad client,
  // team, assignee or priority is kept off its index too (a contact is narrow enough to gather).
  const unindexed: FilterColumn[] = dialect === 'sqlite' ? ['status', 'priority', 'organization_id', 'team_id', 'assignee_id'] : ['status'];
  q = q.where((eb) => eb.and(filterConditions(eb, filter, page.sort === 'due' ? { dialect, unindexed } : undefined)));
  if (filter.text) q = await whereMatches(db, q, dialect, filter.text, actor.kind !== 'staff');
  if (page.sort === 'due') {
    q = q.where('sla_due_at', 'is not', null);
    if (page.after) {
      const [due, id] = page.after;
      q = q.where((eb) => eb.or([eb('sla_due_at', '>', due), eb.and([eb('sla_due_at', '=', due), eb('id', '>', id)])]));
    }
    return (await q.orderBy('sla_due_at', 'asc').orderBy('id', 'asc').limit(page.limit + 1).execute()).map(toTicket);
  }
  if (page.after) {
    const [updatedAt, id] = page.after;
    q = q.where((eb) => eb.or([eb('updated_at', '<', updatedAt), eb.and([eb('updated_at', '=', updatedAt), eb('id', '<', id)])]));
  }
  const rows = await q.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
  return rows.map(toTicket);
}

/** What to count: a list's filter, and `sort: 'due'` to count only tickets with a running clock (as the list). */
export interface CountRequest {
  filter: TicketFilter;
  sort?: 'activity' | 'due';
}

/**
 * How many visible tickets match each filter, exactly; each count walks the narrowest index its
 * filter allows. With a status filter a count reads the (status, assignee, team, client, priority,
 * due) index and no table row: the console's queues are open statuses, a small part of a desk's
 * history. (Counting them all in one pass with `count(*) FILTER (WHERE …)` was measured slower on
 * SQLite at a million tickets: 16 ms against 13 ms for eight counts, losing the assignee seeks.)
 * On PostgreSQL the counts run four at a time side by side on the pool.
 */
export async function countVisibleTickets(db: Db, dialect: DialectName, actor: Actor, requests: CountRequest[]): Promise<number[]> {
  const count = async ({ filter, sort }: CountRequest) => {
    let q = db.selectFrom('tickets').select((eb) => eb.fn.countAll<number | string | bigint>().as('n')).where(ticketScope(actor));
    // SQLite would otherwise seek a team's, client's or contact's whole history by its own index.
    const hint = filter.status?.length && dialect === 'sqlite' ? { dialect, unindexed: ['team_id', 'organization_id', 'contact_id'] as FilterColumn[] } : undefined;
    q = q.where((eb) => eb.and(filterConditions(eb, filter, hint)));
    if (filter.text) q = await whereMatches(db, q, dialect, filter.text, actor.kind !== 'staff');
    if (sort === 'due') q = q.where('sla_due_at', 'is not', null);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  // A few at a time, so one request's counts never hold the whole pool while other requests wait.
  const counts: number[] = [];
  for (let i = 0; i < requests.length; i += COUNTS_AT_ONCE) counts.push(...(await Promise.all(requests.slice(i, i + COUNTS_AT_ONCE).map(count))));
  return counts;
}

const COUNTS_AT_ONCE = 4;

/** A query over `tickets`, whatever it selects. */
type TicketQuery<O> = SelectQueryBuilder<Tables, 'tickets', O>;

type FilterColumn = 'status' | 'priority' | 'organization_id' | 'contact_id' | 'assignee_id' | 'team_id';

/** A filter's conditions; `hint.unindexed` names columns the planner should not pick an index for. */
function filterConditions(eb: ExpressionBuilder<Tables, 'tickets'>, f: TicketFilter, hint?: { dialect: DialectName; unindexed: FilterColumn[] }): Expression<SqlBool>[] {
  const col = (c: FilterColumn) => (hint?.unindexed.includes(c) ? withoutIndex(hint.dialect, c) : sql.ref(c));
  const out: Expression<SqlBool>[] = [];
  if (f.status?.length) out.push(eb(col('status'), 'in', f.status));
  if (f.priority?.length) out.push(eb(col('priority'), 'in', f.priority));
  if (f.organizationId) out.push(eb(col('organization_id'), '=', f.organizationId));
  if (f.contactId) out.push(eb(col('contact_id'), '=', f.contactId));
  if (f.assigneeId === 'none') out.push(eb(col('assignee_id'), 'is', null));
  else if (f.assigneeId) out.push(eb(col('assignee_id'), '=', f.assigneeId));
  if (f.dueBefore) out.push(eb('sla_due_at', '<', f.dueBefore));
  // With the nearest-due order this is where the walk of the due-time index starts.
  if (f.dueAfter) out.push(eb('sla_due_at', '>=', f.dueAfter));
  if (f.teamId) out.push(eb(col('team_id'), '=', f.teamId));
  if (f.tier !== undefined) out.push(eb('tier', '=', f.tier));
  if (f.businessCritical !== undefined) out.push(eb('business_critical', '=', f.businessCritical));
  return out;
}

/**
 * Above this many matching texts, SQLite walks the tickets newest first and probes each for a match
 * (cost ~ page size × tickets / matches); at or below it, it fetches the matching tickets and sorts
 * them (cost ~ matches). About sqrt(51 × 1M tickets × probe/fetch cost ratio).
 */
const SQLITE_DENSE_MATCHES = 5000;

/**
 * Only tickets with a searchable text matching every word. `clientOnly` (a client searching)
 * matches only texts a client may read — the subject and public replies, never an internal note
 * or a call log — so a search cannot reveal a word of what only staff may read. The visibility
 * test reads a column of the text row each plan fetches anyway (PostgreSQL: the heap row behind
 * the GIN bitmap; SQLite: the row behind the FTS rowid, or, when probing per ticket, only for a
 * text that already matched), so it adds no scan.
 */
async function whereMatches<O>(db: Db, q: TicketQuery<O>, dialect: DialectName, text: string, clientOnly: boolean): Promise<TicketQuery<O>> {
  const terms = searchTerms(text);
  if (terms.length === 0) return q.where(sql.lit(false));
  // SQLite: the words reach FTS5 only as quoted terms, the last one as a prefix.
  if (dialect !== 'sqlite') return q.where('id', 'in', matchingTicketIds(terms, clientOnly));
  const expr = terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
  const matches = sql`(SELECT rowid FROM ticket_search_fts WHERE ticket_search_fts MATCH ${expr})`;
  const visible = clientOnly ? sql` AND s.client_visible = 1` : sql``;
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ticket_search_fts WHERE ticket_search_fts MATCH ${expr}`.execute(db);
  if (Number(rows[0]?.n ?? 0) > SQLITE_DENSE_MATCHES) {
    return q.where(sql<boolean>`EXISTS (SELECT 1 FROM ticket_search s WHERE s.ticket_id = tickets.id AND s.id IN ${matches}${visible})`);
  }
  return q.where('id', 'in', sql<string>`(SELECT s.ticket_id FROM ticket_search s WHERE s.id IN ${matches}${visible})`);
}

/** Words of a search, letters and digits only, so no user text reaches the query syntax. */
export function searchTerms(text: string): string[] {
  return (text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12).map((t) => t.toLowerCase());
}

/** PostgreSQL: every term must match; the last one as a prefix, so typing "print" finds "printer". */
function matchingTicketIds(terms: string[], clientOnly: boolean) {
  const expr = terms.map((t, i) => `${t}${i === terms.length - 1 ? ':*' : ''}`).join(' & ');
  return sql<string>`(SELECT ticket_id FROM ticket_search WHERE document @@ to_tsquery('simple', ${expr})${clientOnly ? sql` AND client_visible` : sql``})`;
}

/**
 * Adds one new searchable text of a ticket (its subject at creation, or a new message);
 * `clientVisible` says whether the ticket's client may read it (a public reply) or only staff (a note).
 */
export async function addText(trx: Db, ticketId: string, source: string, body: string, clientVisible: boolean): Promise<void> {
  await trx.insertInto('ticket_search').values({ ticket_id: ticketId, source, body, client_visible: clientVisible }).execute();
}

/** Replaces a searchable subject (a changed subject, a merged ticket's subject); clients may read subjects. */
export async function replaceText(trx: Db, ticketId: string, source: string, body: string): Promise<void> {
  await trx.deleteFrom('ticket_search').where('ticket_id', '=', ticketId).where('source', '=', source).execute();
  await addText(trx, ticketId, source, body, true);
}

export interface EventRecord {
  id: number;
  ticketId: string;
  actorUserId: string | null;
  type: string;
  field: string | null;
  before: unknown;
  after: unknown;
  internal: boolean;
  at: string;
}

export async function insertEvent(trx: Db, e: Omit<EventRecord, 'id'>): Promise<void> {
  await trx
    .insertInto('ticket_events')
    .values({
      ticket_id: e.ticketId,
      actor_user_id: e.actorUserId,
      type: e.type,
      field: e.field,
      before_value: e.before === undefined ? null : JSON.stringify(e.before),
      after_value: e.after === undefined ? null : JSON.stringify(e.after),
      internal: e.internal,
      at: e.at,
    })
    .execute();
}

/** A page of a ticket's event log, oldest first; for a client only the kinds of event a client may see (client-view.ts). */
export async function listEvents(db: Db, ticketId: string, audience: 'staff' | 'client', page: { limit: number; after?: number }): Promise<EventRecord[]> {
  let q = db.selectFrom('ticket_events').selectAll().where('ticket_id', '=', ticketId);
  if (audience === 'client') {
    q = q
      .where('internal', '=', false)
      .where('type', 'in', CLIENT_EVENT_TYPES)
      .where((eb) => eb.or([eb('type', '!=', 'ticket.updated'), eb('field', 'in', CLIENT_CHANGED_FIELDS)]));
  }
  if (page.after !== undefined) q = q.where('id', '>', page.after);
  const rows = await q.orderBy('id', 'asc').limit(page.limit + 1).execute();
  return rows.map((r) => ({
    id: Number(r.id),
    ticketId: r.ticket_id,
    actorUserId: r.actor_user_id,
    type: r.type,
    field: r.field,
    before: readJson(r.before_value, null),
    after: readJson(r.after_value, null),
    internal: readBool(r.internal),
    at: r.at,
  }));
}

export type MessageRecord = MessageTable;

export async function insertMessage(trx: Db, m: MessageRecord): Promise<void> {
  await trx.insertInto('messages').values(m).execute();
}

export async function listMessages(db: Db, ticketId: string, includeInternal: boolean, page: { limit: number; after?: [string, string] }): Promise<MessageRecord[]> {
  let q = db.selectFrom('messages').selectAll().where('ticket_id', '=', ticketId);
  if (!includeInternal) q = q.where('kind', 'in', PUBLIC_MESSAGE_KINDS);
  if (page.after) {
    const [at, id] = page.after;
    q = q.where((eb) => eb.or([eb('created_at', '>', at), eb.and([eb('created_at', '=', at), eb('id', '>', id)])]));
  }
  return q.orderBy('created_at', 'asc').orderBy('id', 'asc').limit(page.limit + 1).execute();
}

export async function insertLink(trx: Db, link: { id: string; kind: string; from: string; to: string; by: string; at: string }): Promise<void> {
  await trx
    .insertInto('ticket_links')
    .values({ id: link.id, kind: link.kind, from_ticket_id: link.from, to_ticket_id: link.to, created_by: link.by, created_at: link.at })
    .execute();
}

export async function listLinks(db: Db, ticketId: string) {
  return db
    .selectFrom('ticket_links')
    .selectAll()
    .where((eb) => eb.or([eb('from_ticket_id', '=', ticketId), eb('to_ticket_id', '=', ticketId)]))
    .orderBy('created_at', 'asc')
    .execute();
}

/** Moves everything a ticket holds to another: messages, history, search texts and links. */
export async function moveTicketContents(trx: Db, fromId: string, intoId: string): Promise<{ messages: number; events: number }> {
  const messages = await trx.updateTable('messages').set({ ticket_id: intoId }).where('ticket_id', '=', fromId).executeTakeFirst();
  await trx.updateTable('ticket_events').set({ origin_ticket_id: fromId }).where('ticket_id', '=', fromId).where('origin_ticket_id', 'is', null).execute();
  const events = await trx.updateTable('ticket_events').set({ ticket_id: intoId }).where('ticket_id', '=', fromId).executeTakeFirst();
  await trx.updateTable('ticket_search').set({ ticket_id: intoId }).where('ticket_id', '=', fromId).where('source', '!=', 'subject').execute();
  await trx.updateTable('ticket_links').set({ from_ticket_id: intoId }).where('from_ticket_id', '=', fromId).where('to_ticket_id', '!=', intoId).execute();
  await trx.updateTable('ticket_links').set({ to_ticket_id: intoId }).where('to_ticket_id', '=', fromId).where('from_ticket_id', '!=', intoId).execute();
  return { messages: Number(messages.numUpdatedRows), events: Number(events.numUpdatedRows) };
}

/** Where a new ticket's references point: each is null when its row does not exist (or, for the assignee, is no active staff member). */
export interface TicketReferences {
  organizationId: string | null;
  contactOrganizationId: string | null;
  siteOrganizationId: string | null;
  assigneeId: string | null;
  teamId: string | null;
  /** When the client (named, or the contact's), the contact and the site were archived; null: active or not named. */
  archived: ArchivedStates;
}

/**
 * Looks up every reference a new ticket names in one statement (a round trip each was most of a
 * create's reads on PostgreSQL), with the archive states the clients module's refuseArchivedStates
 * judges. Only the ids given are looked up; the others come back null.
 */
export async function ticketReferences(db: Db, ids: { organizationId?: string; contactId?: string | null; siteId?: string; assigneeId?: string; teamId?: string }): Promise<TicketReferences> {
  const row = await db
    .selectNoFrom((eb) => {
      const none = sql<string | null>`NULL`;
      // Each module names its own tables; the subqueries still go to the database as one statement.
      return [
        ...ticketReferenceColumns(eb, ids),
        (ids.assigneeId === undefined ? none : enabledStaffIdExpression(eb, ids.assigneeId)).as('assignee_id'),
        (ids.teamId === undefined ? none : teamIdExpression(eb, ids.teamId)).as('team_id'),
      ];
    })
    .executeTakeFirstOrThrow();
  return {
    organizationId: row.organization_id ?? null,
    contactOrganizationId: row.contact_organization_id ?? null,
    siteOrganizationId: row.site_organization_id ?? null,
    assigneeId: row.assignee_id ?? null,
    teamId: row.team_id ?? null,
    archived: { organization: row.organization_archived_at ?? null, contact: row.contact_archived_at ?? null, site: row.site_archived_at ?? null },
  };
}

/** What a new ticket writes beside its row: its `ticket.created` event and, if it has one, its first message. */
export interface NewTicketRows {
  /** The event's `after` snapshot, without the number (taken while writing). */
  snapshot: Record<string, unknown>;
  actorUserId: string | null;
  message?: MessageRecord;
}

/**
 * Writes a new ticket — its number, row, `ticket.created` event, first message and search texts
 * (each marked client-visible as `addText` would) — and returns its number. PostgreSQL does it in one statement (data-modifying CTEs; the foreign
 * keys are checked at its end) with the number from the `ticket_numbers` sequence: the separate
 * statements cost a round trip each. SQLite, in process, runs them one by one after taking the
 * number from the counter.
 */
export async function insertNewTicket(trx: Db, dialect: DialectName, ticket: TicketRecord, rows: NewTicketRows): Promise<number> {
  const c = ticketColumns(ticket);
  const m = rows.message;
  const event = { ticket_id: c.id, actor_user_id: rows.actorUserId, type: 'ticket.created', field: null, before_value: null, internal: false, at: c.created_at };
  // Clients search the subject and what they may read of the first message (a description is theirs).
  const messageVisible = m !== undefined && PUBLIC_MESSAGE_KINDS.includes(m.kind);
  if (dialect !== 'postgres') {
    const number = await nextTicketNumber(trx, dialect);
    await insertTicket(trx, { ...ticket, number });
    await addText(trx, c.id, 'subject', c.subject, true);
    await trx.insertInto('ticket_events').values({ ...event, after_value: JSON.stringify({ ...rows.snapshot, number }) }).execute();
    if (m) {
      await insertMessage(trx, m);
      await addText(trx, c.id, m.id, m.body, messageVisible);
    }
    return number;
  }
  const texts = [sql`(${c.id}, 'subject', ${c.subject}, true)`, ...(m ? [sql`(${c.id}, ${m.id}, ${m.body}, ${messageVisible})`] : [])];
  const message = m
    ? sql`, m AS (
        INSERT INTO messages (id, ticket_id, kind, author_user_id, author_contact_id, body, call_direction, caller_number, call_duration_seconds, created_at)
        VALUES (${m.id}, ${m.ticket_id}, ${m.kind}, ${m.author_user_id}, ${m.author_contact_id}, ${m.body}, ${m.call_direction}, ${m.caller_number}, ${m.call_duration_seconds}, ${m.created_at}))`
    : sql``;
  const { rows: out } = await sql<{ number: number }>`
    WITH t AS (
      INSERT INTO tickets (id, number, organization_id, contact_id, site_id, subject, priority, business_critical, status, tier, team_id,
        assignee_id, channel, tags, fcr_outcome, merged_into_id, version, created_at, updated_at, resolved_at, closed_at, sla_due_at)
      VALUES (${c.id}, nextval('ticket_numbers'), ${c.organization_id}, ${c.contact_id}, ${c.site_id}, ${c.subject}, ${c.priority}, ${c.business_critical},
        ${c.status}, ${c.tier}, ${c.team_id}, ${c.assignee_id}, ${c.channel}, ${c.tags}, ${c.fcr_outcome}, ${c.merged_into_id}, ${c.version},
        ${c.created_at}, ${c.updated_at}, ${c.resolved_at}, ${c.closed_at}, ${c.sla_due_at})
      RETURNING number
    ), e AS (
      INSERT INTO ticket_events (ticket_id, actor_user_id, type, field, before_value, after_value, internal, at)
      SELECT ${c.id}, ${event.actor_user_id}, ${event.type}, NULL, NULL, ${JSON.stringify(rows.snapshot)}::jsonb || jsonb_build_object('number', t.number), false, ${event.at} FROM t
    ), s AS (
      INSERT INTO ticket_search (ticket_id, source, body, client_visible) VALUES ${sql.join(texts)}
    )${message}
    SELECT number FROM t`.execute(trx);
  return Number(out[0].number);
}

/** A visible ticket by id or human number, for other modules' routes (same tenancy rule). */
export async function findTicketForActor(db: Db, actor: Actor, ref: string): Promise<TicketRecord | undefined> {
  const number = parseTicketNumber(ref);
  return findVisibleTicket(db, actor, number !== undefined ? { number } : { id: ref });
}

/** The ticket's nearest SLA due time as the SLA module last stored it. */
export async function currentDueAt(db: Db, ticketId: string): Promise<string | null> {
  return (await db.selectFrom('tickets').select('sla_due_at').where('id', '=', ticketId).executeTakeFirst())?.sla_due_at ?? null;
}

/** What other modules need to know of a ticket, without an actor (system work inside a transaction). */
export interface TicketFacts {
  id: string;
  number: number;
  subject: string;
  organizationId: string;
  contactId: string | null;
  siteId: string | null;
  priority: string;
  businessCritical: boolean;
  status: Status;
  assigneeId: string | null;
  teamId: string | null;
  mergedIntoId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export async function ticketFacts(db: Db, ticketId: string): Promise<TicketFacts | undefined> {
  const row = await db
    .selectFrom('tickets')
    .select(['id', 'number', 'subject', 'organization_id', 'contact_id', 'site_id', 'priority', 'business_critical', 'status', 'assignee_id', 'team_id', 'merged_into_id', 'version', 'created_at', 'updated_at'])
    .where('id', '=', ticketId)
    .executeTakeFirst();
  return row && {
    id: row.id, number: row.number, subject: row.subject, organizationId: row.organization_id, contactId: row.contact_id, siteId: row.site_id, priority: row.priority,
    businessCritical: readBool(row.business_critical), status: row.status as Status, assigneeId: row.assignee_id, teamId: row.team_id, mergedIntoId: row.merged_into_id,
    version: row.version, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/** Ids of every ticket (loading the demo derives each one's clocks). */
export async function allTicketIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('tickets').select('id').execute()).map((r) => r.id);
}

/** Ids of the unfinished tickets of these clients (their clocks follow a changed contract, policy or calendar). */
export async function unfinishedTicketIds(db: Db, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const ids: string[] = [];
  const unique = [...new Set(organizationIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db.selectFrom('tickets').select('id').where('organization_id', 'in', unique.slice(i, i + 500)).where('status', 'not in', FINISHED_STATUSES).execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** Stores the nearest due time of the ticket's running SLA clocks, as the sla module computed it. */
export async function setSlaDueAt(db: Db, ticketId: string, dueAt: string | null): Promise<void> {
  await db.updateTable('tickets').set({ sla_due_at: dueAt }).where('id', '=', ticketId).execute();
}

/** One event of a ticket's history as its SLA clocks read it, its JSON decoded. */
export interface ClockEvent {
  type: 'ticket.created' | 'ticket.updated' | 'message.added';
  field: string | null;
  after: unknown;
  at: string;
  actorUserId: string | null;
}

/** The ticket's creation, field changes and messages in order, its own and those merged into it. */
export async function clockEvents(db: Db, ticketId: string): Promise<ClockEvent[]> {
  const rows = await db
    .selectFrom('ticket_events')
    .select(['type', 'field', 'after_value', 'at', 'actor_user_id'])
    .where('ticket_id', '=', ticketId)
    .where((eb) => eb.or([eb('origin_ticket_id', 'is', null), eb('origin_ticket_id', '=', ticketId)]))
    .where('type', 'in', ['ticket.created', 'ticket.updated', 'message.added'])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ type: r.type as ClockEvent['type'], field: r.field, after: readJson<unknown>(r.after_value, null), at: r.at, actorUserId: r.actor_user_id }));
}

/**
 * Marks a ticket changed by another module's work on it (a flag raised, a call-back logged): a new
 * version and activity time, so open views reload and a concurrent change made on the old version
 * is refused rather than lost. Answers the ticket's status, or undefined when there is no ticket.
 */
export async function touchTicket(db: Db, ticketId: string, at: string): Promise<Status | undefined> {
  const row = await db
    .updateTable('tickets')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', ticketId)
    .returning('status')
    .executeTakeFirst();
  return row?.status as Status | undefined;
}

/** The bodies of a ticket's messages, newest first (at most `limit`): what its correspondents wrote and were told. */
export async function ticketMessageTexts(db: Db, ticketId: string, limit = 200): Promise<string[]> {
  const rows = await db.selectFrom('messages').select('body').where('ticket_id', '=', ticketId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => r.body);
}

/** A ticket as another module lists it beside its own records (an incident's children, tickets that mention a vendor). */
export interface TicketSummary {
  id: string;
  number: number;
  organizationId: string;
  subject: string;
  status: Status;
  mergedIntoId: string | null;
}

const summaryColumns = ['id', 'number', 'organization_id', 'subject', 'status', 'merged_into_id'] as const;
const toSummary = (r: Pick<TicketTable, (typeof summaryColumns)[number]>): TicketSummary => ({
  id: r.id, number: Number(r.number), organizationId: r.organization_id, subject: r.subject, status: r.status as Status, mergedIntoId: r.merged_into_id,
});

/** The named tickets that exist, in no particular order. */
export async function ticketSummaries(db: Db, ids: string[]): Promise<TicketSummary[]> {
  const out: TicketSummary[] = [];
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) out.push(...(await db.selectFrom('tickets').select(summaryColumns).where('id', 'in', unique.slice(i, i + 500)).execute()).map(toSummary));
  return out;
}

/**
 * The open tickets of the named clients whose searchable texts (subject, description, messages)
 * hold every word of one of the phrases — the full-text search of the queues, staff's view — newest
 * first per phrase, each ticket once.
 */
export async function openTicketsMentioning(db: Db, dialect: DialectName, organizationIds: string[], phrases: string[]): Promise<TicketSummary[]> {
  const found = new Map<string, TicketSummary>();
  const clients = [...new Set(organizationIds)];
  for (let i = 0; i < clients.length; i += 500) {
    for (const phrase of new Set(phrases)) {
      let q = db.selectFrom('tickets').select(summaryColumns).where('organization_id', 'in', clients.slice(i, i + 500)).where('status', 'in', OPEN_STATUSES).where('merged_into_id', 'is', null);
      q = await whereMatches(db, q, dialect, phrase, false);
      for (const r of await q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute()) if (!found.has(r.id)) found.set(r.id, toSummary(r));
    }
  }
  return [...found.values()];
}
