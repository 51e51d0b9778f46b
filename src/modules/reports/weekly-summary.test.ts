import { describe, expect, it } from 'vitest';
import { money, summaryText, type SummaryFigures } from './weekly-summary.js';

const week = { firstDay: '2026-03-02', lastDay: '2026-03-08', timeZone: 'UTC' };
const figures = (over: Partial<SummaryFigures> = {}): SummaryFigures => ({
  from: '2026-03-02T00:00:00.000Z',
  to: '2026-03-09T00:00:00.000Z',
  fcr: { tickets: 0, firstContact: 0, ratePercent: null, targetPercent: 90 },
  sla: [{ clock: 'first_response', met: 0, missed: 0, attainmentPercent: null }, { clock: 'resolution', met: 0, missed: 0, attainmentPercent: null }],
  csat: { ratings: 0, good: 0, bad: 0, csatPercent: null },
  backlog: { open: 0, olderThanWeek: 0 },
  pages: { sent: 0, afterHours: 0 },
  goodwill: [],
  contracts: [],
  ...over,
});

describe('the weekly summary’s billing lines', () => {
  it('gives the goodwill and the hours against contract value per currency', () => {
    const { body } = summaryText(
      figures({
        goodwill: [{ currency: 'GBP', minutes: 75, valueMinor: 16500 }, { currency: 'JPY', minutes: 30, valueMinor: 5000 }],
        contracts: [{ currency: 'GBP', minutesWorked: 135, contractValueMinor: 106000 }],
      }),
      week,
      'https://desk.example/reports',
    );
    expect(body).toContain('Goodwill given: 1h 15m worth £165.00; 0h 30m worth ¥5,000');
    expect(body).toContain('Hours against contract value: 2h 15m worked for £1,060.00 (£471.11 an hour)');
  });

  it('says so when there is nothing to count', () => {
    const { body } = summaryText(figures(), week, 'https://desk.example/reports');
    expect(body).toContain('Goodwill given: none');
    expect(body).toContain('Hours against contract value: no time logged, no contract fees');
  });

  it('writes minor units in the currency’s own decimals', () => {
    expect(money(12345, 'USD')).toBe('$123.45');
    expect(money(12345, 'JPY')).toBe('¥12,345');
  });
});

describe('lastQuarter', () => {
  it('is the last full calendar quarter before now, in UTC', async () => {
    const { lastQuarter } = await import('./account-review.js');
    expect(lastQuarter(Date.parse('2026-03-02T14:00:00Z'))).toEqual({ from: '2025-10-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' });
    expect(lastQuarter(Date.parse('2026-04-01T00:00:00Z'))).toEqual({ from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' });
    expect(lastQuarter(Date.parse('2026-12-31T23:59:59Z'))).toEqual({ from: '2026-07-01T00:00:00.000Z', to: '2026-10-01T00:00:00.000Z' });
  });
});
