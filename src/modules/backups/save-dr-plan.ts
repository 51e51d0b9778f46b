import { AppError, conflict, notFound } from '../../platform/errors.js';
import type { StaffActor } from '../auth/index.js';
import { organizationExists, recordOrganization } from '../clients/index.js';
import { dependenciesOfClients } from '../vendors/index.js';
import type { BackupDeps } from './backup-deps.js';
import { plansOf, savePlan, type DrPlan } from './backups.repository.js';

export interface DrPlanInput {
  rtoHours: number;
  deciderContactId?: string | null;
  fallbacks?: { dependencyId: string; fallback: string }[];
  notes?: string;
  lastReviewedOn?: string | null;
  version?: number;
}

/**
 * Writes a client's DR plan (staff): its RTO, who decides (one of the client's contacts), the
 * fallback for each of the client's vendor dependencies, when it was last reviewed. `version` guards
 * against two people saving over each other (409 `version_conflict`); fields left out keep their
 * value.
 */
export async function saveDrPlan(deps: Pick<BackupDeps, 'db' | 'clock'>, actor: StaffActor, organizationId: string, input: DrPlanInput): Promise<DrPlan> {
  if (!(await organizationExists(deps.db, organizationId))) throw notFound('Organization');
  const [current] = await plansOf(deps.db, [organizationId]);
  if (input.version !== undefined && input.version !== (current?.version ?? 0)) throw conflict('version_conflict', 'Someone saved this DR plan since you read it; reload and try again');
  if (input.deciderContactId) {
    const of = await recordOrganization(deps.db, 'contact', input.deciderContactId);
    if (of === undefined) throw notFound('Contact', '/deciderContactId');
    if (of !== organizationId) throw new AppError('contact_other_client', 'The contact belongs to another client', { status: 422, field: '/deciderContactId' });
  }
  const fallbacks = { ...(current?.fallbacks ?? {}) };
  if (input.fallbacks) {
    const own = new Set((await dependenciesOfClients(deps.db, [organizationId])).map((d) => d.id));
    input.fallbacks.forEach((f, i) => {
      if (!own.has(f.dependencyId)) throw new AppError('dependency_other_client', 'Not a dependency of this client', { status: 422, field: `/fallbacks/${i}/dependencyId` });
      if (f.fallback.trim()) fallbacks[f.dependencyId] = f.fallback.trim();
      else delete fallbacks[f.dependencyId];
    });
  }
  if (input.lastReviewedOn && Date.parse(`${input.lastReviewedOn}T00:00:00Z`) > deps.clock.now() + 14 * 3_600_000) throw new AppError('reviewed_in_future', 'A review is recorded once done', { status: 422, field: '/lastReviewedOn' });
  const plan: DrPlan = {
    organizationId,
    rtoHours: input.rtoHours,
    deciderContactId: input.deciderContactId === undefined ? (current?.deciderContactId ?? null) : input.deciderContactId,
    fallbacks,
    notes: input.notes === undefined ? (current?.notes ?? '') : input.notes.trim(),
    lastReviewedOn: input.lastReviewedOn === undefined ? (current?.lastReviewedOn ?? null) : input.lastReviewedOn,
    version: (current?.version ?? 0) + 1,
    updatedBy: actor.userId,
    updatedAt: deps.clock.iso(),
  };
  if (!(await savePlan(deps.db, plan, current ? current.version : null))) throw conflict('version_conflict', 'Someone saved this DR plan at the same moment; reload and try again');
  return plan;
}
