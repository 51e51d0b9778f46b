/**
 * Resolves a vendor incident (issue 12, item 6): each child ticket gets the closing update as a
 * public reply and is resolved, unless the request keeps it open with a reason (or a resolve guard
 * holds it, whose reason is kept) — a kept-open child is let go, its own escalation ladders running
 * again. Then the incident is `resolved` and the review's first draft is written from its event log.
 *
 * Children are resolved a chunk per transaction, as they were declared (ADR 0017), and the incident
 * is marked resolved last: a request that dies midway leaves it `open` with some children resolved,
 * and resolving again finishes it (children already resolved or let go are skipped).
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import type { DomainEvent } from '../../platform/events.js';
import { newId } from '../../platform/ids.js';
import type { StaffActor } from '../auth/index.js';
import { renderMarkdown } from '../kb/index.js';
import type { CalendarCache } from '../sla/index.js';
import { insertTicketEvent, resolveWithNote, type ResolveGuard } from '../tickets/index.js';
import type { ChildRecord, IncidentRecord } from './incident.js';
import type { IncidentLadders } from './incident-deps.js';
import { childrenOf, findIncident, insertIncidentEvents, insertReview, markIncidentResolved, releaseChild } from './incidents.repository.js';
import { notifySubscribers } from './notify-subscribers.js';
import { draftReview } from './review.js';
import type { SubscriberDeps } from './subscription-deps.js';
import { reviewFacts } from './review-facts.js';

export interface ResolveIncidentDeps {
  /** The database itself: each chunk is a transaction of its own. */
  db: Db;
  clock: Clock;
  calendars: CalendarCache;
  ladders?: IncidentLadders;
  /** A ticket's SLA clocks, ladders and client mail after it changed (wired in main.ts). */
  onTicketChanged?: (db: Db, ticketId: string) => Promise<void>;
  resolveGuards?: readonly ResolveGuard[];
  publish: (event: DomainEvent) => void;
  chunkSize?: number;
  /** The status pages' subscribers, told the closing note; without it none hear of it. */
  subscribers?: Omit<SubscriberDeps, 'db'>;
}

export interface ResolveIncidentInput {
  actor: StaffActor;
  incidentId: string;
  /** The closing update, sent to each child's client as a public reply. */
  note: string;
  /** Children to keep open, each with why. */
  keepOpen?: { organizationId: string; reason: string }[];
}

/** The children to keep open, by client: each must be a child of the incident, once. */
function keptOpen(children: ChildRecord[], keep: { organizationId: string; reason: string }[]): Map<string, string> {
  const ids = new Set(children.map((c) => c.organizationId));
  const out = new Map<string, string>();
  keep.forEach((k, i) => {
    const field = `/keepOpen/${i}/organizationId`;
    if (!ids.has(k.organizationId)) throw new AppError('not_a_child', 'This client has no child ticket on the incident', { status: 422, field });
    if (out.has(k.organizationId)) throw new AppError('kept_open_twice', 'Name each client once', { status: 422, field });
    out.set(k.organizationId, k.reason.trim());
  });
  return out;
}

/** Lets one child go, kept open for `reason`: its ticket and the incident say why, and its ladders run again. */
async function keepOpen(deps: ResolveIncidentDeps, trx: Db, incident: IncidentRecord, child: ChildRecord, reason: string, actorUserId: string): Promise<void> {
  const at = deps.clock.iso();
  if (!(await releaseChild(trx, incident.id, child.organizationId, reason, at))) return;
  await insertTicketEvent(trx, { ticketId: child.ticketId, actorUserId, type: 'incident.kept_open', field: null, before: null, after: { incidentId: incident.id, title: incident.title, reason }, internal: true, at });
  await insertIncidentEvents(trx, [{ id: newId(), incidentId: incident.id, type: 'kept_open', organizationId: child.organizationId, actorUserId, data: { reason, ticketId: child.ticketId }, at }]);
  await deps.ladders?.release(trx, child.ticketId, `kept open after the incident: ${reason}`, actorUserId);
}

export async function resolveIncident(deps: ResolveIncidentDeps, input: ResolveIncidentInput): Promise<IncidentRecord> {
  const { db, clock, actor } = { ...deps, actor: input.actor };
  const incident = await findIncident(db, input.incidentId);
  if (!incident) throw notFound('Incident');
  if (incident.status === 'declaring') throw conflict('incident_declaring', 'This incident is still being declared; finish the declaration first');
  if (incident.status === 'resolved') throw conflict('incident_resolved', 'This incident is resolved already');
  if (incident.status === 'discarded') throw conflict('incident_discarded', 'This incident’s declaration was discarded');
  const children = await childrenOf(db, incident.id);
  const keep = keptOpen(children, input.keepOpen ?? []);
  const note = input.note.trim();
  const todo = children.filter((c) => c.releasedAt === null);
  const size = deps.chunkSize ?? 100;
  let resolved = 0;
  let kept = 0;
  for (let i = 0; i < todo.length; i += size) {
    const events: DomainEvent[] = [];
    await db.transaction().execute(async (trx) => {
      const ticketDeps = { db: trx, clock, emit: (e: DomainEvent) => events.push(e), onChanged: deps.onTicketChanged, resolveGuards: deps.resolveGuards };
      for (const child of todo.slice(i, i + size)) {
        const reason = keep.get(child.organizationId);
        if (reason !== undefined) {
          await keepOpen(deps, trx, incident, child, reason, actor.userId);
          kept += 1;
          continue;
        }
        const r = await resolveWithNote(ticketDeps, actor, child.ticketId, note);
        if (r.outcome === 'resolved') resolved += 1;
        if (r.outcome === 'blocked') {
          await keepOpen(deps, trx, incident, child, r.block.message, actor.userId);
          kept += 1;
        }
      }
    });
    for (const e of events) deps.publish(e);
  }
  return db.transaction().execute(async (trx) => {
    const now = clock.iso();
    // Read again: the vendor's side may have been recorded while the children were resolved.
    const current = (await findIncident(trx, incident.id))!;
    const next: IncidentRecord = { ...current, status: 'resolved', resolvedAt: now, resolvedBy: actor.userId, version: current.version + 1, updatedAt: now };
    if (!(await markIncidentResolved(trx, next, current.version))) throw conflict('version_conflict', 'Someone changed this incident at the same moment; reload and try again');
    await insertIncidentEvents(trx, [{ id: newId(), incidentId: incident.id, type: 'resolved', organizationId: null, actorUserId: actor.userId, data: { note, resolved, keptOpen: kept }, at: now }]);
    const body = draftReview(await reviewFacts(trx, deps.calendars, next));
    await insertReview(trx, { incidentId: incident.id, body, bodyHtml: renderMarkdown(body).html, editedBy: null, version: 1, createdAt: now, updatedAt: now });
    if (deps.subscribers) await notifySubscribers({ ...deps.subscribers, db: trx }, { type: 'incident.resolved', incident: next, update: { id: incident.id, incidentId: incident.id, body: note, postedBy: actor.userId, postedAt: now } });
    return next;
  });
}
