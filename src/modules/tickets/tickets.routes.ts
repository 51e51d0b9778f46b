/** HTTP for tickets: validate → authorise (tenancy scope) → use case → present. */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { toIso, type Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import type { DomainEvent, EventBus } from '../../platform/events.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { IdParams, Page, PageQuery, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isStaff, type Actor } from '../auth/index.js';
import { addMessage } from './add-message.js';
import { clientEvent, clientTicket, linkedTicketId, STAFF_ONLY_FILTERS } from './client-view.js';
import { createTicket } from './create-ticket.js';
import { linkTickets, mergeTickets } from './link-tickets.js';
import { formatTicketNumber, parseTicketNumber, PRIORITIES, STATUSES } from './ticket.js';
import { countVisibleTickets, findVisibleTicket, listEvents, listLinks, listMessages, listVisibleTickets, type EventRecord, type MessageRecord, type TicketFilter, type TicketRecord } from './ticket.repository.js';
import { resolveBlocks, type ResolveGuard } from './resolve-guard.js';
import type { OnTicketCreating, TicketDeps } from './ticket-deps.js';
import {
  AddMessageBody,
  CountTicketsBody,
  CreateLinkBody,
  CreateTicketBody,
  Link,
  MergeBody,
  Message,
  ResolveBlocks,
  Ticket,
  TicketCounts,
  TicketEvent,
  type TicketFilterQuery,
  TicketListQuery,
  TicketPage,
  UpdateTicketBody,
} from './tickets.schema.js';
import { updateTicket } from './update-ticket.js';

export interface TicketRoutesDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  events: EventBus;
  ticketPrefix: string;
  /** Called in the writing transaction after any ticket change (SLA clocks). */
  onTicketChanged?: (db: Db, ticketId: string) => Promise<void>;
  /** Called in the creating transaction for a new ticket, in place of `onTicketChanged`. */
  onTicketCreating?: OnTicketCreating;
  /**
   * Checks that may hold a ticket open (the fraud guard's verify-by-phone), run in the writing
   * transaction before a ticket is resolved, closed or merged away, for every staff role alike.
   */
  resolveGuards?: readonly ResolveGuard[];
}

/** Cursors of the ticket lists: the sort key of the last row. */
const TICKETS_BY_ACTIVITY = cursorShape('tickets.activity', 'instant', 'text');
const TICKETS_BY_DUE = cursorShape('tickets.due', 'instant', 'text');
const MESSAGES_CURSOR = cursorShape('tickets.messages', 'instant', 'text');
const EVENTS_CURSOR = cursorShape('tickets.events', 'integer');

/** Text searches are the dearest counts; a counts request may hold only a few. */
const MAX_SEARCHES_PER_COUNT = 5;

/** A comma-separated list whose every value must be one of `known`, so a typo is an error rather than an empty list. */
function list(value: string | undefined, known: readonly string[], field: string): string[] | undefined {
  const values = value?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = values?.find((v) => !known.includes(v));
  if (unknown !== undefined) throw new AppError('unknown_value', `"${unknown}" is not one of ${known.join(', ')}`, { status: 400, field });
  return values;
}

/** The repository's filter from the query of GET /tickets (or one filter of the counts, under `at`). */
function toFilter(q: TicketFilterQuery, actor: Actor, at = ''): TicketFilter {
  // A client filtering on staff-only fields could learn them one probe at a time.
  const probe = isStaff(actor) ? undefined : STAFF_ONLY_FILTERS.find((f) => q[f] !== undefined);
  if (probe) throw new AppError('field_not_allowed', `Only staff can filter tickets by ${probe}`, { status: 403, field: `${at}/${probe}` });
  return {
    status: list(q.status, STATUSES, `${at}/status`),
    priority: list(q.priority, PRIORITIES, `${at}/priority`),
    organizationId: q.organizationId,
    contactId: q.contactId,
    assigneeId: q.assigneeId === 'me' ? actor.userId : q.assigneeId,
    teamId: q.teamId,
    tier: q.tier,
    businessCritical: q.businessCritical,
    text: q.q,
    dueBefore: instant(q.dueBefore, `${at}/dueBefore`),
    dueAfter: instant(q.dueAfter, `${at}/dueAfter`),
  };
}

/** A date-time as stored (UTC, milliseconds), so "…T14:00:00+02:00" compares right on SQLite's text too. */
function instant(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new AppError('invalid_date', `${value} is not an instant`, { status: 400, field });
  return toIso(ms);
}

export function ticketRoutes(app: App, deps: TicketRoutesDeps): void {
  for (const schema of [Ticket, Message, TicketEvent, Link]) app.addSchema(schema);
  /** A ticket as the actor may see it: a client never gets its staff-only fields. */
  const present = (actor: Actor, t: TicketRecord) => {
    const shown = { ...t, number: formatTicketNumber(deps.ticketPrefix, t.number) };
    return (isStaff(actor) ? shown : clientTicket(shown));
  };
  const presentMessage = (m: MessageRecord) => ({
    id: m.id,
    ticketId: m.ticket_id,
    kind: m.kind,
    authorUserId: m.author_user_id,
    authorContactId: m.author_contact_id,
    body: m.body,
    callDirection: m.call_direction,
    callerNumber: m.caller_number,
    callDurationSeconds: m.call_duration_seconds,
    createdAt: m.created_at,
  });
  const presentEvent = ({ internal: _i, ...e }: EventRecord) => e;
  /** The event log as a client sees it: staff-only kinds are already left out by the query. */
  async function forClient(actor: Actor, events: EventRecord[]): Promise<EventRecord[]> {
    const shown: EventRecord[] = [];
    for (const event of events) {
      const visible = clientEvent(event);
      const other = visible && linkedTicketId(visible);
      // A parent/child link may join two clients (a vendor incident); the other side's id is theirs.
      if (visible && (other === undefined || (await findVisibleTicket(deps.db, actor, { id: other })))) shown.push(visible);
    }
    return shown;
  }

  /** What a use case needs inside the transaction `trx`, its live events collected in `outbox`. */
  const ticketDeps = (trx: Db, outbox: DomainEvent[]): TicketDeps => ({ db: trx, clock: deps.clock, emit: (e) => outbox.push(e), onChanged: deps.onTicketChanged, resolveGuards: deps.resolveGuards });

  /** Runs a write in one transaction and publishes its live events only after it commits. */
  async function inTransaction<T>(fn: (d: TicketDeps) => Promise<T>): Promise<T> {
    const outbox: DomainEvent[] = [];
    const result = await deps.db.transaction().execute((trx) => fn(ticketDeps(trx, outbox)));
    for (const e of outbox) deps.events.publish(e);
    return result;
  }

  async function load(db: Db, actor: Actor, ref: string, field?: string): Promise<TicketRecord> {
    const number = parseTicketNumber(ref);
    const ticket = await findVisibleTicket(db, actor, number !== undefined ? { number } : { id: ref });
    if (!ticket) throw notFound('Ticket', field);
    return ticket;
  }

  const tags = ['tickets'];
  const idParams = { params: IdParams };

  app.get('/api/v1/tickets', {
    schema: {
      tags,
      summary: 'List tickets',
      description: 'Newest activity first. A client user sees only their own tickets; a client administrator their organisation’s.',
      querystring: TicketListQuery,
      response: { 200: TicketPage, ...problemResponses(400, 401) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    const q = request.query;
    const limit = q.limit ?? 50;
    const shape = q.sort === 'due' ? TICKETS_BY_DUE : TICKETS_BY_ACTIVITY;
    const after = readCursor(request, shape);
    const rows = await listVisibleTickets(deps.db, deps.dialect, actor, toFilter(q, actor), { limit, after, sort: q.sort });
    // The due-time list holds only tickets with a running clock, so slaDueAt is set on every row.
    return toPage(request, shape, rows, limit, (t) => (q.sort === 'due' ? [t.slaDueAt!, t.id] : [t.updatedAt, t.id]), (t) => present(actor, t));
  });

  app.post('/api/v1/tickets/counts', {
    schema: {
      tags,
      summary: 'Count tickets for several filters at once',
      description:
        'Exact counts of the tickets the caller may see, one per filter (the filters of GET /tickets), taken together; the console uses it for its queue and ' +
        'saved-view counts. At most 25 filters, of which at most 5 may search text (q).',
      body: CountTicketsBody,
      response: { 200: TicketCounts, ...problemResponses(400, 401) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    const at = deps.clock.iso();
    const searches = request.body.queries.map((q, i) => (q.q ? i : -1)).filter((i) => i >= 0);
    if (searches.length > MAX_SEARCHES_PER_COUNT) {
      throw new AppError('too_many_searches', `At most ${MAX_SEARCHES_PER_COUNT} of the filters may search text`, { status: 400, field: `/queries/${searches[MAX_SEARCHES_PER_COUNT]}/q` });
    }
    const counts = await countVisibleTickets(deps.db, deps.dialect, actor, request.body.queries.map((q, i) => ({ filter: toFilter(q, actor, `/queries/${i}`), sort: q.sort })));
    return { counts, at };
  });

  app.post('/api/v1/tickets', {
    schema: { tags, summary: 'Open a ticket', body: CreateTicketBody, response: { 201: Type.Ref('Ticket'), ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422) } },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    return runCreate(deps, request, reply, actor.userId, async (trx) => {
      const outbox: DomainEvent[] = [];
      const ticket = await createTicket({ db: trx, dialect: deps.dialect, clock: deps.clock, emit: (e) => outbox.push(e), onCreating: deps.onTicketCreating }, actor, request.body);
      return { status: 201, body: present(actor, ticket), after: () => outbox.forEach((e) => deps.events.publish(e)) };
    });
  });

  app.get('/api/v1/tickets/:id', {
    schema: { tags, summary: 'Get a ticket by id or number', params: IdParams, response: { 200: Type.Ref('Ticket'), ...problemResponses(401, 404) } },
  }, async (request) => {
    const actor = actorFrom(request);
    return present(actor, await load(deps.db, actor, request.params.id));
  });

  app.patch('/api/v1/tickets/:id', {
    schema: {
      tags,
      summary: 'Change a ticket',
      description: 'Every change is recorded in the ticket’s event log.',
      ...idParams,
      body: UpdateTicketBody,
      response: { 200: Type.Ref('Ticket'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    return present(actor, await inTransaction(async (d) => updateTicket(d, actor, await load(d.db, actor, request.params.id), request.body)));
  });

  app.get('/api/v1/tickets/:id/messages', {
    schema: {
      tags,
      summary: 'Messages of a ticket',
      description: 'Clients see public replies only.',
      ...idParams,
      querystring: Type.Object(PageQuery, { additionalProperties: false }),
      response: { 200: Page(Type.Ref('Message'), 'MessagePage'), ...problemResponses(400, 401, 404) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    const ticket = await load(deps.db, actor, request.params.id);
    const limit = request.query.limit ?? 50;
    const rows = await listMessages(deps.db, ticket.id, isStaff(actor), { limit, after: readCursor(request, MESSAGES_CURSOR) });
    return toPage(request, MESSAGES_CURSOR, rows, limit, (m) => [m.created_at, m.id], presentMessage);
  });

  app.post('/api/v1/tickets/:id/messages', {
    schema: {
      tags,
      summary: 'Add a reply, internal note or call log entry',
      ...idParams,
      body: AddMessageBody,
      response: { 201: Type.Ref('Message'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    return runCreate(deps, request, reply, actor.userId, async (trx) => {
      const outbox: DomainEvent[] = [];
      const message = await addMessage(ticketDeps(trx, outbox), actor, await load(trx, actor, request.params.id), request.body);
      return { status: 201, body: presentMessage(message), after: () => outbox.forEach((e) => deps.events.publish(e)) };
    });
  });

  app.get('/api/v1/tickets/:id/events', {
    schema: {
      tags,
      summary: 'The ticket’s event log',
      description: 'Every change with who, when, before and after; oldest first.',
      ...idParams,
      querystring: Type.Object(PageQuery, { additionalProperties: false }),
      response: { 200: Page(Type.Ref('TicketEvent'), 'TicketEventPage'), ...problemResponses(400, 401, 404) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    const ticket = await load(deps.db, actor, request.params.id);
    const limit = request.query.limit ?? 50;
    const after = readCursor(request, EVENTS_CURSOR);
    const rows = await listEvents(deps.db, ticket.id, isStaff(actor) ? 'staff' : 'client', { limit, after: after?.[0] });
    const page = toPage(request, EVENTS_CURSOR, rows, limit, (e) => [e.id], (e) => e);
    // A client's page may hold fewer than `limit` events; its cursor still follows the last one read.
    return { ...page, items: (isStaff(actor) ? page.items : await forClient(actor, page.items)).map(presentEvent) };
  });

  app.get('/api/v1/tickets/:id/links', {
    schema: { tags, summary: 'Links of a ticket', ...idParams, response: { 200: Type.Object({ items: Type.Array(Type.Ref('TicketLink')) }), ...problemResponses(401, 404) } },
  }, async (request) => {
    const actor = actorFrom(request);
    const ticket = await load(deps.db, actor, request.params.id);
    const rows = await listLinks(deps.db, ticket.id);
    // A parent/child link may join two clients (a vendor incident); a client sees only its own side.
    const visible = [];
    for (const r of rows) {
      const otherId = r.from_ticket_id === ticket.id ? r.to_ticket_id : r.from_ticket_id;
      if (isStaff(actor) || (await findVisibleTicket(deps.db, actor, { id: otherId }))) {
        visible.push({ id: r.id, kind: r.kind, fromTicketId: r.from_ticket_id, toTicketId: r.to_ticket_id, createdAt: r.created_at });
      }
    }
    return { items: visible };
  });

  app.post('/api/v1/tickets/:id/links', {
    schema: { tags, summary: 'Link two tickets', ...idParams, body: CreateLinkBody, response: { 201: Type.Ref('TicketLink'), ...problemResponses(400, 401, 403, 404, 409, 422) } },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    return runCreate(deps, request, reply, actor.userId, async (trx) => {
      const outbox: DomainEvent[] = [];
      const ticket = await load(trx, actor, request.params.id);
      const other = await load(trx, actor, request.body.ticketId, '/ticketId');
      const link = await linkTickets(ticketDeps(trx, outbox), actor, ticket, other, request.body.relation);
      return { status: 201, body: link, after: () => outbox.forEach((e) => deps.events.publish(e)) };
    });
  });

  app.post('/api/v1/tickets/:id/merge', {
    schema: {
      tags,
      summary: 'Merge this ticket into another',
      description: 'Messages, history, search texts and links move to the target; this ticket is closed and points at it.',
      ...idParams,
      body: MergeBody,
      response: { 200: Type.Object({ source: Type.Ref('Ticket'), target: Type.Ref('Ticket') }), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request: FastifyRequest<{ Params: { id: string }; Body: { intoTicketId: string } }>) => {
    const actor = actorFrom(request);
    const result = await inTransaction(async (d) => {
      const source = await load(d.db, actor, request.params.id);
      const target = await load(d.db, actor, request.body.intoTicketId, '/intoTicketId');
      return mergeTickets(d, actor, source, target);
    });
    return { source: present(actor, result.source), target: present(actor, result.target) };
  });

  app.get('/api/v1/tickets/:id/resolve-blocks', {
    schema: {
      tags,
      summary: 'What holds a ticket open',
      description:
        'Staff only. Every reason the ticket may not be resolved, closed or merged away yet (e.g. verification_required: a call-back to log first), with what ' +
        'to do; empty when nothing does. Changing the status to resolved or closed is refused with the first one’s code while any remains.',
      ...idParams,
      response: { 200: ResolveBlocks, ...problemResponses(401, 403, 404) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    if (!isStaff(actor)) throw forbidden('Only staff can see what holds a ticket open');
    const ticket = await load(deps.db, actor, request.params.id);
    return { items: await resolveBlocks(deps.resolveGuards, deps.db, ticket.id) };
  });

}
