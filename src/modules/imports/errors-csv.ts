/**
 * The rows that need fixing, as a CSV file to fix and upload again: the file's own header and
 * cells, then the row's number and what is wrong with it. The two extra columns are ignored when
 * the fixed file is imported (no layout reads them), and rows already imported match and skip.
 */
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../../platform/db/connect.js';
import { rowsToFix, type ImportRowRecord, type ImportRunRecord } from './imports.repository.js';

/** The two columns added after the file's own. */
export const ERROR_COLUMNS = ['Import row', 'Import problems'];

/** One row of the errors file: its cells as uploaded (as many as the header), its number, its problems. */
export function errorLine(width: number, row: ImportRowRecord): string[] {
  const problems = row.action === 'error'
    ? row.issues.map((i) => (i.column ? `${i.column}: ${i.message}` : i.message)).join('; ') || row.reason
    : `Not imported: ${row.outcomeReason ?? row.reason}`;
  const cells = Array.from({ length: width }, (_, i) => row.cells[i] ?? '');
  return [...cells, String(row.row), problems];
}

/** The errors file of a run, a page of rows at a time. */
export async function* errorsCsv(db: Db, run: ImportRunRecord): AsyncGenerator<string> {
  const header = run.header as string[];
  // A byte-order mark, so spreadsheet programs open the file as UTF-8.
  yield `\uFEFF${stringify([[...header, ...ERROR_COLUMNS]])}`;
  for (let after = 0; ; ) {
    const rows = await rowsToFix(db, run.id, after, 1000);
    if (rows.length === 0) return;
    yield stringify(rows.map((r) => errorLine(header.length, r)));
    after = rows[rows.length - 1].row;
  }
}
