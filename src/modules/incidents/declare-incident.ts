/**
 * Declares a vendor incident: a parent incident and, for every client depending on the services
 * that are down, one child ticket (opened through the tickets module's create, its description
 * holding the client's fallback and workaround checklist), or an existing open ticket of that client
 * attached as its child. Clients may also be named directly (a suspected incident of the alerts
 * module, declare-suspected-incident.ts).
 *
 * Children are written a chunk of clients per transaction, so 500 clients never hold SQLite's one
 * writer for long; the incident is `declaring` until the last chunk committed. A retry with the
 * same Idempotency-Key answers the incident declared, or finishes one a crash left `declaring`
 * (each client's child is written once: the children's key is incident and client).
 */
import { toIso, type Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import type { DomainEvent } from '../../platform/events.js';
import { newId } from '../../platform/ids.js';
import type { StaffActor } from '../auth/index.js';
import { createTicket, insertTicketEvent, isOpenStatus, ticketSummaries, touchTicket, type OnTicketCreating, type TicketSummary } from '../tickets/index.js';
import { archivedAmong, organizationNames } from '../clients/index.js';
import { byCriticality } from '../vendors/index.js';
import { childDescription, incidentPageText, priorityFor, type ChildRecord, type Impact, type IncidentRecord } from './incident.js';
import type { IncidentLadders } from './incident-deps.js';
import { childrenOf, findAbandonedDeclaration, findIncident, findIncidentByKey, insertChildren, insertIncident, insertIncidentEvents, markIncidentOpen } from './incidents.repository.js';
import { loadImpact } from './load-impact.js';

export interface DeclareDeps {
  /** The database itself, not a transaction: each chunk is a transaction of its own. */
  db: Db;
  dialect: DialectName;
  clock: Clock;
  /** A new ticket's SLA clocks and ladders, as for any create (the modules' reactions, see roles/shared.ts). */
  onTicketCreating?: OnTicketCreating;
  /** Publishes live events after each chunk commits. */
  publish: (event: DomainEvent) => void;
  /** Clients per transaction (default 100). */
  chunkSize?: number;
  /** The children's ladders, held while the incident owns them, and the one page for all (escalation). */
  ladders?: IncidentLadders;
}

export interface DeclareInput {
  actor: StaffActor;
  serviceIds: string[];
  title: string;
  summary: string;
  /** Open tickets of impacted clients to attach as their children (one per client at most). */
  attachTicketIds?: string[];
  /**
   * Clients hit besides those the services' dependencies name (a suspected incident's, from their
   * alerts): each gets a child at `normal` criticality, with no checklist on file.
   */
  organizationIds?: string[];
  /** The request's Idempotency-Key and the hash of its method, URL and body. */
  key?: { key: string; hash: string };
  /** The hash of the request's method, URL and body, also without a key: a repeat finishes a declaration that died. */
  requestHash?: string;
}

/** A declaration still `declaring` this long after it began died with its request (500 clients take about a second). */
const ABANDONED_MS = 60_000;

const CHUNK = 100;

/** The tickets to attach, by client: each must be open, not merged, and of an impacted client, one per client. */
async function attachments(db: Db, impacts: Impact[], ids: string[]): Promise<Map<string, TicketSummary>> {
  const found = new Map((await ticketSummaries(db, ids)).map((t) => [t.id, t]));
  const impacted = new Set(impacts.map((i) => i.organizationId));
  const byClient = new Map<string, TicketSummary>();
  ids.forEach((id, i) => {
    const field = `/attachTicketIds/${i}`;
    const ticket = found.get(id);
    if (!ticket) throw notFound('Ticket', field);
    if (ticket.mergedIntoId || !isOpenStatus(ticket.status)) throw new AppError('ticket_not_open', 'Only an open ticket can be attached to the incident', { status: 422, field });
    if (!impacted.has(ticket.organizationId)) throw new AppError('ticket_not_impacted', 'This ticket’s client does not depend on the services of the incident', { status: 422, field });
    const other = byClient.get(ticket.organizationId);
    if (other && other.id !== id) throw new AppError('client_attached_twice', 'Attach at most one ticket per client: its child', { status: 422, field });
    byClient.set(ticket.organizationId, ticket);
  });
  return byClient;
}

/** The impact of clients named by id rather than found through dependencies: each must exist and not be archived. */
async function namedClients(db: Db, ids: string[], already: Impact[]): Promise<Impact[]> {
  const names = await organizationNames(db, ids);
  const archived = (await archivedAmong(db, { organizationIds: ids, siteIds: [] })).organizations;
  ids.forEach((id, i) => {
    if (!names.has(id)) throw notFound('Client', `/organizationIds/${i}`);
    if (archived.has(id)) throw new AppError('client_archived', 'This client is archived: no new tickets are opened for it', { status: 422, field: `/organizationIds/${i}` });
  });
  const seen = new Set(already.map((i) => i.organizationId));
  return [...new Set(ids)].filter((id) => !seen.has(id)).map((organizationId) => ({ organizationId, criticality: 'normal', siteId: null, services: [], fallbacks: [], workaroundSteps: [] }));
}

/** Writes the children of a chunk of clients: their tickets, opened or attached, and the child rows. */
async function writeChunk(deps: DeclareDeps, incident: IncidentRecord, chunk: Impact[], attach: Map<string, TicketSummary>, actor: StaffActor): Promise<DomainEvent[]> {
  const events: DomainEvent[] = [];
  await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.iso();
    const ticketDeps = { db: trx, clock: deps.clock, dialect: deps.dialect, onCreating: deps.onTicketCreating, emit: (e: DomainEvent) => events.push(e) };
    const children: ChildRecord[] = [];
    for (const impact of chunk) {
      const attached = attach.get(impact.organizationId);
      const ticketId = attached?.id ?? (await createTicket(ticketDeps, actor, {
        organizationId: impact.organizationId,
        ...(impact.siteId ? { siteId: impact.siteId } : {}),
        subject: incident.title,
        description: childDescription(incident.summary, impact),
        priority: priorityFor(impact.criticality),
        businessCritical: impact.criticality === 'critical',
        channel: 'incident',
        tags: ['incident'],
      })).id;
      // An attached ticket changed: a new version, so open views reload and a stale edit is refused.
      if (attached) await touchTicket(trx, attached.id, now);
      // The incident pages once for every client: the child's own ladder must not page as well.
      await deps.ladders?.hold(trx, ticketId, actor.userId);
      // Staff-only (clients read only the event types the tickets module names for them).
      await insertTicketEvent(trx, { ticketId, actorUserId: actor.userId, type: 'incident.child', field: null, before: null, after: { incidentId: incident.id, title: incident.title, attached: attached !== undefined }, internal: true, at: now });
      children.push({ incidentId: incident.id, organizationId: impact.organizationId, ticketId, attached: attached !== undefined, criticality: impact.criticality, workaroundSteps: impact.workaroundSteps, workaroundState: 'not_started', stepsDone: [], releasedAt: null, releaseReason: '', createdAt: now, updatedAt: now });
    }
    await insertChildren(trx, children);
  });
  return events;
}

/**
 * Pages on-call once, naming every client (a retry that finishes the declaration queues nothing
 * twice: the page's key is the incident's), and marks the incident open. Returns the pages queued.
 */
async function finish(deps: DeclareDeps, trx: Db, incident: IncidentRecord): Promise<number> {
  const children = await childrenOf(trx, incident.id);
  const names = await organizationNames(trx, children.map((c) => c.organizationId));
  const clients = children.map((c) => ({ name: names.get(c.organizationId) ?? c.organizationId, criticality: c.criticality })).sort((a, b) => byCriticality(a.criticality, b.criticality) || a.name.localeCompare(b.name));
  const queued = deps.ladders ? await deps.ladders.page(trx, children.map((c) => c.ticketId), { key: `incident:${incident.id}`, ...incidentPageText(incident.title, clients) }) : 0;
  if (await markIncidentOpen(trx, incident.id, deps.clock.iso())) {
    await insertIncidentEvents(trx, [{ id: newId(), incidentId: incident.id, type: 'paged', organizationId: null, actorUserId: null, data: { notifications: queued, clients: clients.length }, at: deps.clock.iso() }]);
  }
  return queued;
}

export async function declareIncident(deps: DeclareDeps, input: DeclareInput): Promise<{ incident: IncidentRecord; replayed: boolean }> {
  const { db, clock } = deps;
  const { actor } = input;
  let incident: IncidentRecord | undefined;
  if (input.key) {
    const earlier = await findIncidentByKey(db, actor.userId, input.key.key);
    if (earlier && earlier.requestHash !== input.key.hash) throw new AppError('idempotency_key_reused', 'This Idempotency-Key was already used for a different request', { status: 422, field: 'Idempotency-Key' });
    if (earlier?.incident.status === 'open') return { incident: earlier.incident, replayed: true };
    if (earlier && earlier.incident.status !== 'declaring') throw conflict(`incident_${earlier.incident.status}`, `The incident this Idempotency-Key declared is ${earlier.incident.status}`);
    incident = earlier?.incident;
  } else if (input.requestHash) {
    // Without a key, the same person sending the same declaration again finishes the one a dead
    // request left `declaring`, rather than leaving it there and declaring a second incident.
    incident = await findAbandonedDeclaration(db, actor.userId, input.requestHash, toIso(clock.now() - ABANDONED_MS));
  }
  const { impacts: fromServices } = input.serviceIds.length > 0 ? await loadImpact(db, input.serviceIds) : { impacts: [] };
  const impacts = [...fromServices, ...(await namedClients(db, input.organizationIds ?? [], fromServices))];
  if (impacts.length === 0) throw new AppError('no_impacted_clients', 'No client depends on these services: record their dependencies first', { status: 422, field: '/serviceIds' });
  const attach = await attachments(db, impacts, input.attachTicketIds ?? []);
  if (!incident) {
    const now = clock.iso();
    const made: IncidentRecord = { id: newId(), title: input.title.trim(), summary: input.summary.trim(), status: 'declaring', declaredBy: actor.userId, declaredAt: now, clientCount: impacts.length, vendorTicket: '', vendorContact: '', vendorPromisedAt: null, resolvedAt: null, resolvedBy: null, version: 1, createdAt: now, updatedAt: now };
    try {
      await db.transaction().execute(async (trx) => {
        await insertIncident(trx, made, [...new Set(input.serviceIds)], input.key ?? (input.requestHash ? { key: null, hash: input.requestHash } : undefined));
        await insertIncidentEvents(trx, [{ id: newId(), incidentId: made.id, type: 'declared', organizationId: null, actorUserId: actor.userId, data: { title: made.title, summary: made.summary, clients: impacts.length }, at: now }]);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('declaration_in_progress', 'A request with this Idempotency-Key is declaring this incident right now');
      throw error;
    }
    incident = made;
  }
  const done = new Set((await childrenOf(db, incident.id)).map((c) => c.organizationId));
  const todo = impacts.filter((i) => !done.has(i.organizationId));
  const size = deps.chunkSize ?? CHUNK;
  for (let i = 0; i < todo.length; i += size) {
    for (const event of await writeChunk(deps, incident, todo.slice(i, i + size), attach, actor)) deps.publish(event);
  }
  const paged = await db.transaction().execute((trx) => finish(deps, trx, incident));
  if (paged > 0) deps.ladders?.afterPaged?.();
  return { incident: (await findIncident(db, incident.id))!, replayed: false };
}
