/**
 * A campaign's people read from a CSV: the header names the columns (any order, any case, spaces or
 * dashes for underscores; `location` is another name for `site`), and every problem of a row is
 * kept with its row number and column rather than stopping at the first. No I/O: which contact and
 * site a row names is looked up by the import.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../../platform/errors.js';

/** The columns a people CSV may have; `name` is required. */
export const PEOPLE_COLUMNS = ['name', 'email', 'phone', 'site', 'notes'] as const;
type Column = (typeof PEOPLE_COLUMNS)[number];

/** A problem with one row (row 1 is the header, as a spreadsheet counts) and the column at fault. */
export interface RowProblem {
  row: number;
  column: string;
  code: string;
  message: string;
}

/** A row as read: `site` is a site's name, `home`, or empty (the contact's own place). */
export interface PersonRow {
  row: number;
  name: string;
  email: string;
  phone: string;
  site: string;
  notes: string;
}

/** People in one file at most. */
export const MAX_PEOPLE = 5000;

const LIMITS: Record<Column, number> = { name: 200, email: 254, phone: 40, site: 200, notes: 2000 };
// Enough to refuse a typo ("ann.example.com"); the mail module checks deliverability when it sends.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Reads the CSV; 422 `csv_header` when `name` is missing or a column is unknown, `csv_unreadable` when it is not CSV. */
export function readPeopleCsv(text: string): { rows: PersonRow[]; problems: RowProblem[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true, delimiter: [',', ';', '\t'] });
  } catch (error) {
    throw new AppError('csv_unreadable', `This is not a readable CSV file: ${(error as Error).message}`, { status: 422, field: '/csv' });
  }
  if (records.length === 0) throw new AppError('csv_header', 'The file is empty: the first line names the columns (name, email, phone, site, notes)', { status: 422, field: '/csv' });
  const header = records[0].map((h) => h.toLowerCase().replace(/[\s-]+/g, '_')).map((h) => (h === 'location' ? 'site' : h));
  const unknown = header.find((h) => !(PEOPLE_COLUMNS as readonly string[]).includes(h));
  if (unknown !== undefined) throw new AppError('csv_header', `Unknown column "${unknown}": the columns are ${PEOPLE_COLUMNS.join(', ')}`, { status: 422, field: '/csv' });
  if (!header.includes('name')) throw new AppError('csv_header', 'The column "name" is missing', { status: 422, field: '/csv' });
  if (records.length - 1 > MAX_PEOPLE) throw new AppError('too_many_rows', `At most ${MAX_PEOPLE} people per file: split it`, { status: 422, field: '/csv' });
  const rows: PersonRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  records.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (c: Column) => cells[header.indexOf(c)] ?? '';
    const before = problems.length;
    for (const c of PEOPLE_COLUMNS) {
      if (cell(c).length > LIMITS[c]) problems.push({ row, column: c, code: 'too_long', message: `At most ${LIMITS[c]} characters` });
    }
    if (cell('name') === '') problems.push({ row, column: 'name', code: 'required', message: 'Every person needs a name' });
    const email = cell('email').toLowerCase();
    if (email !== '' && !EMAIL.test(email)) problems.push({ row, column: 'email', code: 'invalid_email', message: `"${cell('email')}" is not an email address` });
    const key = email || `name:${cell('name').toLowerCase()}`;
    const earlier = seen.get(key);
    if (earlier !== undefined && cell('name') !== '') problems.push({ row, column: email ? 'email' : 'name', code: 'duplicate_person', message: `The same person is on row ${earlier}` });
    else seen.set(key, row);
    if (problems.length > before) return;
    rows.push({ row, name: cell('name'), email, phone: cell('phone'), site: cell('site'), notes: cell('notes') });
  });
  return { rows, problems };
}
