import { describe, expect, it } from 'vitest';
import { readPeopleCsv } from './people-csv.js';

describe('reading a campaign’s people from CSV', () => {
  it('reads the columns in any order and case, with location as another name for site', () => {
    const { rows, problems } = readPeopleCsv('Email;Name;Location;Phone\nann@example.com;Ann Lee;home;+1 312 555 0101\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ row: 2, name: 'Ann Lee', email: 'ann@example.com', phone: '+1 312 555 0101', site: 'home', notes: '' }]);
  });

  it('lists every bad row with its line and column, and keeps the good ones', () => {
    const { rows, problems } = readPeopleCsv('name,email\nAnn,ann@example.com\n,bob@example.com\nCy,not-an-email\nAnn again,ANN@example.com\n');
    expect(rows.map((r) => r.row)).toEqual([2]);
    expect(problems).toEqual([
      { row: 3, column: 'name', code: 'required', message: expect.any(String) },
      { row: 4, column: 'email', code: 'invalid_email', message: expect.any(String) },
      { row: 5, column: 'email', code: 'duplicate_person', message: 'The same person is on row 2' },
    ]);
  });

  it('refuses a file without a name column or with an unknown one', () => {
    expect(() => readPeopleCsv('email\nann@example.com\n')).toThrow(/"name" is missing/);
    expect(() => readPeopleCsv('name,shoe size\nAnn,5\n')).toThrow(/Unknown column "shoe_size"/);
    expect(() => readPeopleCsv('')).toThrow(/empty/);
  });
});
