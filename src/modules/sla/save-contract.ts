import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { organizationExists, recordOrganization } from '../clients/index.js';
import { everOpens } from './save-calendar.js';
import type { ContractBody, ContractPatch } from './sla.schema.js';
import { findCalendar, findPolicy, insertContract, updateContract, type ContractRecord, type CoverageRule } from './sla.repository.js';

async function checkReferences(db: Db, organizationId: string, policyId: string, coverage: CoverageRule[]): Promise<void> {
  if (!(await findPolicy(db, policyId))) throw notFound('SLA policy', '/slaPolicyId');
  await checkCoverage(db, organizationId, coverage);
}

/** Every rule's calendar exists and opens at some time, and its sites belong to the client (404 or 422 at `/coverage/…`). */
export async function checkCoverage(db: Db, organizationId: string, coverage: CoverageRule[]): Promise<void> {
  for (const [i, rule] of coverage.entries()) {
    const calendar = await findCalendar(db, rule.calendarId);
    if (!calendar) throw notFound('Calendar', `/coverage/${i}/calendarId`);
    if (!everOpens(calendar.spec)) {
      throw new AppError('calendar_never_opens', `Calendar ${calendar.name} has no open hours, so no clock could ever run`, { status: 422, field: `/coverage/${i}/calendarId` });
    }
    for (const [j, siteId] of (rule.siteIds ?? []).entries()) {
      const siteOrganization = await recordOrganization(db, 'site', siteId);
      if (siteOrganization === undefined) throw notFound('Site', `/coverage/${i}/siteIds/${j}`);
      if (siteOrganization !== organizationId) {
        throw new AppError('site_not_in_organization', 'That site belongs to another client organisation', { status: 422, field: `/coverage/${i}/siteIds/${j}` });
      }
    }
  }
}

/** A contract's term, as stored instants; the end must come after the start. */
function term(startsAt: string, endsAt: string | null): { startsAt: string; endsAt: string | null } {
  const start = new Date(startsAt).toISOString();
  const end = endsAt === null ? null : new Date(endsAt).toISOString();
  if (end !== null && end <= start) throw new AppError('invalid_period', 'The contract ends before it starts', { status: 422, field: '/endsAt' });
  return { startsAt: start, endsAt: end };
}

/** Adds a contract; it covers tickets opened from its start (now, unless given). */
export async function createContract(deps: { db: Db; clock: Clock }, body: ContractBody): Promise<ContractRecord> {
  if (!(await organizationExists(deps.db, body.organizationId))) throw notFound('Organization', '/organizationId');
  await checkReferences(deps.db, body.organizationId, body.slaPolicyId, body.coverage as CoverageRule[]);
  const now = deps.clock.iso();
  const record: ContractRecord = {
    id: newId(),
    organizationId: body.organizationId,
    name: body.name.trim(),
    kind: body.kind,
    slaPolicyId: body.slaPolicyId,
    coverage: body.coverage as CoverageRule[],
    active: body.active ?? true,
    ...term(body.startsAt ?? now, body.endsAt ?? null),
    createdAt: now,
    updatedAt: now,
  };
  if (record.active) await deactivateOthers(deps.db, record.organizationId, now);
  await insertContract(deps.db, record);
  return record;
}

/** Changes a contract, its term included. */
export async function changeContract(deps: { db: Db; clock: Clock }, current: ContractRecord, patch: ContractPatch): Promise<ContractRecord> {
  const next: ContractRecord = {
    ...current,
    ...term(patch.startsAt ?? current.startsAt, patch.endsAt === undefined ? current.endsAt : patch.endsAt),
    name: patch.name?.trim() ?? current.name,
    kind: patch.kind ?? current.kind,
    slaPolicyId: patch.slaPolicyId ?? current.slaPolicyId,
    coverage: (patch.coverage as CoverageRule[] | undefined) ?? current.coverage,
    active: patch.active ?? current.active,
    updatedAt: deps.clock.iso(),
  };
  await checkReferences(deps.db, next.organizationId, next.slaPolicyId, next.coverage);
  if (next.active && !current.active) await deactivateOthers(deps.db, next.organizationId, next.updatedAt);
  await updateContract(deps.db, next);
  return next;
}

/** One active contract per client: activating one retires the others. */
async function deactivateOthers(db: Db, organizationId: string, at: string): Promise<void> {
  await db.updateTable('contracts').set({ active: false, updated_at: at }).where('organization_id', '=', organizationId).where('active', '=', true).execute();
}
