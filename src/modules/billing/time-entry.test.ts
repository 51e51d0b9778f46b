import fc from 'fast-check';
import { toIso } from '../../platform/clock.js';
import { describe, expect, it } from 'vitest';
import type { BillingTerms, WorkFacts } from './terms.js';
import { goodwillLines, goodwillTotals, priceWork } from './time-entry.js';

const terms: BillingTerms = {
  contractId: 'c', organizationId: 'o', kind: 'managed', currency: 'EUR', flatFee: { basis: 'per_user', amountMinor: 4500 }, block: null,
  defaultRateMinor: 12000, workTypes: [{ key: 'project', name: 'Project', rateMinor: 15000 }], roleRates: [{ role: 'technician', workType: null, rateMinor: 9000 }], approvalRequired: false, afterHoursPercent: 150,
  minimumMinutes: 15, incrementMinutes: 15, mode: 'up', scope: { siteIds: null, workTypes: null, remote: true, homeWorkers: false }, version: 1, updatedAt: '2026-03-02T00:00:00.000Z',
};
const work = (over: Partial<WorkFacts> = {}): WorkFacts => ({ workType: 'support', location: 'remote', homeWorker: false, siteId: null, siteName: null, afterHours: false, ...over });

describe('priceWork', () => {
  it('classifies covered work as covered and still values it at the rate', () => {
    expect(priceWork(terms, '', work(), 20, 'USD')).toMatchObject({ classification: 'covered', coverage: 'covered', billedMinutes: 30, rateMinor: 12000, valueMinor: 6000, currency: 'EUR' });
  });

  it('classifies a home worker’s time as billable with the reason, after hours at the multiplier', () => {
    expect(priceWork(terms, '', work({ homeWorker: true, afterHours: true, workType: 'project' }), 60, 'USD')).toMatchObject({
      classification: 'billable', reason: 'home worker; contract covers premises only; after hours: 1.5× rate', rateMinor: 15000, multiplierPercent: 150, valueMinor: 22500,
    });
  });

  it('prices work at the rate of the worker’s role when the terms give one, after hours at the multiplier', () => {
    expect(priceWork(terms, '', work({ workType: 'project' }), 60, 'USD', 'technician')).toMatchObject({ rateMinor: 9000, valueMinor: 9000 });
    expect(priceWork(terms, '', work({ workType: 'project', afterHours: true }), 60, 'USD', 'technician')).toMatchObject({ rateMinor: 9000, multiplierPercent: 150, valueMinor: 13500 });
    expect(priceWork(terms, '', work({ workType: 'project' }), 60, 'USD', 'service_manager')).toMatchObject({ rateMinor: 15000 });
  });

  it('bills time without terms at no known rate, saying why', () => {
    expect(priceWork(undefined, 'no active contract', work(), 7, 'USD')).toMatchObject({ classification: 'billable', reason: 'no active contract', billedMinutes: 7, valueMinor: 0, currency: 'USD' });
  });
});

describe('goodwill ledger', () => {
  it('groups waived time by month in the client’s time zone and by reason', () => {
    const lines = goodwillLines([
      { startedAt: '2026-03-31T23:30:00.000Z', waiveReason: 'Home-working rollout', billedMinutes: 30, valueMinor: 6000, currency: 'USD' },
      { startedAt: '2026-03-10T10:00:00.000Z', waiveReason: 'Home-working rollout', billedMinutes: 60, valueMinor: 12000, currency: 'USD' },
      { startedAt: '2026-03-11T10:00:00.000Z', waiveReason: 'Our mistake', billedMinutes: 15, valueMinor: 3000, currency: 'USD' },
    ], 'Europe/Berlin');
    expect(lines).toEqual([
      { month: '2026-04', reason: 'Home-working rollout', currency: 'USD', entries: 1, minutes: 30, valueMinor: 6000 },
      { month: '2026-03', reason: 'Home-working rollout', currency: 'USD', entries: 1, minutes: 60, valueMinor: 12000 },
      { month: '2026-03', reason: 'Our mistake', currency: 'USD', entries: 1, minutes: 15, valueMinor: 3000 },
    ]);
  });

  it('loses nothing: the lines add up to the entries, per currency', () => {
    const entry = fc.record({
      startedAt: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }).map(toIso),
      waiveReason: fc.constantFrom('a', 'b', 'c'),
      billedMinutes: fc.integer({ min: 0, max: 600 }),
      valueMinor: fc.integer({ min: 0, max: 1_000_000 }),
      currency: fc.constantFrom('USD', 'EUR'),
    });
    fc.assert(fc.property(fc.array(entry, { maxLength: 50 }), (entries) => {
      const totals = goodwillTotals(goodwillLines(entries, 'America/New_York'));
      for (const currency of ['USD', 'EUR']) {
        const mine = entries.filter((e) => e.currency === currency);
        const total = totals.find((t) => t.currency === currency);
        expect(total?.valueMinor ?? 0).toBe(mine.reduce((s, e) => s + e.valueMinor, 0));
        expect(total?.minutes ?? 0).toBe(mine.reduce((s, e) => s + e.billedMinutes, 0));
      }
    }));
  });
});
