import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { COLUMN_MAPS, headerKey, planColumns, rowValues } from './column-maps.js';
import { FORMATS, KIND_SPECS, KINDS } from './import-kinds.js';

describe('column maps', () => {
  it('match headers ignoring case, spaces and punctuation', () => {
    expect(headerKey('E-mail Address')).toBe(headerKey('email address'));
    expect(headerKey('Ticket #')).toBe(headerKey('Ticket Number'));
    expect(headerKey(' Company_ID ')).toBe(headerKey('Company ID'));
  });

  it('read a ConnectWise contacts export, ignoring columns no field reads', () => {
    const header = ['Contact RecID', 'First Name', 'Last Name', 'Company ID', 'Company Name', 'Title', 'Email', 'Direct', 'Mobile', 'Type'];
    const plan = planColumns(header, 'connectwise', 'contacts');
    expect(plan.ignored).toEqual(['Type']);
    expect(plan.used).toContainEqual({ column: 'Direct', field: 'phone' });
    expect(rowValues(['7101', ' Maggie ', 'Thorne', 'KESTREL', 'Kestrel Bakery Ltd', 'Owner', 'm@k.example', '01632 960201'], plan)).toMatchObject({ externalId: '7101', firstName: 'Maggie', mobile: '' });
  });

  it('refuse a file without a column a kind needs, naming the columns that would do', () => {
    let error: AppError | undefined;
    try {
      planColumns(['First Name', 'Email'], 'connectwise', 'contacts');
    } catch (e) {
      error = e as AppError;
    }
    expect(error).toMatchObject({ code: 'missing_column', status: 422, field: '/header' });
    expect(error!.message).toContain('“Company ID” or “Company Name” or “Company”');
  });

  it('name only fields their kind has, for every layout', () => {
    for (const format of FORMATS) {
      for (const kind of KINDS) {
        const known = new Set(KIND_SPECS[kind].fields.map((f) => f.field));
        for (const field of Object.keys(COLUMN_MAPS[format][kind])) expect(known.has(field), `${format} ${kind} ${field}`).toBe(true);
        for (const requirement of KIND_SPECS[kind].required) expect(requirement.anyOf.some((f) => COLUMN_MAPS[format][kind][f]?.length), `${format} ${kind} ${requirement.anyOf}`).toBe(true);
      }
    }
  });
});
