/**
 * Billing's figures for the owner's reports (docs/reports.md, "The billing seam"): goodwill given
 * and each contract's hours against its value over a period. The reports module calls these
 * through billing's index and never reads billing's tables; names of clients and contracts come
 * from their own modules.
 */
import { DateTime } from 'luxon';
import type { Db } from '../../platform/db/connect.js';
import { organizationNames } from '../clients/index.js';
import { findContract } from '../sla/index.js';
import { allTerms } from './billing.repository.js';
import { entriesStartedBetween } from './billing-figures.repository.js';
import { completeRow, monthlyFeeMinor, proratedMinor, type ProfitabilityRow } from './profitability.js';

/** A period of instants [from, to), like every report's (`from` day at 00:00 to the midnight after the `to` day). */
export interface FiguresPeriod {
  from: string;
  to: string;
}

/** Goodwill given in a period, per group and currency. */
export interface GoodwillRow {
  group: string;
  label: string;
  entries: number;
  minutes: number;
  valueMinor: number;
  currency: string;
}

const NO_REASON = '(no reason)';

/**
 * Time waived as goodwill that started in the period, per client, reason or month (UTC, like the
 * reports' periods), one row per group and currency: billed minutes and their value at the rate.
 * Months come oldest first; clients and reasons the largest value first.
 */
export async function goodwillByPeriod(db: Db, q: FiguresPeriod & { groupBy: 'organization' | 'reason' | 'month' }): Promise<GoodwillRow[]> {
  const entries = await entriesStartedBetween(db, q.from, q.to, 'goodwill');
  const names = q.groupBy === 'organization' ? await organizationNames(db, entries.map((e) => e.organizationId)) : new Map<string, string>();
  const rows = new Map<string, GoodwillRow>();
  for (const e of entries) {
    const month = DateTime.fromISO(e.startedAt, { zone: 'utc' });
    const [group, label] =
      q.groupBy === 'organization' ? [e.organizationId, names.get(e.organizationId) ?? e.organizationId]
      : q.groupBy === 'reason' ? [e.waiveReason ?? NO_REASON, e.waiveReason ?? NO_REASON]
      : [month.toFormat('yyyy-MM'), month.toFormat('LLLL yyyy')];
    const key = JSON.stringify([group, e.currency]);
    const row = rows.get(key) ?? { group, label, entries: 0, minutes: 0, valueMinor: 0, currency: e.currency };
    row.entries += 1;
    row.minutes += e.billedMinutes;
    row.valueMinor += e.valueMinor;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => (q.groupBy === 'month' ? a.group.localeCompare(b.group) : b.valueMinor - a.valueMinor || a.label.localeCompare(b.label)) || a.currency.localeCompare(b.currency));
}

type Acc = Omit<ProfitabilityRow, 'contractValueMinor' | 'valuePerHourMinor'> & { organizationId: string };

/**
 * Hours worked against contract value in the period, per contract or per client. A contract's
 * value is its monthly fees (`monthlyFeeMinor`) over the days of the period it ran (from its start
 * to its end; an inactive contract earns none) and the value of its billable time; the time worked
 * is every entry logged under it, worth what it would cost at the contract's rates. Time logged
 * with no contract counts for the client under "No contract". Per client, one row per currency.
 */
export async function contractProfitability(db: Db, q: FiguresPeriod & { groupBy: 'contract' | 'organization' }): Promise<ProfitabilityRow[]> {
  const fromMs = Date.parse(q.from);
  const endMs = Date.parse(q.to);
  const byContract = new Map<string, Acc>();
  const acc = (key: string, seed: () => Acc) => byContract.get(key) ?? byContract.set(key, seed()).get(key)!;
  const blank = (group: string, label: string, organizationId: string, currency: string): Acc => ({ group, label, organizationId, minutesWorked: 0, workedValueMinor: 0, billableMinor: 0, feesMinor: 0, currency });

  for (const terms of await allTerms(db)) {
    const contract = await findContract(db, terms.contractId);
    if (!contract) continue;
    const row = acc(contract.id, () => blank(contract.id, contract.name, contract.organizationId, terms.currency));
    if (!contract.active) continue;
    const start = Math.max(fromMs, Date.parse(contract.startsAt));
    const end = Math.min(endMs, contract.endsAt === null ? endMs : Date.parse(contract.endsAt));
    row.feesMinor += proratedMinor(monthlyFeeMinor(terms), start, end);
  }
  for (const e of await entriesStartedBetween(db, q.from, q.to)) {
    const key = e.contractId ?? `none:${e.organizationId}:${e.currency}`;
    const row = acc(key, () => blank(e.contractId ?? `none:${e.organizationId}`, 'No contract', e.organizationId, e.currency));
    if (e.contractId !== null && row.label === 'No contract') row.label = (await findContract(db, e.contractId))?.name ?? e.contractId;
    row.minutesWorked += e.minutes;
    row.workedValueMinor += e.valueMinor;
    if (e.classification === 'billable') row.billableMinor += e.valueMinor;
  }

  const names = await organizationNames(db, [...byContract.values()].map((r) => r.organizationId));
  const clientName = (id: string) => names.get(id) ?? id;
  if (q.groupBy === 'contract') {
    const rows = [...byContract.values()].map(({ organizationId, ...r }) => completeRow({ ...r, label: `${clientName(organizationId)} — ${r.label}` }));
    return rows.sort((a, b) => a.label.localeCompare(b.label) || a.group.localeCompare(b.group));
  }
  const byClient = new Map<string, Acc>();
  for (const r of byContract.values()) {
    const key = JSON.stringify([r.organizationId, r.currency]);
    const c = byClient.get(key) ?? blank(r.organizationId, clientName(r.organizationId), r.organizationId, r.currency);
    c.minutesWorked += r.minutesWorked;
    c.workedValueMinor += r.workedValueMinor;
    c.billableMinor += r.billableMinor;
    c.feesMinor += r.feesMinor;
    byClient.set(key, c);
  }
  return [...byClient.values()].map(({ organizationId: _, ...r }) => completeRow(r)).sort((a, b) => a.label.localeCompare(b.label) || a.currency.localeCompare(b.currency));
}
