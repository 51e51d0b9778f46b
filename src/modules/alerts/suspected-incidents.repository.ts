/** All SQL of suspected incidents: the proposals and the clients each one lists. */
import { sql } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { AlertStatus } from './alert.js';
import { alertDb, type SuspectedIncidentTable } from './alerts.tables.js';

export interface SuspectedIncident {
  id: string;
  signature: string;
  status: string;
  firstAlertAt: string;
  lastAlertAt: string;
  clientCount: number;
  dismissedBy: string | null;
  dismissedAt: string | null;
  /** The incident it was declared as (status `declared`). */
  incidentId: string | null;
  declaredBy: string | null;
  declaredAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface SuspectedClient {
  organizationId: string;
  alertId: string;
  firstAlertAt: string;
  ticketId: string | null;
  summary: string;
  state: AlertStatus;
}

function toIncident(r: SuspectedIncidentTable): SuspectedIncident {
  return {
    id: r.id,
    signature: r.signature,
    status: r.status,
    firstAlertAt: r.first_alert_at,
    lastAlertAt: r.last_alert_at,
    clientCount: Number(r.client_count),
    dismissedBy: r.dismissed_by,
    dismissedAt: r.dismissed_at,
    incidentId: r.incident_id,
    declaredBy: r.declared_by,
    declaredAt: r.declared_at,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function findOpenProposal(db: Db, signature: string): Promise<SuspectedIncident | undefined> {
  const r = await alertDb(db).selectFrom('suspected_incidents').selectAll().where('signature', '=', signature).where('status', '=', 'proposed').executeTakeFirst();
  return r ? toIncident(r) : undefined;
}

/**
 * Proposes an incident for a signature unless one is open already (another transaction's,
 * perhaps). The conflict target repeats the partial index's condition as a literal, which both
 * databases need to match it to the index.
 */
export async function insertProposal(db: Db, p: { id: string; signature: string; firstAlertAt: string; nowIso: string }): Promise<void> {
  await alertDb(db)
    .insertInto('suspected_incidents')
    .values({ id: p.id, signature: p.signature, status: 'proposed', first_alert_at: p.firstAlertAt, last_alert_at: p.firstAlertAt, client_count: 0, dismissed_by: null, dismissed_at: null, incident_id: null, declared_by: null, declared_at: null, version: 1, created_at: p.nowIso, updated_at: p.nowIso })
    .onConflict((oc) => oc.column('signature').where(sql<boolean>`status = 'proposed'`).doNothing())
    .execute();
}

/** Retires an open proposal that a new one replaces (its window long passed, never acted on). */
export async function expireProposal(db: Db, id: string, nowIso: string): Promise<void> {
  await alertDb(db).updateTable('suspected_incidents').set((eb) => ({ status: 'expired', updated_at: nowIso, version: eb('version', '+', 1) })).where('id', '=', id).where('status', '=', 'proposed').execute();
}

/** Adds clients to a proposal (each once) and brings its count and last alert up to date. */
export async function addProposalClients(db: Db, id: string, clients: { organizationId: string; alertId: string; firedAt: string }[], nowIso: string): Promise<void> {
  const adb = alertDb(db);
  if (clients.length > 0) {
    await adb
      .insertInto('suspected_incident_clients')
      .values(clients.map((c) => ({ incident_id: id, organization_id: c.organizationId, alert_id: c.alertId, first_alert_at: c.firedAt })))
      .onConflict((oc) => oc.columns(['incident_id', 'organization_id']).doNothing())
      .execute();
  }
  const last = clients.reduce((max, c) => (c.firedAt > max ? c.firedAt : max), '');
  await adb
    .updateTable('suspected_incidents')
    .set((eb) => ({
      client_count: eb.selectFrom('suspected_incident_clients').select((e) => e.fn.countAll<number>().as('n')).where('incident_id', '=', id),
      ...(last ? { last_alert_at: sql<string>`CASE WHEN last_alert_at < ${last} THEN ${last} ELSE last_alert_at END` } : {}),
      updated_at: nowIso,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
}

export async function findProposal(db: Db, id: string): Promise<SuspectedIncident | undefined> {
  const r = await alertDb(db).selectFrom('suspected_incidents').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toIncident(r) : undefined;
}

/** A page of proposals, the latest alert first. */
export async function listProposals(db: Db, filter: { status?: string }, page: { limit: number; after?: [string, string] }): Promise<SuspectedIncident[]> {
  let q = alertDb(db).selectFrom('suspected_incidents').selectAll();
  if (filter.status) q = q.where('status', '=', filter.status);
  if (page.after) {
    const [at, id] = page.after;
    q = q.where((eb) => eb.or([eb('last_alert_at', '<', at), eb.and([eb('last_alert_at', '=', at), eb('id', '<', id)])]));
  }
  return (await q.orderBy('last_alert_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute()).map(toIncident);
}

/** The clients a proposal lists, with the alert and ticket each one has, first alert first. */
export async function proposalClients(db: Db, id: string): Promise<SuspectedClient[]> {
  const rows = await alertDb(db)
    .selectFrom('suspected_incident_clients as c')
    .innerJoin('alerts as a', 'a.id', 'c.alert_id')
    .select(['c.organization_id', 'c.alert_id', 'c.first_alert_at', 'a.ticket_id', 'a.summary', 'a.state'])
    .where('c.incident_id', '=', id)
    .orderBy('c.first_alert_at')
    .orderBy('c.organization_id')
    .execute();
  return rows.map((r) => ({ organizationId: r.organization_id, alertId: r.alert_id, firstAlertAt: r.first_alert_at, ticketId: r.ticket_id, summary: r.summary, state: r.state as AlertStatus }));
}

/** Dismisses an open proposal; false when it is no longer open. */
export async function dismissProposal(db: Db, id: string, by: string, nowIso: string): Promise<boolean> {
  const r = await alertDb(db)
    .updateTable('suspected_incidents')
    .set((eb) => ({ status: 'dismissed', dismissed_by: by, dismissed_at: nowIso, updated_at: nowIso, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'proposed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Marks an open proposal declared as the incident; false when it is no longer open. */
export async function declareProposal(db: Db, id: string, incidentId: string, by: string, nowIso: string): Promise<boolean> {
  const r = await alertDb(db)
    .updateTable('suspected_incidents')
    .set((eb) => ({ status: 'declared', incident_id: incidentId, declared_by: by, declared_at: nowIso, updated_at: nowIso, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'proposed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
