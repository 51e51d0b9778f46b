import type { StaffActor } from '../auth/index.js';
import { isAdministrator } from '../auth/index.js';
import { findOrganization } from '../clients/index.js';
import { notFound } from '../../platform/errors.js';
import type { BillingDeps } from './billing-deps.js';
import { alreadyInvoiced, entryConflict, notWaiver, waiveReasonRequired } from './billing-errors.js';
import { alertLowBalance } from './alert-low-balance.js';
import { updateClassification } from './billing.repository.js';
import type { Classification, TimeEntry } from './time-entry.js';

/**
 * Who may waive a client's time as goodwill, or take a waiver back: the client's account manager,
 * an owner or an admin.
 */
export async function mayWaive(deps: Pick<BillingDeps, 'db'>, actor: StaffActor, organizationIds: string[]): Promise<boolean> {
  if (isAdministrator(actor)) return true;
  for (const id of new Set(organizationIds)) {
    if ((await findOrganization(deps.db, actor, id))?.accountManagerId !== actor.userId) return false;
  }
  return true;
}

/**
 * Reclassifies entries in one go: billable, covered, not billable, or waived as goodwill with a
 * reason (who waived and when are recorded). Waiving, or undoing a waiver, is for the account
 * manager, owner or admin; other changes for any staff. An invoiced entry never changes; with
 * `version` (one entry), a change made on an entry that changed since is refused.
 */
export async function reclassifyTime(deps: Pick<BillingDeps, 'db' | 'clock'>, actor: StaffActor, entries: TimeEntry[], input: { classification: Classification; reason?: string; version?: number }): Promise<TimeEntry[]> {
  const reason = input.reason?.trim() ?? '';
  if (input.classification === 'goodwill' && reason === '') throw waiveReasonRequired();
  const touchesWaiver = input.classification === 'goodwill' || entries.some((e) => e.classification === 'goodwill');
  if (touchesWaiver && !(await mayWaive(deps, actor, entries.map((e) => e.organizationId)))) throw notWaiver();
  const now = deps.clock.iso();
  const out: TimeEntry[] = [];
  for (const [i, e] of entries.entries()) {
    if (e.invoiceId !== null) throw alreadyInvoiced(entries.length > 1 ? `/entryIds/${i}` : undefined);
    if (input.version !== undefined && input.version !== e.version) throw entryConflict();
    const waived = input.classification === 'goodwill';
    const next: TimeEntry = { ...e, classification: input.classification, waiveReason: waived ? reason : null, waivedBy: waived ? actor.userId : null, waivedAt: waived ? now : null, updatedAt: now, version: e.version + 1 };
    if (!(await updateClassification(deps.db, next, e.version))) throw entryConflict();
    out.push(next);
  }
  // Covered time draws on block hours: moving time into or out of it can take the balance across the threshold.
  const drawn = new Set(entries.filter((e) => (e.classification === 'covered') !== (input.classification === 'covered')).map((e) => e.contractId));
  for (const contractId of drawn) await alertLowBalance(deps, actor, contractId);
  return out;
}

/** The entries a bulk waive names, all of them found, else 404 naming the first missing. */
export function allFound(ids: string[], found: TimeEntry[]): TimeEntry[] {
  const byId = new Map(found.map((e) => [e.id, e]));
  return ids.map((id, i) => {
    const e = byId.get(id);
    if (!e) throw notFound('Time entry', `/entryIds/${i}`);
    return e;
  });
}
