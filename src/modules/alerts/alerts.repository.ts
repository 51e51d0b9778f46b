/**
 * All SQL of the alert rows: the fold's reads and its one write per batch, and the lists. The fold
 * locks the rows it folds (PostgreSQL `FOR UPDATE`, in key order so two nodes cannot deadlock on a
 * batch; SQLite has a single writer) and writes them back with one multi-row upsert.
 */
import { CompiledQuery } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import { readBool, readJson, type DialectName } from '../../platform/db/dialect.js';
import type { AlertStatus } from './alert.js';
import { alertDb, type AlertTable } from './alerts.tables.js';

export interface AlertRecord {
  id: string;
  foldKey: string;
  sourceId: string | null;
  heartbeatId: string | null;
  organizationId: string;
  dedupeKey: string;
  signature: string;
  summary: string;
  detail: string;
  host: string | null;
  check: string | null;
  severity: string;
  state: AlertStatus;
  observedState: AlertStatus;
  flapping: boolean;
  changes: number[];
  count: number;
  folded: number;
  firstSeenAt: string;
  lastSeenAt: string;
  lastFiredAt: string | null;
  lastChangeAt: string | null;
  eventAt: string | null;
  ticketId: string | null;
  createdAt: string;
  updatedAt: string;
}

function toRecord(r: AlertTable): AlertRecord {
  return {
    id: r.id,
    foldKey: r.fold_key,
    sourceId: r.source_id,
    heartbeatId: r.heartbeat_id,
    organizationId: r.organization_id,
    dedupeKey: r.dedupe_key,
    signature: r.signature,
    summary: r.summary,
    detail: r.detail,
    host: r.host,
    check: r.check_name,
    severity: r.severity,
    state: r.state as AlertStatus,
    observedState: r.observed_state as AlertStatus,
    flapping: readBool(r.flapping),
    changes: readJson<number[]>(r.changes, []),
    count: Number(r.count),
    folded: Number(r.folded),
    firstSeenAt: r.first_seen_at,
    lastSeenAt: r.last_seen_at,
    lastFiredAt: r.last_fired_at,
    lastChangeAt: r.last_change_at,
    eventAt: r.event_at,
    ticketId: r.ticket_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toColumns(a: AlertRecord): AlertTable {
  return {
    id: a.id,
    fold_key: a.foldKey,
    source_id: a.sourceId,
    heartbeat_id: a.heartbeatId,
    organization_id: a.organizationId,
    dedupe_key: a.dedupeKey,
    signature: a.signature,
    summary: a.summary,
    detail: a.detail,
    host: a.host,
    check_name: a.check,
    severity: a.severity,
    state: a.state,
    observed_state: a.observedState,
    flapping: a.flapping,
    changes: JSON.stringify(a.changes),
    count: a.count,
    folded: a.folded,
    first_seen_at: a.firstSeenAt,
    last_seen_at: a.lastSeenAt,
    last_fired_at: a.lastFiredAt,
    last_change_at: a.lastChangeAt,
    event_at: a.eventAt,
    ticket_id: a.ticketId,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

/** Rows per statement: 26 columns each stays far below SQLite's 32,766 bound parameters. */
const CHUNK = 400;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The rows of these fold keys, locked for the rest of the transaction on PostgreSQL. */
export async function lockAlerts(db: Db, dialect: DialectName, foldKeys: string[]): Promise<AlertRecord[]> {
  const out: AlertRecord[] = [];
  for (const keys of chunks([...foldKeys].sort())) {
    const q = alertDb(db).selectFrom('alerts').selectAll().where('fold_key', 'in', keys).orderBy('fold_key');
    out.push(...(await (dialect === 'postgres' ? q.forUpdate() : q).execute()).map(toRecord));
  }
  return out;
}

/**
 * Inserts rows for identities never seen, unless another transaction just did: the fold then
 * locks whichever row won, so two nodes receiving the same new alert open one ticket.
 */
export async function insertNewAlerts(db: Db, rows: AlertRecord[]): Promise<void> {
  for (const part of chunks([...rows].sort((a, b) => (a.foldKey < b.foldKey ? -1 : 1)))) {
    await alertDb(db).insertInto('alerts').values(part.map(toColumns)).onConflict((oc) => oc.column('fold_key').doNothing()).execute();
  }
}

/** The columns a fold changes, in the order the SQLite statement binds them. */
const FOLDED = ['signature', 'summary', 'detail', 'host', 'check_name', 'severity', 'state', 'observed_state', 'flapping', 'changes', 'count', 'folded', 'last_seen_at', 'last_fired_at', 'last_change_at', 'event_at', 'ticket_id', 'updated_at'] as const;

/**
 * SQLite: one UPDATE by id per row, its text the same for every row and batch, so it is compiled
 * once (connect.ts keeps prepared statements by text). A multi-row upsert has a different text for
 * every batch size, and building its tree in Kysely cost more than the fold's own work: in
 * bench/alert-storm.ts it was 13% of the web node's CPU (see bench/RESULTS.md).
 */
const SQLITE_SAVE = `UPDATE alerts SET ${FOLDED.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`;

/**
 * Writes folded rows back. PostgreSQL: one upsert per few hundred rows (one round trip, not one per
 * row); SQLite: the prepared UPDATE above per row (no round trips to save in-process).
 */
export async function saveAlerts(db: Db, dialect: DialectName, rows: AlertRecord[]): Promise<void> {
  if (dialect === 'sqlite') {
    for (const row of rows) {
      const c = toColumns(row);
      await db.executeQuery(CompiledQuery.raw(SQLITE_SAVE, [...FOLDED.map((k) => c[k]), c.id]));
    }
    return;
  }
  for (const part of chunks(rows)) {
    await alertDb(db)
      .insertInto('alerts')
      .values(part.map(toColumns))
      .onConflict((oc) => oc.column('fold_key').doUpdateSet((eb) => Object.fromEntries(FOLDED.map((k) => [k, eb.ref(`excluded.${k}`)]))))
      .execute();
  }
}

export async function findAlert(db: Db, id: string): Promise<AlertRecord | undefined> {
  const r = await alertDb(db).selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toRecord(r) : undefined;
}

export async function findAlertByFoldKey(db: Db, foldKey: string): Promise<AlertRecord | undefined> {
  const r = await alertDb(db).selectFrom('alerts').selectAll().where('fold_key', '=', foldKey).executeTakeFirst();
  return r ? toRecord(r) : undefined;
}

export interface AlertFilter {
  state?: AlertStatus;
  organizationId?: string;
  sourceId?: string;
  heartbeatId?: string;
  flapping?: boolean;
}

/** A page of alert rows, newest identity first. */
export async function listAlerts(db: Db, filter: AlertFilter, page: { limit: number; after?: [string, string] }): Promise<AlertRecord[]> {
  let q = alertDb(db).selectFrom('alerts').selectAll();
  if (filter.state) q = q.where('state', '=', filter.state);
  if (filter.organizationId) q = q.where('organization_id', '=', filter.organizationId);
  if (filter.sourceId) q = q.where('source_id', '=', filter.sourceId);
  if (filter.heartbeatId) q = q.where('heartbeat_id', '=', filter.heartbeatId);
  if (filter.flapping !== undefined) q = q.where('flapping', '=', filter.flapping);
  if (page.after) {
    const [createdAt, id] = page.after;
    q = q.where((eb) => eb.or([eb('created_at', '<', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)])]));
  }
  return (await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute()).map(toRecord);
}

/** Alerts of `signature` that started firing at or after `sinceIso`, earliest first (suspected incidents). */
export async function recentlyFired(db: Db, signature: string, sinceIso: string): Promise<{ id: string; organizationId: string; firedAt: string }[]> {
  const rows = await alertDb(db)
    .selectFrom('alerts')
    .select(['id', 'organization_id', 'last_fired_at'])
    .where('signature', '=', signature)
    .where('last_fired_at', '>=', sinceIso)
    .orderBy('last_fired_at')
    .limit(5000)
    .execute();
  return rows.map((r) => ({ id: r.id, organizationId: r.organization_id, firedAt: r.last_fired_at! }));
}
