/**
 * SQL of the low-balance alert: which block-hours contracts' months have had their account manager
 * told that the balance fell to the threshold. Only billing's own table.
 */
import type { Db } from '../../platform/db/connect.js';
import { billingDb } from './billing.tables.js';

/** Records that the month's low balance was told; false when it had been already (the primary key decides). */
export async function insertLowBalanceAlert(db: Db, a: { contractId: string; month: string; balanceMinutes: number; sentAt: string }): Promise<boolean> {
  const r = await billingDb(db)
    .insertInto('billing_low_balance_alerts')
    .values({ contract_id: a.contractId, month: a.month, balance_minutes: a.balanceMinutes, sent_at: a.sentAt })
    .onConflict((oc) => oc.columns(['contract_id', 'month']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Forgets the month's alert: the balance is back above the threshold, so the next fall is told again. */
export async function clearLowBalanceAlert(db: Db, contractId: string, month: string): Promise<void> {
  await billingDb(db).deleteFrom('billing_low_balance_alerts').where('contract_id', '=', contractId).where('month', '=', month).execute();
}
