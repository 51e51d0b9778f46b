import { describe, expect, it } from 'vitest';
import { completeRow, monthlyFeeMinor, proratedMinor } from './profitability.js';

const ms = (iso: string) => Date.parse(iso);

describe('monthlyFeeMinor', () => {
  it('counts a fixed fee and the block’s price, the block at the default rate when it has none, and no per-user fee', () => {
    expect(monthlyFeeMinor({ flatFee: { basis: 'fixed', amountMinor: 50000 }, block: null, defaultRateMinor: 12000 })).toBe(50000);
    expect(monthlyFeeMinor({ flatFee: null, block: { minutesPerMonth: 600, rollover: 'none', rolloverCapMinutes: null, lowBalanceMinutes: null, priceMinor: 90000 }, defaultRateMinor: 12000 })).toBe(90000);
    expect(monthlyFeeMinor({ flatFee: null, block: { minutesPerMonth: 600, rollover: 'none', rolloverCapMinutes: null, lowBalanceMinutes: null, priceMinor: null }, defaultRateMinor: 12000 })).toBe(120000);
    expect(monthlyFeeMinor({ flatFee: { basis: 'per_user', amountMinor: 4500 }, block: null, defaultRateMinor: 12000 })).toBe(0);
  });
});

describe('proratedMinor', () => {
  it('pays whole months whole and part months by their share of time', () => {
    expect(proratedMinor(31000, ms('2026-03-01T00:00:00Z'), ms('2026-04-01T00:00:00Z'))).toBe(31000);
    expect(proratedMinor(31000, ms('2026-03-01T00:00:00Z'), ms('2026-03-11T00:00:00Z'))).toBe(10000);
    // 1 February to 15 March: February whole, 14 of March's 31 days.
    expect(proratedMinor(3100, ms('2026-02-01T00:00:00Z'), ms('2026-03-15T00:00:00Z'))).toBe(3100 + 1400);
    expect(proratedMinor(3100, ms('2026-03-15T00:00:00Z'), ms('2026-03-15T00:00:00Z'))).toBe(0);
    expect(proratedMinor(0, ms('2026-01-01T00:00:00Z'), ms('2027-01-01T00:00:00Z'))).toBe(0);
    expect(proratedMinor(1000, ms('2026-01-01T00:00:00Z'), ms('2027-01-01T00:00:00Z'))).toBe(12000);
  });
});

describe('completeRow', () => {
  it('adds fees and billable time into the contract value, and its value per hour worked', () => {
    const base = { group: 'c', label: 'C', minutesWorked: 90, workedValueMinor: 18000, billableMinor: 6000, feesMinor: 30000, currency: 'USD' };
    expect(completeRow(base)).toMatchObject({ contractValueMinor: 36000, valuePerHourMinor: 24000 });
    expect(completeRow({ ...base, minutesWorked: 0 }).valuePerHourMinor).toBeNull();
  });
});
