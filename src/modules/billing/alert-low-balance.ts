import { newId } from '../../platform/ids.js';
import type { StaffActor } from '../auth/index.js';
import { activeStaffMember, activeStaffWithRole } from '../auth/index.js';
import { organizationFacts } from '../clients/index.js';
import { queueStaffMail } from '../mail/index.js';
import type { BillingDeps } from './billing-deps.js';
import { termsWithBlock } from './billing-reads.js';
import { findTerms } from './billing.repository.js';
import { clearLowBalanceAlert, insertLowBalanceAlert } from './low-balance.repository.js';

const hours = (minutes: number) => `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;

/**
 * Tells the client's account manager (else every active owner) once when a block-hours contract's
 * balance this month (in the client's time zone) is at or under its low-balance threshold: one mail
 * through the outbox, in the transaction of the time change that caused it. Not again that month
 * while it stays low; when the balance is back above the threshold (time reclassified, the block
 * raised) the record is cleared, so a later fall is told again; a new month is a new balance.
 * Called after time is logged or reclassified on the contract. Nothing is mailed while no mailbox
 * can send (the alert still counts as given).
 */
export async function alertLowBalance(deps: Pick<BillingDeps, 'db' | 'clock'>, actor: StaffActor, contractId: string | null): Promise<void> {
  if (contractId === null) return;
  const terms = await findTerms(deps.db, contractId);
  if (!terms?.block || terms.kind !== 'block_hours' || terms.block.lowBalanceMinutes === null) return;
  const now = (await termsWithBlock(deps, actor, terms)).blockMonths.at(-1);
  if (!now) return;
  if (!now.low) return clearLowBalanceAlert(deps.db, contractId, now.month);
  if (!(await insertLowBalanceAlert(deps.db, { contractId, month: now.month, balanceMinutes: now.balance, sentAt: deps.clock.iso() }))) return;
  const client = await organizationFacts(deps.db, terms.organizationId);
  const manager = client?.accountManagerId ? await activeStaffMember(deps.db, client.accountManagerId) : undefined;
  const recipients = manager ? [manager] : await activeStaffWithRole(deps.db, 'owner');
  const name = client?.name ?? terms.organizationId;
  for (const person of recipients) {
    await queueStaffMail(deps, {
      // Once-ness is the alert row's, written in this transaction; the key only has to be new.
      key: `billing-low-balance:${contractId}:${now.month}:${newId()}:${person.id}`,
      to: { name: person.name, email: person.email },
      subject: `Block hours running low: ${name}, ${hours(now.balance)} left`,
      body: [
        `${name}'s block hours are running low for ${now.month}:`,
        '',
        `Left: ${hours(now.balance)} of ${hours(now.carriedIn + now.allowance)} (${hours(now.used)} used${now.overage ? `, ${hours(now.overage)} over` : ''}).`,
        `You are told when the balance falls to ${hours(terms.block.lowBalanceMinutes)} or less; time beyond the balance is billed at the contract's rates.`,
        '',
        'You are told once a month, and again only after the balance is topped up and falls again.',
      ].join('\n'),
    });
  }
}
