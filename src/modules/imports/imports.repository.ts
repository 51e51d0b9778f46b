/** All SQL of the imports module: runs, their rows, and the ids records had where they came from. */
import type { Db } from '../../platform/db/connect.js';
import { readJson } from '../../platform/db/dialect.js';
import type { ImportRowTable, ImportRunTable } from './imports.tables.js';

/** A problem with one field of a row, named by the file's column. */
export interface StoredIssue {
  column: string | null;
  field: string;
  code: string;
  message: string;
}

export type RowAction = 'create' | 'update' | 'skip' | 'error';
export type RowOutcome = 'created' | 'updated' | 'skipped' | 'failed';

export interface ImportRowRecord {
  row: number;
  action: RowAction;
  reason: string;
  label: string;
  externalId: string | null;
  changes: string[];
  issues: StoredIssue[];
  cells: string[];
  recordId: string | null;
  outcome: RowOutcome | null;
  outcomeReason: string | null;
}

export type ImportRunRecord = ImportRunTable;

export async function insertRun(db: Db, run: ImportRunTable): Promise<void> {
  await db.insertInto('import_runs').values({ ...run, header: JSON.stringify(run.header) }).execute();
}

export async function findRun(db: Db, id: string): Promise<ImportRunRecord | undefined> {
  const row = await db.selectFrom('import_runs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { ...row, header: readJson<string[]>(row.header, []) } : undefined;
}

/** Newest first, after the (created_at, id) of the last row of the previous page. */
export async function listRuns(db: Db, page: { limit: number; after?: [string, string] }): Promise<ImportRunRecord[]> {
  let q = db.selectFrom('import_runs').selectAll();
  if (page.after) q = q.where((eb) => eb.or([eb('created_at', '<', page.after![0]), eb.and([eb('created_at', '=', page.after![0]), eb('id', '<', page.after![1])])]));
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
  return rows.map((row) => ({ ...row, header: readJson<string[]>(row.header, []) }));
}

export async function updateRun(db: Db, id: string, changes: Partial<Omit<ImportRunTable, 'id' | 'header'>>): Promise<void> {
  await db.updateTable('import_runs').set(changes).where('id', '=', id).execute();
}

/** Forgets a run and its rows (a preview that could not be finished, or a dry run). */
export async function deleteRun(db: Db, id: string): Promise<void> {
  await db.deleteFrom('import_rows').where('run_id', '=', id).execute();
  await db.deleteFrom('import_runs').where('id', '=', id).execute();
}

/**
 * Takes a run for applying until `leaseUntil`: a previewed or failed run, or one whose applier
 * stopped holding it (its lease ran out: the node died). False when someone else holds it or it is done.
 */
export async function claimRun(db: Db, id: string, at: { now: string; leaseUntil: string; by: string }): Promise<boolean> {
  const result = await db
    .updateTable('import_runs')
    .set({ status: 'applying', lease_until: at.leaseUntil, applied_by: at.by, message: null })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('status', 'in', ['previewed', 'failed']), eb.and([eb('status', '=', 'applying'), eb('lease_until', '<', at.now)])]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Adds a chunk's outcomes to the run's counts and renews its lease, in the chunk's transaction. */
export async function addApplied(db: Db, id: string, counts: { created: number; updated: number; skipped: number; failed: number }, leaseUntil: string): Promise<void> {
  await db
    .updateTable('import_runs')
    .set((eb) => ({
      created: eb('created', '+', counts.created),
      updated: eb('updated', '+', counts.updated),
      skipped: eb('skipped', '+', counts.skipped),
      failed: eb('failed', '+', counts.failed),
      lease_until: leaseUntil,
    }))
    .where('id', '=', id)
    .execute();
}

function toRow(r: ImportRowTable): ImportRowRecord {
  return {
    row: r.row_number,
    action: r.action as RowAction,
    reason: r.reason,
    label: r.label,
    externalId: r.external_id,
    changes: readJson<string[]>(r.changes, []),
    issues: readJson<StoredIssue[]>(r.issues, []),
    cells: readJson<string[]>(r.cells, []),
    recordId: r.record_id,
    outcome: r.outcome as RowOutcome | null,
    outcomeReason: r.outcome_reason,
  };
}

function toTable(runId: string, r: ImportRowRecord): ImportRowTable {
  return {
    run_id: runId,
    row_number: r.row,
    action: r.action,
    reason: r.reason,
    label: r.label,
    external_id: r.externalId,
    changes: JSON.stringify(r.changes),
    issues: JSON.stringify(r.issues),
    cells: JSON.stringify(r.cells),
    record_id: r.recordId,
    outcome: r.outcome,
    outcome_reason: r.outcomeReason,
  };
}

/** Rows per multi-row statement: well inside both dialects' limits on bound parameters. */
const BATCH = 500;

export async function insertRows(db: Db, runId: string, rows: ImportRowRecord[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await db.insertInto('import_rows').values(rows.slice(i, i + BATCH).map((r) => toTable(runId, r))).execute();
}

/** Saves what applying did to rows, in one statement per 500 rows. */
export async function saveOutcomes(db: Db, runId: string, rows: ImportRowRecord[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insertInto('import_rows')
      .values(rows.slice(i, i + BATCH).map((r) => toTable(runId, r)))
      .onConflict((oc) =>
        oc.columns(['run_id', 'row_number']).doUpdateSet((eb) => ({
          record_id: eb.ref('excluded.record_id'),
          outcome: eb.ref('excluded.outcome'),
          outcome_reason: eb.ref('excluded.outcome_reason'),
        })),
      )
      .execute();
  }
}

/** A run's rows in file order, of one action if asked, after a row number. */
export async function listRows(db: Db, runId: string, filter: { action?: RowAction; afterRow?: number; limit: number }): Promise<ImportRowRecord[]> {
  let q = db.selectFrom('import_rows').selectAll().where('run_id', '=', runId);
  if (filter.action) q = q.where('action', '=', filter.action);
  if (filter.afterRow !== undefined) q = q.where('row_number', '>', filter.afterRow);
  return (await q.orderBy('row_number').limit(filter.limit).execute()).map(toRow);
}

/** The next rows to apply: planned to create or update, not applied yet, in file order. */
export async function pendingRows(db: Db, runId: string, limit: number): Promise<ImportRowRecord[]> {
  const rows = await db
    .selectFrom('import_rows')
    .selectAll()
    .where('run_id', '=', runId)
    .where('action', 'in', ['create', 'update'])
    .where('outcome', 'is', null)
    .orderBy('row_number')
    .limit(limit)
    .execute();
  return rows.map(toRow);
}

/** The rows that need fixing: errors of the preview and rows whose applying failed, in file order. */
export async function rowsToFix(db: Db, runId: string, afterRow: number, limit: number): Promise<ImportRowRecord[]> {
  const rows = await db
    .selectFrom('import_rows')
    .selectAll()
    .where('run_id', '=', runId)
    .where('row_number', '>', afterRow)
    .where((eb) => eb.or([eb('action', '=', 'error'), eb('outcome', '=', 'failed')]))
    .orderBy('row_number')
    .limit(limit)
    .execute();
  return rows.map(toRow);
}

/** The records imported before under these ids from `source`: external id → record id. */
export async function recordsByExternalId(db: Db, source: string, kind: string, externalIds: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const ids = [...new Set(externalIds)];
  for (let i = 0; i < ids.length; i += BATCH) {
    const rows = await db
      .selectFrom('import_external_ids')
      .select(['external_id', 'record_id'])
      .where('source', '=', source)
      .where('kind', '=', kind)
      .where('external_id', 'in', ids.slice(i, i + BATCH))
      .execute();
    for (const r of rows) found.set(r.external_id, r.record_id);
  }
  return found;
}

/** Remembers which record each external id became (a later import of the id finds it). */
export async function saveExternalIds(db: Db, rows: { source: string; kind: string; externalId: string; recordId: string; runId: string; at: string }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insertInto('import_external_ids')
      .values(rows.slice(i, i + BATCH).map((r) => ({ source: r.source, kind: r.kind, external_id: r.externalId, record_id: r.recordId, run_id: r.runId, created_at: r.at })))
      .onConflict((oc) => oc.columns(['source', 'kind', 'external_id']).doUpdateSet((eb) => ({ record_id: eb.ref('excluded.record_id'), run_id: eb.ref('excluded.run_id') })))
      .execute();
  }
}
