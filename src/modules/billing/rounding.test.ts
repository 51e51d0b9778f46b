import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { billedMinutes, valueMinor, multiplierText, type RoundingRule } from './rounding.js';

const rule = fc.record({
  minimumMinutes: fc.integer({ min: 0, max: 240 }),
  incrementMinutes: fc.integer({ min: 1, max: 60 }),
  mode: fc.constantFrom('up' as const, 'nearest' as const),
});
const worked = fc.integer({ min: 1, max: 24 * 60 * 7 });

describe('billed minutes', () => {
  it('rounds up to the next increment and raises short work to the minimum', () => {
    const r: RoundingRule = { minimumMinutes: 30, incrementMinutes: 15, mode: 'up' };
    expect([1, 29, 30, 31, 45, 46].map((m) => billedMinutes(m, r))).toEqual([30, 30, 30, 45, 45, 60]);
  });

  it('rounds to the nearest increment with a half increment going up', () => {
    const r: RoundingRule = { minimumMinutes: 0, incrementMinutes: 6, mode: 'nearest' };
    expect([1, 2, 3, 8, 9, 12].map((m) => billedMinutes(m, r))).toEqual([0, 0, 6, 6, 12, 12]);
  });

  it('bills nothing for nothing worked, whatever the minimum', () => {
    expect(billedMinutes(0, { minimumMinutes: 60, incrementMinutes: 15, mode: 'up' })).toBe(0);
  });

  it('refuses negative and fractional minutes', () => {
    expect(() => billedMinutes(-1, { minimumMinutes: 0, incrementMinutes: 1, mode: 'up' })).toThrow(RangeError);
    expect(() => billedMinutes(1.5, { minimumMinutes: 0, incrementMinutes: 1, mode: 'up' })).toThrow(RangeError);
  });

  it('never bills less than worked when rounding up, and less than one increment more', () => {
    fc.assert(fc.property(worked, rule, (m, r) => {
      const billed = billedMinutes(m, { ...r, mode: 'up' });
      expect(billed).toBeGreaterThanOrEqual(m);
      expect(billed).toBeGreaterThanOrEqual(r.minimumMinutes);
      if (billed > r.minimumMinutes) expect(billed - m).toBeLessThan(r.incrementMinutes);
    }));
  });

  it('stays within half an increment of the work when rounding to the nearest (above the minimum)', () => {
    fc.assert(fc.property(worked, rule, (m, r) => {
      const billed = billedMinutes(m, { ...r, mode: 'nearest' });
      if (billed > r.minimumMinutes) expect(Math.abs(billed - m) * 2).toBeLessThanOrEqual(r.incrementMinutes);
    }));
  });

  it('is a multiple of the increment or the minimum, and never falls as work grows', () => {
    fc.assert(fc.property(worked, fc.integer({ min: 0, max: 600 }), rule, (m, more, r) => {
      const billed = billedMinutes(m, r);
      expect(billed % r.incrementMinutes === 0 || billed === r.minimumMinutes).toBe(true);
      expect(billedMinutes(m + more, r)).toBeGreaterThanOrEqual(billed);
    }));
  });
});

describe('value in minor units', () => {
  it('prices minutes at an hourly rate with the multiplier, half a cent rounding up', () => {
    expect(valueMinor(60, 12000)).toBe(12000);
    expect(valueMinor(15, 12000)).toBe(3000);
    expect(valueMinor(60, 12000, 150)).toBe(18000);
    expect(valueMinor(1, 1)).toBe(0);
    expect(valueMinor(30, 1)).toBe(1);
    expect(valueMinor(7, 9999, 125)).toBe(1458);
  });

  it('is an integer that adds up: two parts of a duration are worth the whole within a cent', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 100, max: 300 }), (a, b, rate, pct) => {
      const whole = valueMinor(a + b, rate, pct);
      expect(Number.isInteger(whole)).toBe(true);
      expect(Math.abs(valueMinor(a, rate, pct) + valueMinor(b, rate, pct) - whole)).toBeLessThanOrEqual(1);
    }));
  });

  it('writes a multiplier as a person reads it', () => {
    expect(multiplierText(150)).toBe('1.5×');
    expect(multiplierText(200)).toBe('2×');
  });
});
