import { describe, expect, it } from 'vitest';
import { readinessScore, type ReadinessFacts } from './readiness.js';

const ready: ReadinessFacts = {
  today: '2026-03-02',
  jobs: [{ name: 'Nightly', state: 'ok' }],
  restoreTests: [{ testedOn: '2026-02-01', result: 'success' }],
  plan: { lastReviewedOn: '2025-06-01', deciderContactId: 'c1' },
  dependencies: [{ name: 'Hosted desktops (Acme)', hasFallback: true }],
};

const codes = (f: ReadinessFacts) => readinessScore(f).reasons.map((r) => [r.code, r.points]);

describe('readiness score', () => {
  it('is 100 with nothing to fault', () => {
    expect(readinessScore(ready)).toEqual({ score: 100, reasons: [] });
  });

  it('takes points off for failed, stale, never-reported and warning backups, at most 45 in all', () => {
    expect(codes({ ...ready, jobs: [{ name: 'A', state: 'failed' }, { name: 'B', state: 'stale' }, { name: 'C', state: 'waiting' }, { name: 'D', state: 'warning' }] }))
      .toEqual([['backup_failed', 20], ['backup_stale', 15], ['backup_never_succeeded', 5], ['backup_warning', 5]]);
    const many = readinessScore({ ...ready, jobs: [1, 2, 3, 4].map((i) => ({ name: `J${i}`, state: 'failed' as const })) });
    expect(many.score).toBe(55);
    expect(codes({ ...ready, jobs: [] })).toEqual([['no_backup_jobs', 30]]);
  });

  it('wants a restore test in the last 90 days, and the latest one not failed', () => {
    expect(codes({ ...ready, restoreTests: [{ testedOn: '2025-12-01', result: 'success' }] })).toEqual([['no_recent_restore_test', 15]]);
    expect(codes({ ...ready, restoreTests: [{ testedOn: '2025-12-03', result: 'success' }] })).toEqual([]);
    expect(codes({ ...ready, restoreTests: [...ready.restoreTests, { testedOn: '2026-02-20', result: 'failed' }] })).toEqual([['restore_test_failed', 15]]);
    expect(codes({ ...ready, restoreTests: [] })).toEqual([['no_recent_restore_test', 15]]);
  });

  it('wants a DR plan reviewed in the last 12 months that names who decides', () => {
    expect(codes({ ...ready, plan: null })).toEqual([['no_dr_plan', 25]]);
    expect(codes({ ...ready, plan: { lastReviewedOn: '2025-03-01', deciderContactId: 'c1' } })).toEqual([['dr_plan_not_reviewed', 10]]);
    expect(codes({ ...ready, plan: { lastReviewedOn: '2025-03-02', deciderContactId: 'c1' } })).toEqual([]);
    expect(codes({ ...ready, plan: { lastReviewedOn: null, deciderContactId: null } })).toEqual([['dr_plan_not_reviewed', 10], ['no_decider', 5]]);
  });

  it('takes 5 for each dependency without a fallback, at most 20, and never goes below 0', () => {
    const deps = [1, 2, 3, 4, 5].map((i) => ({ name: `Service ${i}`, hasFallback: false }));
    expect(readinessScore({ ...ready, dependencies: deps }).score).toBe(80);
    const worst = readinessScore({ today: '2026-03-02', jobs: [1, 2, 3].map((i) => ({ name: `J${i}`, state: 'failed' as const })), restoreTests: [], plan: null, dependencies: deps });
    expect(worst.score).toBe(0);
    expect(worst.reasons[0].points).toBeGreaterThanOrEqual(worst.reasons.at(-1)!.points);
  });
});
