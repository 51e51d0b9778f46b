import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../auth/index.js';
import { planColumns } from './column-maps.js';
import type { ImportFormat, ImportKind } from './import-kinds.js';
import { deleteRun, findRun, insertRows, insertRun, updateRun, type ImportRowRecord, type ImportRunRecord } from './imports.repository.js';
import { KIND_HANDLERS } from './kinds/registry.js';
import { blankRow, planChunk, SeenKeys, withColumns } from './plan-rows.js';
import { readCsv, type CsvMeter, type CsvRecord } from './read-csv.js';

export interface PreviewInput {
  kind: ImportKind;
  format: ImportFormat;
  fileName: string;
  /** IANA zone for new clients without one of their own or of their country. */
  defaultTimeZone: string | null;
  /** The file's bytes as they arrive. */
  body: AsyncIterable<Buffer | string>;
  limitBytes: number;
}

/** Rows read, looked up and stored at a time: a few queries per chunk, whatever the file's size. */
const PREVIEW_CHUNK = 500;

/**
 * Reads an uploaded file as it streams in and plans every row — create, update, skip or error,
 * and why — against the database, writing nothing but the run and its rows. A file that cannot
 * be read (too large, not UTF-8, not CSV, a required column missing, no rows) leaves no run
 * behind and is refused with its reason.
 */
export async function previewImport(deps: { db: Db; clock: Clock }, actor: Actor, input: PreviewInput): Promise<ImportRunRecord> {
  const meter: CsvMeter = { bytes: 0, sha256: '' };
  const records = readCsv(input.body, input.limitBytes, meter)[Symbol.asyncIterator]();
  const first = await records.next();
  if (first.done) throw new AppError('empty_file', 'The file is empty: it needs a header row and at least one row below it', { status: 422, field: '/body' });
  const header = first.value.cells.map((c) => c.trim());
  let columns;
  try {
    columns = planColumns(header, input.format, input.kind);
  } catch (error) {
    await records.return?.(undefined);
    throw error;
  }
  const handler = KIND_HANDLERS[input.kind];
  const id = newId();
  const counts = { total_rows: 0, to_create: 0, to_update: 0, to_skip: 0, to_fix: 0 };
  await insertRun(deps.db, {
    id,
    kind: input.kind,
    format: input.format,
    file_name: input.fileName,
    file_hash: '',
    file_bytes: 0,
    header,
    default_time_zone: input.defaultTimeZone,
    status: 'reading',
    ...counts,
    created: 0,
    updated: 0,
    skipped: 0,
    failed: 0,
    created_by: actor.userId,
    created_at: deps.clock.iso(),
    applied_by: null,
    started_at: null,
    finished_at: null,
    lease_until: null,
    message: null,
  });
  try {
    const seen = new SeenKeys();
    const planDeps = { db: deps.db, source: input.format, defaultTimeZone: input.defaultTimeZone, actor };
    let chunk: CsvRecord[] = [];
    const flush = async () => {
      const { rows } = await planChunk(handler, planDeps, columns, chunk, seen);
      chunk = [];
      const stored: ImportRowRecord[] = rows.map((r) => ({
        row: r.row,
        action: r.plan.action,
        reason: r.plan.reason,
        label: r.label,
        externalId: r.externalId,
        changes: r.plan.changes,
        issues: withColumns(columns, r.plan.issues),
        cells: r.cells,
        recordId: r.plan.recordId,
        outcome: null,
        outcomeReason: null,
      }));
      for (const r of stored) counts[({ create: 'to_create', update: 'to_update', skip: 'to_skip', error: 'to_fix' } as const)[r.action]] += 1;
      counts.total_rows += stored.length;
      await insertRows(deps.db, id, stored);
    };
    for (let next = await records.next(); !next.done; next = await records.next()) {
      if (blankRow(next.value.cells)) continue;
      chunk.push(next.value);
      if (chunk.length >= PREVIEW_CHUNK) await flush();
    }
    if (chunk.length) await flush();
    if (counts.total_rows === 0) throw new AppError('no_rows', 'The file has a header but no rows below it', { status: 422, field: '/body' });
    await updateRun(deps.db, id, { ...counts, status: 'previewed', file_hash: meter.sha256, file_bytes: meter.bytes });
  } catch (error) {
    await records.return?.(undefined);
    await deleteRun(deps.db, id);
    throw error;
  }
  return (await findRun(deps.db, id))!;
}
