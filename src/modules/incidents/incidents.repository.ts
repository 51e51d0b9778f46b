/** All SQL of the incidents module: incidents, the services they are about, and their children per client. */
import type { Db } from '../../platform/db/connect.js';
import { readBool, readJson } from '../../platform/db/dialect.js';
import type { Criticality } from '../vendors/index.js';
import type { ActionItem, ChildRecord, IncidentEvent, IncidentEventType, IncidentRecord, IncidentUpdate, Review, WorkaroundState } from './incident.js';
import { incidentDb, type IncidentActionTable, type IncidentChildTable, type IncidentReviewTable, type IncidentTable } from './incidents.tables.js';

function toIncident(r: IncidentTable): IncidentRecord {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    status: r.status as IncidentRecord['status'],
    declaredBy: r.declared_by,
    declaredAt: r.declared_at,
    clientCount: Number(r.client_count),
    vendorTicket: r.vendor_ticket,
    vendorContact: r.vendor_contact,
    vendorPromisedAt: r.vendor_promised_at,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toChild(r: IncidentChildTable): ChildRecord {
  return {
    incidentId: r.incident_id,
    organizationId: r.organization_id,
    ticketId: r.ticket_id,
    attached: readBool(r.attached),
    criticality: r.criticality as Criticality,
    workaroundSteps: readJson<string[]>(r.workaround_steps, []),
    workaroundState: r.workaround_state as WorkaroundState,
    stepsDone: readJson<number[]>(r.steps_done, []),
    releasedAt: r.released_at,
    releaseReason: r.release_reason,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Writes a new incident (status `declaring`) with the services it is about. */
export async function insertIncident(db: Db, i: IncidentRecord, serviceIds: string[], key: { key: string | null; hash: string } | undefined): Promise<void> {
  const idb = incidentDb(db);
  await idb
    .insertInto('incidents')
    .values({
      id: i.id, title: i.title, summary: i.summary, status: i.status, declared_by: i.declaredBy, declared_at: i.declaredAt, client_count: i.clientCount,
      vendor_ticket: i.vendorTicket, vendor_contact: i.vendorContact, vendor_promised_at: i.vendorPromisedAt, declare_key: key?.key ?? null, request_hash: key?.hash ?? null, version: i.version, created_at: i.createdAt, updated_at: i.updatedAt,
    })
    .execute();
  // A suspected incident declared by its clients alone names no service.
  if (serviceIds.length > 0) await idb.insertInto('incident_services').values(serviceIds.map((s) => ({ incident_id: i.id, service_id: s }))).execute();
}

/** Marks a declared incident open: every child is written. */
export async function markIncidentOpen(db: Db, id: string, at: string): Promise<boolean> {
  const r = await incidentDb(db).updateTable('incidents').set((eb) => ({ status: 'open', updated_at: at, version: eb('version', '+', 1) })).where('id', '=', id).where('status', '=', 'declaring').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findIncident(db: Db, id: string): Promise<IncidentRecord | undefined> {
  const r = await incidentDb(db).selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toIncident(r) : undefined;
}

/** The incident a person's earlier request with this Idempotency-Key declared, with that request's hash. */
export async function findIncidentByKey(db: Db, userId: string, key: string): Promise<{ incident: IncidentRecord; requestHash: string } | undefined> {
  const r = await incidentDb(db).selectFrom('incidents').selectAll().where('declared_by', '=', userId).where('declare_key', '=', key).executeTakeFirst();
  return r ? { incident: toIncident(r), requestHash: r.request_hash ?? '' } : undefined;
}

/** A page of incidents, the latest declared first. */
export async function listIncidents(db: Db, page: { limit: number; after?: [string, string] }): Promise<IncidentRecord[]> {
  let q = incidentDb(db).selectFrom('incidents').selectAll();
  if (page.after) {
    const [at, id] = page.after;
    q = q.where((eb) => eb.or([eb('declared_at', '<', at), eb.and([eb('declared_at', '=', at), eb('id', '<', id)])]));
  }
  return (await q.orderBy('declared_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute()).map(toIncident);
}

/** The services of some incidents, by incident. */
export async function servicesOfIncidents(db: Db, incidentIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (incidentIds.length === 0) return out;
  const rows = await incidentDb(db).selectFrom('incident_services').selectAll().where('incident_id', 'in', incidentIds).execute();
  for (const r of rows) out.set(r.incident_id, [...(out.get(r.incident_id) ?? []), r.service_id]);
  return out;
}

/** Writes a chunk of children in one statement. */
export async function insertChildren(db: Db, children: ChildRecord[]): Promise<void> {
  if (children.length === 0) return;
  await incidentDb(db)
    .insertInto('incident_children')
    .values(children.map((c) => ({
      incident_id: c.incidentId, organization_id: c.organizationId, ticket_id: c.ticketId, attached: c.attached, criticality: c.criticality,
      workaround_steps: JSON.stringify(c.workaroundSteps), workaround_state: c.workaroundState, steps_done: JSON.stringify(c.stepsDone), released_at: c.releasedAt, release_reason: c.releaseReason, created_at: c.createdAt, updated_at: c.updatedAt,
    })))
    .execute();
}

/** An incident's children, in the order they were written. */
export async function childrenOf(db: Db, incidentId: string): Promise<ChildRecord[]> {
  const rows = await incidentDb(db).selectFrom('incident_children').selectAll().where('incident_id', '=', incidentId).orderBy('created_at').orderBy('organization_id').execute();
  return rows.map(toChild);
}

/** Sets a child's workaround state and checklist progress; false when the incident has no child for that client. */
export async function updateChild(db: Db, child: ChildRecord): Promise<boolean> {
  const r = await incidentDb(db)
    .updateTable('incident_children')
    .set({ workaround_state: child.workaroundState, steps_done: JSON.stringify(child.stepsDone), updated_at: child.updatedAt })
    .where('incident_id', '=', child.incidentId)
    .where('organization_id', '=', child.organizationId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** One client's child of an incident. */
export async function findChild(db: Db, incidentId: string, organizationId: string): Promise<ChildRecord | undefined> {
  const r = await incidentDb(db).selectFrom('incident_children').selectAll().where('incident_id', '=', incidentId).where('organization_id', '=', organizationId).executeTakeFirst();
  return r ? toChild(r) : undefined;
}

/** Saves what is known of the vendor's side (its ticket, who we spoke to, its promise) if nobody changed the incident since it was read. */
export async function updateVendorSide(db: Db, i: IncidentRecord, expectedVersion: number): Promise<boolean> {
  const r = await incidentDb(db)
    .updateTable('incidents')
    .set({ vendor_ticket: i.vendorTicket, vendor_contact: i.vendorContact, vendor_promised_at: i.vendorPromisedAt, version: i.version, updated_at: i.updatedAt })
    .where('id', '=', i.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Appends to the incident's event log. */
export async function insertIncidentEvents(db: Db, events: IncidentEvent[]): Promise<void> {
  if (events.length === 0) return;
  await incidentDb(db)
    .insertInto('incident_events')
    .values(events.map((e) => ({ id: e.id, incident_id: e.incidentId, type: e.type, organization_id: e.organizationId, actor_user_id: e.actorUserId, data: JSON.stringify(e.data), at: e.at })))
    .execute();
}

/** The incident's event log, oldest first. */
export async function incidentEvents(db: Db, incidentId: string): Promise<IncidentEvent[]> {
  const rows = await incidentDb(db).selectFrom('incident_events').selectAll().where('incident_id', '=', incidentId).orderBy('at').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, incidentId: r.incident_id, type: r.type as IncidentEventType, organizationId: r.organization_id, actorUserId: r.actor_user_id, data: readJson<Record<string, unknown>>(r.data, {}), at: r.at }));
}

/** Lets a child go (detached, or kept open when the incident was resolved); false when it was let go before. */
export async function releaseChild(db: Db, incidentId: string, organizationId: string, reason: string, at: string): Promise<boolean> {
  const r = await incidentDb(db)
    .updateTable('incident_children')
    .set({ released_at: at, release_reason: reason, updated_at: at })
    .where('incident_id', '=', incidentId)
    .where('organization_id', '=', organizationId)
    .where('released_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Marks an open incident resolved, if nobody changed it since it was read. */
export async function markIncidentResolved(db: Db, i: IncidentRecord, expectedVersion: number): Promise<boolean> {
  const r = await incidentDb(db)
    .updateTable('incidents')
    .set({ status: 'resolved', resolved_at: i.resolvedAt, resolved_by: i.resolvedBy, version: i.version, updated_at: i.updatedAt })
    .where('id', '=', i.id)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

const toReview = (r: IncidentReviewTable): Review => ({ incidentId: r.incident_id, body: r.body, bodyHtml: r.body_html, editedBy: r.edited_by, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at });

/** Writes the review's first draft, unless the incident has one. */
export async function insertReview(db: Db, r: Review): Promise<void> {
  await incidentDb(db)
    .insertInto('incident_reviews')
    .values({ incident_id: r.incidentId, body: r.body, body_html: r.bodyHtml, edited_by: r.editedBy, version: r.version, created_at: r.createdAt, updated_at: r.updatedAt })
    .onConflict((oc) => oc.column('incident_id').doNothing())
    .execute();
}

export async function findReview(db: Db, incidentId: string): Promise<Review | undefined> {
  const r = await incidentDb(db).selectFrom('incident_reviews').selectAll().where('incident_id', '=', incidentId).executeTakeFirst();
  return r ? toReview(r) : undefined;
}

/** Saves an edited review if nobody changed it since it was read. */
export async function updateReview(db: Db, r: Review, expectedVersion: number): Promise<boolean> {
  const out = await incidentDb(db)
    .updateTable('incident_reviews')
    .set({ body: r.body, body_html: r.bodyHtml, edited_by: r.editedBy, version: r.version, updated_at: r.updatedAt })
    .where('incident_id', '=', r.incidentId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(out.numUpdatedRows) === 1;
}

const toAction = (r: IncidentActionTable): ActionItem => ({ id: r.id, incidentId: r.incident_id, title: r.title, assigneeId: r.assignee_user_id, dueOn: r.due_on, doneAt: r.done_at, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at });

export async function insertAction(db: Db, a: ActionItem): Promise<void> {
  await incidentDb(db)
    .insertInto('incident_actions')
    .values({ id: a.id, incident_id: a.incidentId, title: a.title, assignee_user_id: a.assigneeId, due_on: a.dueOn, done_at: a.doneAt, version: a.version, created_at: a.createdAt, updated_at: a.updatedAt })
    .execute();
}

export async function findAction(db: Db, incidentId: string, id: string): Promise<ActionItem | undefined> {
  const r = await incidentDb(db).selectFrom('incident_actions').selectAll().where('incident_id', '=', incidentId).where('id', '=', id).executeTakeFirst();
  return r ? toAction(r) : undefined;
}

/** Saves a changed action item if nobody changed it since it was read. */
export async function updateAction(db: Db, a: ActionItem, expectedVersion: number): Promise<boolean> {
  const out = await incidentDb(db)
    .updateTable('incident_actions')
    .set({ title: a.title, assignee_user_id: a.assigneeId, due_on: a.dueOn, done_at: a.doneAt, version: a.version, updated_at: a.updatedAt })
    .where('id', '=', a.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(out.numUpdatedRows) === 1;
}

/** The action items of some incidents, in the order written. */
export async function actionsOf(db: Db, incidentIds: string[]): Promise<ActionItem[]> {
  if (incidentIds.length === 0) return [];
  return (await incidentDb(db).selectFrom('incident_actions').selectAll().where('incident_id', 'in', incidentIds).orderBy('created_at').orderBy('id').execute()).map(toAction);
}

/** The incidents that touched a client (it had a child), the latest declared first. */
export async function incidentsOfClient(db: Db, organizationId: string, limit: number): Promise<IncidentRecord[]> {
  const rows = await incidentDb(db)
    .selectFrom('incidents')
    .innerJoin('incident_children', 'incident_children.incident_id', 'incidents.id')
    .selectAll('incidents')
    .where('incident_children.organization_id', '=', organizationId)
    .orderBy('incidents.declared_at', 'desc')
    .orderBy('incidents.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toIncident);
}

export async function insertUpdate(db: Db, u: IncidentUpdate): Promise<void> {
  await incidentDb(db).insertInto('incident_updates').values({ id: u.id, incident_id: u.incidentId, body: u.body, posted_by: u.postedBy, posted_at: u.postedAt }).execute();
}

/** The updates of some incidents, the latest first. */
export async function updatesOf(db: Db, incidentIds: string[]): Promise<IncidentUpdate[]> {
  if (incidentIds.length === 0) return [];
  const rows = await incidentDb(db).selectFrom('incident_updates').selectAll().where('incident_id', 'in', incidentIds).orderBy('posted_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map((r) => ({ id: r.id, incidentId: r.incident_id, body: r.body, postedBy: r.posted_by, postedAt: r.posted_at }));
}

/**
 * The incidents a status page shows: those still open, and those resolved since `resolvedSince`,
 * the latest declared first; only those that touched `organizationId` when one is given.
 */
export async function statusIncidents(db: Db, filter: { organizationId?: string; resolvedSince: string; limit: number }): Promise<IncidentRecord[]> {
  let q = incidentDb(db).selectFrom('incidents').selectAll('incidents').where((eb) => eb.or([eb('status', '=', 'open'), eb('resolved_at', '>=', filter.resolvedSince)]));
  if (filter.organizationId) {
    const org = filter.organizationId;
    q = q.where((eb) => eb.exists(eb.selectFrom('incident_children').select('incident_children.incident_id').whereRef('incident_children.incident_id', '=', 'incidents.id').where('incident_children.organization_id', '=', org)));
  }
  return (await q.orderBy('declared_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute()).map(toIncident);
}

/** The latest declaration by this person of this request, without a key, still `declaring` since before `before`: one its request left unfinished. */
export async function findAbandonedDeclaration(db: Db, userId: string, requestHash: string, before: string): Promise<IncidentRecord | undefined> {
  const r = await incidentDb(db)
    .selectFrom('incidents')
    .selectAll()
    .where('declared_by', '=', userId)
    .where('declare_key', 'is', null)
    .where('request_hash', '=', requestHash)
    .where('status', '=', 'declaring')
    .where('declared_at', '<=', before)
    .orderBy('declared_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? toIncident(r) : undefined;
}

/** The child a ticket is while an incident still owns it (not let go), if it is one. */
export async function ownedChildOfTicket(db: Db, ticketId: string): Promise<ChildRecord | undefined> {
  const r = await incidentDb(db).selectFrom('incident_children').selectAll().where('ticket_id', '=', ticketId).where('released_at', 'is', null).executeTakeFirst();
  return r ? toChild(r) : undefined;
}

/** Marks a `declaring` incident discarded; false when it is not declaring any more. */
export async function markIncidentDiscarded(db: Db, id: string, at: string): Promise<boolean> {
  const r = await incidentDb(db).updateTable('incidents').set((eb) => ({ status: 'discarded', updated_at: at, version: eb('version', '+', 1) })).where('id', '=', id).where('status', '=', 'declaring').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
