/** Backup jobs: the types and pure rules — when a job counts as stale, its state, what the step decides. No I/O. */
import { DAY_MS, type ZoneOffsets } from '../../platform/time-zones.js';

/** The products whose email reports have subject patterns of their own (report-subjects.ts). */
export const PRODUCTS = ['veeam', 'acronis', 'datto', 'windows_server_backup', 'other'] as const;
export type Product = (typeof PRODUCTS)[number];

/** What a result says. */
export const RESULT_STATUSES = ['success', 'warning', 'failed'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** A job as the rules see it. */
export interface BackupJob {
  id: string;
  organizationId: string;
  name: string;
  product: Product;
  protects: string;
  assetId: string | null;
  rpoHours: number;
  everyHours: number | null;
  dailyAt: string | null;
  graceMinutes: number;
  resolveOnSuccess: boolean;
  /** Its email reports count without a DMARC pass (appliances relaying without SPF/DKIM). */
  acceptUnauthenticated: boolean;
  reportFrom: string | null;
  reportName: string;
  subjectPattern: string | null;
  tokenPrefix: string;
  lastResultAt: string | null;
  lastStatus: ResultStatus | null;
  lastMessage: string | null;
  lastSuccessAt: string | null;
  ticketId: string | null;
  archivedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * Where a job stands: `failed` (its latest result failed), `stale` (no success in time), `waiting`
 * (never succeeded, not yet late), `warning` (its latest result warned), `ok`.
 */
export type JobState = 'ok' | 'warning' | 'failed' | 'stale' | 'waiting';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** The next run the schedule expects strictly after `fromMs`; `fromMs` itself when the job has no schedule. */
export function nextRun(job: Pick<BackupJob, 'everyHours' | 'dailyAt'>, fromMs: number, zone: ZoneOffsets): number {
  if (job.everyHours) return fromMs + job.everyHours * HOUR_MS;
  if (!job.dailyAt) return fromMs;
  const [h, m] = job.dailyAt.split(':').map(Number);
  const wall = zone.wallAt(fromMs);
  let day = Math.floor(wall / DAY_MS) * DAY_MS;
  // The first local HH:MM after the last success: today's if it is still ahead, else tomorrow's.
  for (let i = 0; i < 3; i += 1, day += DAY_MS) {
    const at = zone.toUtc(day + h * HOUR_MS + m * MINUTE_MS);
    if (at > fromMs) return at;
  }
  return fromMs + DAY_MS;
}

/**
 * When a job becomes stale: counted from its last success (or, never having succeeded, from when it
 * was set up), the later of the RPO running out and the next scheduled run, plus the grace.
 */
export function staleAt(job: Pick<BackupJob, 'rpoHours' | 'everyHours' | 'dailyAt' | 'graceMinutes' | 'lastSuccessAt' | 'createdAt'>, zone: ZoneOffsets): number {
  const from = Date.parse(job.lastSuccessAt ?? job.createdAt);
  return Math.max(from + job.rpoHours * HOUR_MS, nextRun(job, from, zone)) + job.graceMinutes * MINUTE_MS;
}

/** A job's state at `now`, given when it becomes stale. */
export function jobState(job: Pick<BackupJob, 'lastStatus' | 'lastSuccessAt'>, staleAtMs: number, now: number): JobState {
  if (job.lastStatus === 'failed') return 'failed';
  if (now >= staleAtMs) return 'stale';
  if (job.lastSuccessAt === null) return 'waiting';
  return job.lastStatus === 'warning' ? 'warning' : 'ok';
}

/**
 * When a job still stale after a person resolved its ticket is checked again: one interval later —
 * the longer of its RPO and its schedule's interval (every N hours, or a day) — so it alerts again
 * at the pace it was expected to succeed, not at once and not never.
 */
export function recheckAt(job: Pick<BackupJob, 'rpoHours' | 'everyHours' | 'dailyAt'>, now: number): number {
  return now + Math.max(job.rpoHours, job.everyHours ?? (job.dailyAt ? 24 : 0)) * HOUR_MS;
}

export type StaleDecision = { action: 'drop'; reason: string } | { action: 'wait'; until: number } | { action: 'open' };

/** The stale step's decision: open a ticket for a job gone stale, unless it has an open one already. */
export function decideStale(job: Pick<BackupJob, 'archivedAt'> | undefined, staleAtMs: number, ticketOpen: boolean, now: number): StaleDecision {
  if (!job) return { action: 'drop', reason: 'job_gone' };
  if (job.archivedAt !== null) return { action: 'drop', reason: 'archived' };
  if (now < staleAtMs) return { action: 'wait', until: staleAtMs };
  if (ticketOpen) return { action: 'drop', reason: 'ticket_open' };
  return { action: 'open' };
}

/** The SPF/DKIM/DMARC verdicts mail intake trusts for a message; null when it trusts none. */
export type ReportVerdicts = { spf?: string; dkim?: string; dmarc?: string } | null;

/**
 * Why an email report must not count, or null when it counts. A failure always counts (a forged
 * one only opens a ticket); a success or warning counts only when the message passed DMARC — From
 * aligned with an SPF- or DKIM-authenticated domain — or the job accepts unauthenticated reports.
 * SPF or DKIM alone is not enough: their verdicts may be for the sender's own, unrelated domain.
 */
export function unverifiedReason(status: ResultStatus, verdicts: ReportVerdicts, acceptUnauthenticated: boolean): string | null {
  if (status === 'failed' || acceptUnauthenticated) return null;
  if (!verdicts) return 'no_verdict';
  if (verdicts.dmarc === 'pass') return null;
  return `dmarc_${verdicts.dmarc ?? 'none'}`;
}

/** `HH:MM`, 00:00–23:59. */
export const DAILY_AT_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';
