import { describe, expect, it } from 'vitest';
import { decideCoverage, rateFor, type BillingScope, type WorkFacts } from './terms.js';

const premisesOnly: BillingScope = { siteIds: ['hq'], workTypes: ['support'], remote: true, homeWorkers: false };
const terms = (over: Partial<Parameters<typeof decideCoverage>[0]> = {}) => ({
  kind: 'managed' as const,
  scope: premisesOnly,
  workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }, { key: 'project', name: 'Project', rateMinor: 15000 }],
  afterHoursPercent: 150,
  ...over,
});
const work = (over: Partial<WorkFacts> = {}): WorkFacts => ({ workType: 'support', location: 'on_site', homeWorker: false, siteId: 'hq', siteName: 'Head office', afterHours: false, ...over });

describe('decideCoverage', () => {
  it('covers in-scope work at a covered site inside coverage hours', () => {
    expect(decideCoverage(terms(), work())).toEqual({ decision: 'covered', reason: 'covered by the managed contract', multiplierPercent: 100 });
  });

  it('charges a home worker’s support on a premises-only contract, saying why', () => {
    expect(decideCoverage(terms(), work({ homeWorker: true, location: 'remote' }))).toMatchObject({ decision: 'chargeable', reason: 'home worker; contract covers premises only' });
    expect(decideCoverage(terms(), work({ location: 'home' })).reason).toBe('home worker; contract covers premises only');
    expect(decideCoverage(terms({ scope: { ...premisesOnly, homeWorkers: true } }), work({ homeWorker: true })).decision).toBe('covered');
  });

  it('charges work at a site the contract does not cover, naming the site', () => {
    expect(decideCoverage(terms(), work({ siteId: 'wh', siteName: 'Warehouse' })).reason).toBe('site Warehouse not covered');
    expect(decideCoverage(terms({ scope: { ...premisesOnly, siteIds: null } }), work({ siteId: 'wh' })).decision).toBe('covered');
  });

  it('charges a work type outside the scope, by its name', () => {
    expect(decideCoverage(terms(), work({ workType: 'project' })).reason).toBe('work type Project outside scope');
  });

  it('charges remote work when only on-site work is in scope', () => {
    expect(decideCoverage(terms({ scope: { ...premisesOnly, remote: false } }), work({ location: 'remote' })).reason).toBe('remote work; contract covers on-site work only');
  });

  it('charges after-hours work at the multiplier and says so', () => {
    expect(decideCoverage(terms(), work({ afterHours: true }))).toEqual({ decision: 'chargeable', reason: 'after hours: 1.5× rate', multiplierPercent: 150 });
    expect(decideCoverage(terms(), work({ afterHours: true, homeWorker: true })).reason).toBe('home worker; contract covers premises only; after hours: 1.5× rate');
  });

  it('bills everything on time and materials, and draws in-scope work from block hours', () => {
    expect(decideCoverage(terms({ kind: 'time_and_materials' }), work())).toMatchObject({ decision: 'chargeable', reason: 'time and materials' });
    expect(decideCoverage(terms({ kind: 'block_hours' }), work())).toMatchObject({ decision: 'covered', reason: 'drawn from block hours' });
  });
});

describe('rateFor', () => {
  it('takes the work type’s own rate, else the default', () => {
    const t = { workTypes: [{ key: 'project', name: 'Project', rateMinor: 15000 }], defaultRateMinor: 9000 };
    expect(rateFor(t, 'project')).toBe(15000);
    expect(rateFor(t, 'support')).toBe(9000);
  });

  it('takes the worker’s role rate for the work type, else the role’s rate for any work, over the work type’s and the default', () => {
    const t = {
      workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }, { key: 'project', name: 'Project', rateMinor: 15000 }],
      defaultRateMinor: 9000,
      roleRates: [
        { role: 'technician', workType: null, rateMinor: 10000 },
        { role: 'technician', workType: 'project', rateMinor: 13000 },
        { role: 'service_manager', workType: 'project', rateMinor: 18000 },
      ],
    };
    expect(rateFor(t, 'project', 'technician')).toBe(13000);
    expect(rateFor(t, 'support', 'technician')).toBe(10000);
    expect(rateFor(t, 'cleaning', 'technician')).toBe(10000);
    expect(rateFor(t, 'project', 'service_manager')).toBe(18000);
    expect(rateFor(t, 'support', 'service_manager')).toBe(12000);
    expect(rateFor(t, 'support', 'owner')).toBe(12000);
    expect(rateFor(t, 'cleaning', 'owner')).toBe(9000);
    expect(rateFor(t, 'project', null)).toBe(15000);
  });
});
