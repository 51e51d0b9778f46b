/**
 * An asset CSV read into rows: the header names the columns (in any order, any case, spaces or
 * dashes for underscores), each record becomes the settings it gives, and every problem of a row
 * is kept with its row number and column rather than stopping at the first. No I/O: which site,
 * person and existing asset a row names is looked up by the import itself.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../../platform/errors.js';
import { readKind, type AssetSettings } from './asset.js';

/** The columns an asset CSV may have; `kind` and `name` are required. */
export const ASSET_COLUMNS = ['kind', 'name', 'serial', 'model', 'site', 'person', 'tags', 'notes', 'isp', 'circuit_id', 'isp_support_phone'] as const;
type Column = (typeof ASSET_COLUMNS)[number];

/** A problem with one row (row 1 is the header, as a spreadsheet counts). */
export interface RowProblem {
  row: number;
  column: string;
  code: string;
  message: string;
}

/** A row as read: its settings, and the site and person as written (names or emails) for the import to find. */
export interface AssetCsvRow {
  row: number;
  settings: AssetSettings;
  site: string;
  person: string;
}

/** Rows in one file at most. */
export const MAX_ROWS = 5000;

const LIMITS: Partial<Record<Column, number>> = { name: 200, serial: 100, model: 200, notes: 5000, isp: 200, circuit_id: 100, isp_support_phone: 40, site: 200, person: 200, tags: 1000 };

/** Reads the CSV; 422 `csv_header` when a required column is missing or one is unknown, `csv_unreadable` when it is not CSV. */
export function readAssetCsv(text: string): { rows: AssetCsvRow[]; problems: RowProblem[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true, delimiter: [',', ';', '\t'] });
  } catch (error) {
    throw new AppError('csv_unreadable', `This is not a readable CSV file: ${(error as Error).message}`, { status: 422, field: '/csv' });
  }
  if (records.length === 0) throw new AppError('csv_header', 'The file is empty: the first line names the columns (kind, name, serial …)', { status: 422, field: '/csv' });
  const header = records[0].map((h) => h.toLowerCase().replace(/[\s-]+/g, '_'));
  const unknown = header.find((h) => !(ASSET_COLUMNS as readonly string[]).includes(h));
  if (unknown !== undefined) throw new AppError('csv_header', `Unknown column "${unknown}": the columns are ${ASSET_COLUMNS.join(', ')}`, { status: 422, field: '/csv' });
  for (const required of ['kind', 'name']) {
    if (!header.includes(required)) throw new AppError('csv_header', `The column "${required}" is missing`, { status: 422, field: '/csv' });
  }
  if (records.length - 1 > MAX_ROWS) throw new AppError('too_many_rows', `At most ${MAX_ROWS} assets per file: split it`, { status: 422, field: '/csv' });
  const rows: AssetCsvRow[] = [];
  const problems: RowProblem[] = [];
  records.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (c: Column) => cells[header.indexOf(c)] ?? '';
    const before = problems.length;
    for (const c of ASSET_COLUMNS) {
      const limit = LIMITS[c];
      if (limit !== undefined && cell(c).length > limit) problems.push({ row, column: c, code: 'too_long', message: `At most ${limit} characters` });
    }
    const kind = readKind(cell('kind'));
    if (!kind) problems.push({ row, column: 'kind', code: 'unknown_kind', message: `"${cell('kind')}" is not a kind of asset (laptop, desktop, home office kit, VPN token, server, network device, circuit, printer, other)` });
    if (cell('name') === '') problems.push({ row, column: 'name', code: 'required', message: 'Every asset needs a name' });
    if (problems.length > before || !kind) return;
    rows.push({
      row,
      site: cell('site'),
      person: cell('person'),
      settings: {
        kind,
        name: cell('name'),
        serial: cell('serial'),
        model: cell('model'),
        tags: cell('tags').split(/[;,|]/).map((t) => t.trim()).filter((t) => t !== '').slice(0, 20),
        notes: cell('notes'),
        isp: cell('isp'),
        circuitId: cell('circuit_id'),
        ispSupportPhone: cell('isp_support_phone'),
      },
    });
  });
  return { rows, problems };
}
