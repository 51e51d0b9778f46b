/**
 * The readiness of clients, worked out from their jobs, restore tests and DR plans (this module's
 * tables) and their vendor dependencies (the vendors module's `dependenciesOfClients`), scored by
 * the pure `readinessScore`. Used by the client's Backups page and, through this module's index, by
 * the owner's reports.
 */
import { wallDate, zoneOffsets } from '../../platform/time-zones.js';
import type { Db } from '../../platform/db/connect.js';
import { organizationFacts } from '../clients/index.js';
import { dependenciesOfClients } from '../vendors/index.js';
import { jobState, staleAt, type BackupJob, type JobState } from './backup.js';
import { listJobs, plansOf, restoreTestsOf } from './backups.repository.js';
import { readinessScore, type Readiness } from './readiness.js';

/** A job with where it stands at `now`. */
export interface JobWithState {
  job: BackupJob;
  staleAt: number;
  state: JobState;
}

/** Each job's state, given its client's time zone. */
export function jobsWithState(jobs: BackupJob[], timeZone: string, now: number): JobWithState[] {
  const zone = zoneOffsets(timeZone);
  return jobs.map((job) => {
    const at = staleAt(job, zone);
    return { job, staleAt: at, state: jobState(job, at, now) };
  });
}

/** The readiness of each named client at `now` (clients that do not exist are left out). */
export async function readinessOfClients(db: Db, now: number, organizationIds: string[]): Promise<Map<string, Readiness & { name: string }>> {
  const [jobs, tests, plans, dependencies] = await Promise.all([listJobs(db, { organizationIds }), restoreTestsOf(db, organizationIds), plansOf(db, organizationIds), dependenciesOfClients(db, organizationIds)]);
  const out = new Map<string, Readiness & { name: string }>();
  for (const id of organizationIds) {
    const facts = await organizationFacts(db, id);
    if (!facts) continue;
    const plan = plans.find((p) => p.organizationId === id) ?? null;
    const readiness = readinessScore({
      today: wallDate(zoneOffsets(facts.timeZone).wallAt(now)),
      jobs: jobsWithState(jobs.filter((j) => j.organizationId === id), facts.timeZone, now).map((j) => ({ name: j.job.name, state: j.state })),
      restoreTests: tests.filter((t) => t.organizationId === id),
      plan: plan && { lastReviewedOn: plan.lastReviewedOn, deciderContactId: plan.deciderContactId },
      dependencies: dependencies
        .filter((d) => d.organizationId === id)
        .map((d) => ({ name: `${d.serviceName} (${d.vendorName})`, hasFallback: Boolean((plan?.fallbacks[d.id] ?? '').trim() || d.fallback.trim()) })),
    });
    out.set(id, { ...readiness, name: facts.name });
  }
  return out;
}
