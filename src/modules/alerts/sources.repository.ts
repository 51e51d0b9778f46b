/** All SQL of alert sources and heartbeat checks. */
import type { Db } from '../../platform/db/connect.js';
import { readBool, readJson } from '../../platform/db/dialect.js';
import type { Priority } from '../tickets/index.js';
import type { AlertSource, Heartbeat } from './alert-source.js';
import { alertDb, type AlertSourceTable, type HeartbeatTable } from './alerts.tables.js';

function toSource(r: AlertSourceTable): AlertSource {
  return {
    id: r.id,
    name: r.name,
    format: r.format,
    organizationId: r.organization_id,
    clientLabel: r.client_label,
    clientMap: readJson<Record<string, string>>(r.client_map, {}),
    fallbackOrganizationId: r.fallback_organization_id,
    severityMap: readJson<Record<string, Priority>>(r.severity_map, {}),
    defaultPriority: r.default_priority as Priority,
    resolveOnRecovery: readBool(r.resolve_on_recovery),
    flapChanges: r.flap_changes,
    flapWindowMinutes: r.flap_window_minutes,
    enabled: readBool(r.enabled),
    tokenPrefix: r.token_prefix,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function sourceColumns(s: AlertSource) {
  return {
    name: s.name,
    format: s.format,
    organization_id: s.organizationId,
    client_label: s.clientLabel,
    client_map: JSON.stringify(s.clientMap),
    fallback_organization_id: s.fallbackOrganizationId,
    severity_map: JSON.stringify(s.severityMap),
    default_priority: s.defaultPriority,
    resolve_on_recovery: s.resolveOnRecovery,
    flap_changes: s.flapChanges,
    flap_window_minutes: s.flapWindowMinutes,
    enabled: s.enabled,
    token_prefix: s.tokenPrefix,
    version: s.version,
    updated_at: s.updatedAt,
  };
}

export async function insertSource(db: Db, s: AlertSource, tokenHash: string): Promise<void> {
  await alertDb(db).insertInto('alert_sources').values({ id: s.id, ...sourceColumns(s), token_hash: tokenHash, created_at: s.createdAt }).execute();
}

/** Saves a changed source (and a new token hash, when rotated) if nobody changed it since it was read. */
export async function updateSource(db: Db, s: AlertSource, expectedVersion: number, tokenHash?: string): Promise<boolean> {
  const r = await alertDb(db)
    .updateTable('alert_sources')
    .set({ ...sourceColumns(s), ...(tokenHash ? { token_hash: tokenHash } : {}) })
    .where('id', '=', s.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findSource(db: Db, id: string): Promise<AlertSource | undefined> {
  const r = await alertDb(db).selectFrom('alert_sources').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toSource(r) : undefined;
}

export async function findSourceByToken(db: Db, tokenHash: string): Promise<AlertSource | undefined> {
  const r = await alertDb(db).selectFrom('alert_sources').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return r ? toSource(r) : undefined;
}

export async function listSources(db: Db, page: { limit: number; after?: [string, string] }): Promise<AlertSource[]> {
  let q = alertDb(db).selectFrom('alert_sources').selectAll();
  if (page.after) {
    const [name, id] = page.after;
    q = q.where((eb) => eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('id', '>', id)])]));
  }
  return (await q.orderBy('name').orderBy('id').limit(page.limit + 1).execute()).map(toSource);
}

function toHeartbeat(r: HeartbeatTable): Heartbeat {
  return {
    id: r.id,
    organizationId: r.organization_id,
    name: r.name,
    intervalMinutes: r.interval_minutes,
    graceMinutes: r.grace_minutes,
    priority: r.priority as Priority,
    resolveOnRecovery: readBool(r.resolve_on_recovery),
    enabled: readBool(r.enabled),
    tokenPrefix: r.token_prefix,
    lastPingAt: r.last_ping_at,
    lastStatus: r.last_status,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function heartbeatColumns(h: Heartbeat) {
  return {
    organization_id: h.organizationId,
    name: h.name,
    interval_minutes: h.intervalMinutes,
    grace_minutes: h.graceMinutes,
    priority: h.priority,
    resolve_on_recovery: h.resolveOnRecovery,
    enabled: h.enabled,
    token_prefix: h.tokenPrefix,
    last_ping_at: h.lastPingAt,
    last_status: h.lastStatus,
    version: h.version,
    updated_at: h.updatedAt,
  };
}

export async function insertHeartbeat(db: Db, h: Heartbeat, tokenHash: string): Promise<void> {
  await alertDb(db).insertInto('heartbeats').values({ id: h.id, ...heartbeatColumns(h), token_hash: tokenHash, created_at: h.createdAt }).execute();
}

/** Saves a changed heartbeat check (a report, a new setting, a new token) if nobody changed it since it was read. */
export async function updateHeartbeat(db: Db, h: Heartbeat, expectedVersion: number, tokenHash?: string): Promise<boolean> {
  const r = await alertDb(db)
    .updateTable('heartbeats')
    .set({ ...heartbeatColumns(h), ...(tokenHash ? { token_hash: tokenHash } : {}) })
    .where('id', '=', h.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findHeartbeat(db: Db, id: string): Promise<Heartbeat | undefined> {
  const r = await alertDb(db).selectFrom('heartbeats').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toHeartbeat(r) : undefined;
}

export async function findHeartbeatByToken(db: Db, tokenHash: string): Promise<Heartbeat | undefined> {
  const r = await alertDb(db).selectFrom('heartbeats').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return r ? toHeartbeat(r) : undefined;
}

export async function listHeartbeats(db: Db, filter: { organizationId?: string }, page: { limit: number; after?: [string, string] }): Promise<Heartbeat[]> {
  let q = alertDb(db).selectFrom('heartbeats').selectAll();
  if (filter.organizationId) q = q.where('organization_id', '=', filter.organizationId);
  if (page.after) {
    const [name, id] = page.after;
    q = q.where((eb) => eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('id', '>', id)])]));
  }
  return (await q.orderBy('name').orderBy('id').limit(page.limit + 1).execute()).map(toHeartbeat);
}

/** Records a heartbeat's report: when, and whether the job said it succeeded. */
export async function recordReport(db: Db, id: string, at: string, status: 'success' | 'failure'): Promise<void> {
  await alertDb(db).updateTable('heartbeats').set((eb) => ({ last_ping_at: at, last_status: status, updated_at: at, version: eb('version', '+', 1) })).where('id', '=', id).execute();
}
