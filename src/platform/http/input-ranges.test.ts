import { describe, expect, it } from 'vitest';
import { endOfDay, isCalendarDate, isInstant, withIntegerBounds } from './input-ranges.js';

describe('accepted dates and instants', () => {
  it('accepts calendar dates from 0001 to 9999 that exist', () => {
    for (const d of ['0001-01-01', '2024-02-29', '9999-12-31']) expect(isCalendarDate(d), d).toBe(true);
    for (const d of ['0000-01-01', '2026-02-29', '2026-13-01', '2026-04-31', '10000-01-01', '+010000-01-01', '275760-09-13', '2026-1-1']) expect(isCalendarDate(d), d).toBe(false);
  });

  it('accepts instants with a zone between year 1 and the end of year 9999 in UTC', () => {
    for (const t of ['2026-03-02T14:00:00Z', '2026-03-02T14:00:00.123+05:30', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '2026-03-02 14:00:00Z']) expect(isInstant(t), t).toBe(true);
    for (const t of [
      '9999-12-31T23:59:59-00:01', '0001-01-01T00:00:00+00:01', '0000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', '2016-12-31T23:59:60Z',
      '2026-02-30T00:00:00Z', '2026-03-02T24:00:00Z', '2026-03-02T14:00:00', '2026-03-02T14:00:00+0530', '2026-03-02',
    ]) expect(isInstant(t), t).toBe(false);
  });

  it('ends the last day of year 9999 at the last instant with a four-digit year', () => {
    expect(endOfDay('2026-03-31')).toBe('2026-04-01T00:00:00.000Z');
    expect(endOfDay('9999-12-31')).toBe('9999-12-31T23:59:59.999Z');
  });
});

describe('integer bounds', () => {
  it('bounds every integer without bounds of its own to 32 bits, and leaves the rest alone', () => {
    const schema = { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'integer', minimum: 1, maximum: 3 }, c: { type: 'array', items: { type: ['integer', 'null'] } }, d: { type: 'string' } } };
    const bounded = withIntegerBounds(schema);
    expect(bounded.properties.a).toEqual({ type: 'integer', minimum: -2147483648, maximum: 2147483647 });
    expect(bounded.properties.b).toEqual({ type: 'integer', minimum: 1, maximum: 3 });
    expect(bounded.properties.c.items).toEqual({ type: ['integer', 'null'], minimum: -2147483648, maximum: 2147483647 });
    expect(bounded.properties.d).toEqual({ type: 'string' });
    expect(schema.properties.a).toEqual({ type: 'integer' });
  });
});
