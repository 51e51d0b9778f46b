import { markInvoiced } from '../billing/index.js';
import type { StaffActor } from '../auth/index.js';
import type { InvoiceDeps } from './invoice-deps.js';
import { alreadyBilled, draftStale, runConflict, runNotDraft } from './invoice-errors.js';
import { addDays, invoiceNumber, type InvoiceRun } from './invoice.js';
import { billedMonths, entriesOfInvoice, findRun, invoicesOfRun, lastSeq, lockApprovals, monthLinesOf, numberInvoice, updateRunStatus } from './invoices.repository.js';
import { dayIn } from './period.js';

/** Throws when an approved invoice billed the draft's fees or block overage since it was made. */
async function refuseBilledMonths(deps: Pick<InvoiceDeps, 'db'>, invoiceIds: string[]): Promise<void> {
  const seen = new Map<string, Map<string, number>>();
  for (const l of await monthLinesOf(deps.db, invoiceIds)) {
    const key = `${l.contractId}:${l.kind}`;
    if (!seen.has(key)) seen.set(key, await billedMonths(deps.db, l.contractId, l.kind));
    if (seen.get(key)!.has(l.month)) throw alreadyBilled();
  }
}

/**
 * Approves a draft run: numbers and dates its invoices and claims their time entries, all in the
 * caller's transaction. Nothing is billed twice: approvals run one at a time (lockApprovals), a
 * fee month or an overage already on an approved invoice refuses the approval (409
 * `already_invoiced`), and so does an entry another invoice claimed first; an entry reclassified
 * since the draft was made refuses it with 409 `draft_stale`. Either way the transaction rolls
 * back and nothing is claimed.
 */
export async function approveInvoiceRun(deps: Pick<InvoiceDeps, 'db' | 'dialect' | 'clock'>, actor: StaffActor, runId: string, expectedVersion?: number): Promise<InvoiceRun> {
  await lockApprovals(deps.db, deps.dialect);
  const run = await findRun(deps.db, runId);
  if (!run) throw new Error(`run ${runId} vanished`);
  if (run.status !== 'draft') throw runNotDraft();
  if (expectedVersion !== undefined && expectedVersion !== run.version) throw runConflict();
  const invoices = await invoicesOfRun(deps.db, run.id);
  await refuseBilledMonths(deps, invoices.map((i) => i.id));
  const now = deps.clock.iso();
  let seq = await lastSeq(deps.db);
  for (const inv of invoices) {
    const wanted = await entriesOfInvoice(deps.db, inv.id);
    const held = await markInvoiced(deps.db, wanted.map((w) => w.entryId), inv.id, now);
    for (const w of wanted) {
      const version = held.get(w.entryId);
      if (version === undefined) throw alreadyBilled();
      if (version !== w.entryVersion) throw draftStale();
    }
    seq += 1;
    const issued = dayIn(inv.timeZone, now);
    await numberInvoice(deps.db, inv.id, seq, invoiceNumber(seq), issued, addDays(issued, inv.paymentTermsDays));
  }
  if (!(await updateRunStatus(deps.db, run.id, run.version, ['draft'], { status: 'approved', approvedBy: actor.userId, approvedAt: now }))) throw runConflict();
  return (await findRun(deps.db, run.id))!;
}
