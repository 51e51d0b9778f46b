import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal, invoiceTotals, percent, taxMinor } from './invoice-math.js';
import { invoiceLines, type ContractFacts, type EntryFacts } from './invoice-lines.js';

const contract = fc.record({
  contractId: fc.uuid(),
  name: fc.constantFrom('Managed', 'Block', 'T&M'),
  kind: fc.constantFrom('managed', 'block_hours', 'time_and_materials'),
  flatFee: fc.option(fc.record({ basis: fc.constantFrom('per_user', 'per_device', 'fixed'), amountMinor: fc.integer({ min: 0, max: 10_000_000 }) }), { nil: null }),
  quantity: fc.integer({ min: 0, max: 5_000 }),
  defaultRateMinor: fc.integer({ min: 0, max: 100_000 }),
  feeMonths: fc.uniqueArray(fc.constantFrom('2026-01', '2026-02', '2026-03'), { maxLength: 3 }),
  blockMonths: fc.array(fc.record({ month: fc.constant('2026-03'), used: fc.nat(10_000), available: fc.nat(10_000), balance: fc.nat(10_000), overageToBill: fc.nat(10_000), overageValueMinor: fc.nat(10_000_000) }), { maxLength: 2 }),
}) as fc.Arbitrary<ContractFacts>;

const entry = fc.record({
  id: fc.uuid(), version: fc.integer({ min: 1, max: 9 }), day: fc.constant('2026-03-02'), ticketRef: fc.constant('T-1'), workTypeName: fc.constant('Support'),
  billedMinutes: fc.integer({ min: 1, max: 1440 }), rateMinor: fc.integer({ min: 0, max: 100_000 }), multiplierPercent: fc.constantFrom(100, 150, 200),
  valueMinor: fc.integer({ min: 0, max: 5_000_000 }), classification: fc.constantFrom('billable', 'goodwill'), reason: fc.constant('time and materials'), waiveReason: fc.option(fc.constant('home worker'), { nil: null }),
}) as fc.Arbitrary<EntryFacts>;

describe('invoice arithmetic', () => {
  it('rounds tax half a minor unit up, on the subtotal', () => {
    expect(taxMinor(1005, 1000)).toBe(101);
    expect(taxMinor(1004, 1000)).toBe(100);
    expect(taxMinor(999, 2000)).toBe(200);
    expect(taxMinor(12345, 0)).toBe(0);
    expect(taxMinor(0, 2000)).toBe(0);
    expect(taxMinor(Number.MAX_SAFE_INTEGER, 10_000)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => taxMinor(-1, 2000)).toThrow(RangeError);
    expect(() => taxMinor(1.5, 2000)).toThrow(RangeError);
  });

  it('keeps tax within half a minor unit of the exact product', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 10_000 }), (subtotal, bp) => {
      const exact = (subtotal * bp) / 10_000;
      const tax = taxMinor(subtotal, bp);
      expect(tax - exact).toBeLessThanOrEqual(0.5);
      expect(exact - tax).toBeLessThan(0.5);
    }));
  });

  it('writes minor units in the currency’s digits and rates as percentages', () => {
    expect(decimal(123456, 'USD')).toBe('1234.56');
    expect(decimal(5, 'GBP')).toBe('0.05');
    expect(decimal(0, 'EUR')).toBe('0.00');
    expect(decimal(1500, 'JPY')).toBe('1500');
    expect(decimal(1234, 'KWD')).toBe('1.234');
    expect(percent(2000)).toBe('20');
    expect(percent(825)).toBe('8.25');
    expect(percent(0)).toBe('0');
  });
});

describe('invoice lines', () => {
  it('always sum to the subtotal, and subtotal plus tax is the total', () => {
    fc.assert(fc.property(fc.array(contract, { maxLength: 4 }), fc.array(entry, { maxLength: 30 }), fc.integer({ min: 0, max: 5_000 }), (contracts, entries, bp) => {
      const lines = invoiceLines('USD', contracts, entries);
      const totals = invoiceTotals(lines, bp);
      expect(lines.reduce((s, l) => s + l.amountMinor, 0)).toBe(totals.subtotalMinor);
      expect(totals.subtotalMinor + totals.taxMinor).toBe(totals.totalMinor);
      for (const l of lines) expect(l.amountMinor).toBe(l.quantity * l.unitMinor);
    }));
  });

  it('bills goodwill as $0 lines that show the value waived', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
      const lines = invoiceLines('USD', [], entries);
      const goodwill = lines.filter((l) => l.kind === 'goodwill');
      expect(goodwill).toHaveLength(entries.filter((e) => e.classification === 'goodwill').length);
      for (const l of goodwill) expect(l.amountMinor).toBe(0);
      expect(invoiceTotals(lines, 0).goodwillMinor).toBe(entries.filter((e) => e.classification === 'goodwill').reduce((s, e) => s + e.valueMinor, 0));
    }));
  });

  it('bills a per-user fee by the head count, a fixed fee once, and block hours drawn at $0 with the overage at the rate', () => {
    const lines = invoiceLines('USD', [
      { contractId: 'c1', name: 'Managed', kind: 'managed', flatFee: { basis: 'per_user', amountMinor: 4500 }, quantity: 12, defaultRateMinor: 12000, feeMonths: ['2026-03'], blockMonths: [] },
      { contractId: 'c2', name: 'Block', kind: 'block_hours', flatFee: { basis: 'fixed', amountMinor: 90000 }, quantity: 12, defaultRateMinor: 12000, feeMonths: ['2026-03'], blockMonths: [{ month: '2026-03', used: 660, available: 600, balance: 0, overageToBill: 60, overageValueMinor: 12000 }] },
    ], [{ id: 'e1', version: 1, day: '2026-03-02', ticketRef: 'T-7', workTypeName: 'Support', billedMinutes: 45, rateMinor: 12000, multiplierPercent: 150, valueMinor: 13500, classification: 'goodwill', reason: 'home worker; contract covers premises only', waiveReason: 'Lockdown goodwill' }]);
    expect(lines.map((l) => [l.kind, l.quantity, l.unitMinor, l.amountMinor, l.valueMinor])).toEqual([
      ['flat_fee', 12, 4500, 54000, 54000],
      ['flat_fee', 1, 90000, 90000, 90000],
      ['block', 1, 0, 0, 0],
      ['block_overage', 1, 12000, 12000, 12000],
      ['goodwill', 1, 0, 0, 13500],
    ]);
    expect(lines[4].description).toBe('Goodwill: 2026-03-02 T-7 Support, 45 min at 120.00/h × 1.5, value 135.00 waived (Lockdown goodwill)');
  });
});
