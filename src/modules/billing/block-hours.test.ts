import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockMonths, carryOver, monthsBetween, type BlockRule } from './block-hours.js';

const rule = (over: Partial<BlockRule> = {}): BlockRule => ({ minutesPerMonth: 600, rollover: 'none', rolloverCapMinutes: null, lowBalanceMinutes: 120, ...over });

describe('block hours', () => {
  it('lets unused minutes lapse without rollover', () => {
    const months = blockMonths(rule(), [{ month: '2026-01', used: 100 }, { month: '2026-02', used: 0 }]);
    expect(months.map((m) => [m.carriedIn, m.balance])).toEqual([[0, 500], [0, 600]]);
  });

  it('carries unused minutes whole into the next month, or up to the cap', () => {
    expect(blockMonths(rule({ rollover: 'next_period' }), [{ month: '2026-01', used: 100 }, { month: '2026-02', used: 0 }])[1]).toMatchObject({ carriedIn: 500, balance: 1100 });
    expect(blockMonths(rule({ rollover: 'capped', rolloverCapMinutes: 240 }), [{ month: '2026-01', used: 100 }, { month: '2026-02', used: 0 }])[1]).toMatchObject({ carriedIn: 240, balance: 840 });
  });

  it('counts minutes beyond the balance as overage and carries no debt', () => {
    const months = blockMonths(rule({ rollover: 'next_period' }), [{ month: '2026-01', used: 700 }, { month: '2026-02', used: 0 }]);
    expect(months[0]).toMatchObject({ balance: 0, overage: 100, low: true });
    expect(months[1]).toMatchObject({ carriedIn: 0, balance: 600, low: false });
  });

  it('marks a month low when its balance falls to the threshold', () => {
    expect(blockMonths(rule(), [{ month: '2026-01', used: 480 }])[0].low).toBe(true);
    expect(blockMonths(rule(), [{ month: '2026-01', used: 479 }])[0].low).toBe(false);
    expect(blockMonths(rule({ lowBalanceMinutes: null }), [{ month: '2026-01', used: 600 }])[0].low).toBe(false);
  });

  it('accounts for every minute: carried in plus allowance equals used minus overage plus balance', () => {
    const rules = fc.record({ minutesPerMonth: fc.integer({ min: 0, max: 6000 }), rollover: fc.constantFrom('none' as const, 'next_period' as const, 'capped' as const), rolloverCapMinutes: fc.integer({ min: 0, max: 6000 }), lowBalanceMinutes: fc.constant(null) });
    fc.assert(fc.property(rules, fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 24 }), (r, used) => {
      const months = blockMonths(r, used.map((u, i) => ({ month: `2026-${i}`, used: u })));
      for (const [i, m] of months.entries()) {
        expect(m.carriedIn + m.allowance).toBe(m.used - m.overage + m.balance);
        expect(m.carriedIn).toBe(i === 0 ? 0 : carryOver(r, months[i - 1].balance));
        expect(m.carriedIn).toBeLessThanOrEqual(r.rollover === 'capped' ? r.rolloverCapMinutes : Infinity);
      }
    }));
  });

  it('lists the months between two months across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });
});
