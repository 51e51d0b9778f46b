/**
 * A client's DR readiness score, 0–100, and what lowers it: pure, no I/O. Every rule takes off a
 * fixed number of points and says why; the score is 100 less their sum, never below 0.
 */
import type { JobState } from './backup.js';

/** What the score is worked out from. */
export interface ReadinessFacts {
  /** Today in the client's time zone, `YYYY-MM-DD`. */
  today: string;
  jobs: { name: string; state: JobState }[];
  /** Restore tests, any order. */
  restoreTests: { testedOn: string; result: 'success' | 'partial' | 'failed' }[];
  plan: { lastReviewedOn: string | null; deciderContactId: string | null } | null;
  /** The client's vendor dependencies and whether each has a fallback (in the DR plan or on the dependency). */
  dependencies: { name: string; hasFallback: boolean }[];
}

/** One thing that lowers the score. */
export interface ReadinessReason {
  code: string;
  text: string;
  points: number;
}

export interface Readiness {
  score: number;
  reasons: ReadinessReason[];
}

/** Points taken off, per rule (docs/readiness.md lists them). */
export const POINTS = {
  noJobs: 30,
  failed: 20,
  stale: 15,
  waiting: 5,
  warning: 5,
  jobsCap: 45,
  noRestoreTest: 15,
  restoreFailed: 15,
  noPlan: 25,
  planNotReviewed: 10,
  noDecider: 5,
  noFallback: 5,
  fallbackCap: 20,
} as const;

const RESTORE_DAYS = 90;
const REVIEW_MONTHS = 12;

const daysBetween = (from: string, to: string) => Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function monthsAgo(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const back = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth() + 1, 0)).getUTCDate();
  back.setUTCDate(Math.min(d, lastDay));
  return back.toISOString().slice(0, 10);
}

function jobReasons(jobs: ReadinessFacts['jobs']): ReadinessReason[] {
  if (jobs.length === 0) return [{ code: 'no_backup_jobs', text: 'No backup jobs are recorded', points: POINTS.noJobs }];
  const each: ReadinessReason[] = [];
  for (const j of jobs) {
    if (j.state === 'failed') each.push({ code: 'backup_failed', text: `Backup “${j.name}” failed`, points: POINTS.failed });
    else if (j.state === 'stale') each.push({ code: 'backup_stale', text: `Backup “${j.name}” has no success within its RPO`, points: POINTS.stale });
    else if (j.state === 'waiting') each.push({ code: 'backup_never_succeeded', text: `Backup “${j.name}” has not reported a success yet`, points: POINTS.waiting });
    else if (j.state === 'warning') each.push({ code: 'backup_warning', text: `Backup “${j.name}” finished with warnings`, points: POINTS.warning });
  }
  // Many broken jobs lower the score a lot, but not so far that the plan's part no longer shows.
  let left: number = POINTS.jobsCap;
  return each.map((r) => {
    const points = Math.min(r.points, left);
    left -= points;
    return { ...r, points };
  }).filter((r) => r.points > 0);
}

function restoreReasons(f: ReadinessFacts): ReadinessReason[] {
  const recent = f.restoreTests.filter((t) => daysBetween(t.testedOn, f.today) <= RESTORE_DAYS);
  if (recent.length === 0) return [{ code: 'no_recent_restore_test', text: `No restore test in the last ${RESTORE_DAYS} days`, points: POINTS.noRestoreTest }];
  const latest = [...f.restoreTests].sort((a, b) => b.testedOn.localeCompare(a.testedOn))[0];
  if (latest.result === 'failed') return [{ code: 'restore_test_failed', text: `The latest restore test (${latest.testedOn}) failed`, points: POINTS.restoreFailed }];
  return [];
}

function planReasons(f: ReadinessFacts): ReadinessReason[] {
  if (!f.plan) return [{ code: 'no_dr_plan', text: 'No DR plan', points: POINTS.noPlan }];
  const reasons: ReadinessReason[] = [];
  if (f.plan.lastReviewedOn === null || f.plan.lastReviewedOn < monthsAgo(f.today, REVIEW_MONTHS)) {
    reasons.push({ code: 'dr_plan_not_reviewed', text: `The DR plan was not reviewed in the last ${REVIEW_MONTHS} months`, points: POINTS.planNotReviewed });
  }
  if (f.plan.deciderContactId === null) reasons.push({ code: 'no_decider', text: 'The DR plan names nobody who decides', points: POINTS.noDecider });
  return reasons;
}

function fallbackReasons(f: ReadinessFacts): ReadinessReason[] {
  let left: number = POINTS.fallbackCap;
  const out: ReadinessReason[] = [];
  for (const d of f.dependencies.filter((x) => !x.hasFallback)) {
    const points = Math.min(POINTS.noFallback, left);
    left -= points;
    if (points > 0) out.push({ code: 'dependency_without_fallback', text: `No fallback for ${d.name}`, points });
  }
  return out;
}

/** The score and every reason it is below 100, worst first. */
export function readinessScore(f: ReadinessFacts): Readiness {
  const reasons = [...jobReasons(f.jobs), ...restoreReasons(f), ...planReasons(f), ...fallbackReasons(f)].sort((a, b) => b.points - a.points);
  return { score: Math.max(0, 100 - reasons.reduce((sum, r) => sum + r.points, 0)), reasons };
}
