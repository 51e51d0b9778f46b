/** The API's view of a run: its status as of now (a lapsed lease reads as interrupted) and its counts. */
import { planColumns } from './column-maps.js';
import { isFormat, isKind } from './import-kinds.js';
import type { ImportRunRecord } from './imports.repository.js';
import type { ImportRun } from './imports.schema.js';

export function presentRun(run: ImportRunRecord, nowIso: string): ImportRun {
  const header = run.header as string[];
  const columns = isKind(run.kind) && isFormat(run.format) ? planColumns(header, run.format, run.kind) : { used: [], ignored: header };
  const interrupted = run.status === 'applying' && run.lease_until !== null && run.lease_until < nowIso;
  const done = run.created + run.updated + run.skipped + run.failed;
  return {
    id: run.id,
    kind: run.kind as ImportRun['kind'],
    format: run.format as ImportRun['format'],
    fileName: run.file_name,
    fileBytes: run.file_bytes,
    fileHash: run.file_hash,
    defaultTimeZone: run.default_time_zone,
    status: (interrupted ? 'interrupted' : run.status) as ImportRun['status'],
    rows: run.total_rows,
    preview: { create: run.to_create, update: run.to_update, skip: run.to_skip, error: run.to_fix },
    applied: { created: run.created, updated: run.updated, skipped: run.skipped, failed: run.failed, done, total: run.to_create + run.to_update },
    columns: { used: columns.used, ignored: columns.ignored },
    message: run.message,
    createdBy: run.created_by,
    createdAt: run.created_at,
    startedAt: run.started_at,
    finishedAt: run.finished_at,
  };
}
