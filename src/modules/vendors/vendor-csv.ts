/**
 * A vendors CSV read into rows (issue 12, item 1): one row per vendor, service or client
 * dependency — `vendor` always, `service` for a service of it, `client` (with `site`, `purpose`,
 * `criticality`, `fallback`, `workaround_steps`) for a client depending on that service. Headers in
 * any order and case, spaces or dashes for underscores; comma, semicolon or tab separated; read
 * with csv-parse as the asset import reads its files. Every problem of a row is kept with its row
 * number (the header is row 1) and column. No I/O: the import looks the names up.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../../platform/errors.js';
import { CRITICALITIES, cleanSteps, type Criticality } from './vendor.js';

export const VENDOR_COLUMNS = ['vendor', 'portal', 'service', 'service_description', 'client', 'site', 'purpose', 'criticality', 'fallback', 'workaround_steps'] as const;
type Column = (typeof VENDOR_COLUMNS)[number];

export interface RowProblem {
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface VendorCsvRow {
  row: number;
  vendor: string;
  /** '' to leave the portal as it is. */
  portal: string;
  service: string;
  serviceDescription: string;
  client: string;
  site: string;
  purpose: string;
  /** Undefined: `normal` for a new dependency, unchanged for one on record. */
  criticality?: Criticality;
  fallback: string;
  /** Undefined when the column is absent or the cell empty: unchanged for a dependency on record. */
  workaroundSteps?: string[];
}

/** Rows in one file at most. */
export const MAX_VENDOR_ROWS = 5000;

const LIMITS: Partial<Record<Column, number>> = { vendor: 200, portal: 2000, service: 200, service_description: 2000, client: 200, site: 200, purpose: 500, fallback: 5000, workaround_steps: 25_000 };

/** Reads the CSV; 422 `csv_header` for a missing `vendor` column or an unknown one, `csv_unreadable` when it is not CSV. */
export function readVendorCsv(text: string): { rows: VendorCsvRow[]; problems: RowProblem[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true, delimiter: [',', ';', '\t'] });
  } catch (error) {
    throw new AppError('csv_unreadable', `This is not a readable CSV file: ${(error as Error).message}`, { status: 422, field: '/csv' });
  }
  if (records.length === 0) throw new AppError('csv_header', 'The file is empty: the first line names the columns (vendor, service, client …)', { status: 422, field: '/csv' });
  const header = records[0].map((h) => h.toLowerCase().replace(/[\s-]+/g, '_'));
  const unknown = header.find((h) => !(VENDOR_COLUMNS as readonly string[]).includes(h));
  if (unknown !== undefined) throw new AppError('csv_header', `Unknown column "${unknown}": the columns are ${VENDOR_COLUMNS.join(', ')}`, { status: 422, field: '/csv' });
  if (!header.includes('vendor')) throw new AppError('csv_header', 'The column "vendor" is missing', { status: 422, field: '/csv' });
  if (records.length - 1 > MAX_VENDOR_ROWS) throw new AppError('too_many_rows', `At most ${MAX_VENDOR_ROWS} rows per file: split it`, { status: 422, field: '/csv' });
  const rows: VendorCsvRow[] = [];
  const problems: RowProblem[] = [];
  records.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (c: Column) => (header.includes(c) ? (cells[header.indexOf(c)] ?? '') : '');
    const before = problems.length;
    const problem = (column: Column, code: string, message: string) => problems.push({ row, column, code, message });
    for (const c of VENDOR_COLUMNS) {
      const limit = LIMITS[c];
      if (limit !== undefined && cell(c).length > limit) problem(c, 'too_long', `At most ${limit} characters`);
    }
    if (cell('vendor') === '') problem('vendor', 'required', 'Every row names its vendor');
    const portal = cell('portal');
    if (portal !== '' && !/^https?:\/\/[^\s]+$/i.test(portal)) problem('portal', 'invalid_url', 'The portal is an http or https address');
    const criticality = cell('criticality').toLowerCase();
    if (criticality !== '' && !(CRITICALITIES as readonly string[]).includes(criticality)) problem('criticality', 'unknown_criticality', `"${cell('criticality')}" is not a criticality (critical, high, normal, low)`);
    if (cell('client') === '') {
      for (const c of ['site', 'purpose', 'criticality', 'fallback', 'workaround_steps'] as const) if (cell(c) !== '') problem(c, 'client_required', `A ${c.replace('_', ' ')} belongs to a client’s dependency: name the client`);
    } else if (cell('service') === '') problem('service', 'required', 'A client depends on a service: name it');
    if (problems.length > before) return;
    const steps = cell('workaround_steps');
    rows.push({
      row, vendor: cell('vendor'), portal, service: cell('service'), serviceDescription: cell('service_description'), client: cell('client'), site: cell('site'), purpose: cell('purpose'),
      criticality: criticality === '' ? undefined : (criticality as Criticality), fallback: cell('fallback'),
      workaroundSteps: steps === '' ? undefined : cleanSteps(steps.split(/[|;\n]/)),
    });
  });
  return { rows, problems };
}
