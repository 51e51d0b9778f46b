/**
 * Block hours as the invoice run reads them: a contract's months up to a given one, in the
 * client's time zone, from every minute drawn (covered time) — the same figures the terms' API
 * answers as `blockMonths`.
 */
import { toIso } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { zoneOffsets } from '../../platform/time-zones.js';
import { blockMonths, monthsBetween, type BlockMonth } from './block-hours.js';
import { blockUsage } from './billing.repository.js';
import type { BillingTerms } from './terms.js';

/** The block's months from the first month drawn (or `lastMonth`) to `lastMonth` (`YYYY-MM`); none without a block. */
export async function blockMonthsUntil(db: Db, terms: Pick<BillingTerms, 'contractId' | 'block'>, timeZone: string, lastMonth: string): Promise<BlockMonth[]> {
  if (!terms.block) return [];
  const zone = zoneOffsets(timeZone);
  const used = new Map<string, number>();
  for (const u of await blockUsage(db, terms.contractId)) {
    const month = toIso(zone.wallAt(Date.parse(u.startedAt))).slice(0, 7);
    used.set(month, (used.get(month) ?? 0) + u.billedMinutes);
  }
  const first = [...used.keys(), lastMonth].sort()[0];
  return blockMonths(terms.block, monthsBetween(first, lastMonth).map((month) => ({ month, used: used.get(month) ?? 0 })));
}
