import { describe, expect, it } from 'vitest';
import { dayIn, periodInstants, periodMonths } from './period.js';

describe('invoice periods', () => {
  it('bills the months whose first day falls in the period', () => {
    expect(periodMonths('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
    expect(periodMonths('2026-01-01', '2026-03-31')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(periodMonths('2026-03-02', '2026-03-31')).toEqual([]);
    expect(periodMonths('2025-12-15', '2026-01-15')).toEqual(['2026-01']);
  });

  it('reads the period’s days in the client’s time zone, across a clock change', () => {
    expect(periodInstants('Europe/London', '2026-03-01', '2026-03-31')).toEqual({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T23:00:00.000Z' });
    expect(periodInstants('America/Chicago', '2026-03-01', '2026-03-01')).toEqual({ from: '2026-03-01T06:00:00.000Z', to: '2026-03-02T06:00:00.000Z' });
    expect(dayIn('America/Chicago', '2026-03-02T03:00:00.000Z')).toBe('2026-03-01');
  });
});
