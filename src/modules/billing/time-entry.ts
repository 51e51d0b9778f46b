/**
 * Time entries, pure: how a piece of work is classified and priced when it is logged, and how
 * waived time adds up into the goodwill ledger. No I/O.
 */
import { wallDate, zoneOffsets } from '../../platform/time-zones.js';
import { billedMinutes, EXACT, valueMinor } from './rounding.js';
import { decideCoverage, rateFor, type BillingTerms, type WorkFacts, type WorkLocation } from './terms.js';

export const CLASSIFICATIONS = ['billable', 'covered', 'non_billable', 'goodwill'] as const;
/** Billable (chargeable), covered by the contract, not billable at all, or waived as goodwill. */
export type Classification = (typeof CLASSIFICATIONS)[number];

/** A time entry as stored. Money in minor units of `currency`. */
export interface TimeEntry {
  id: string;
  ticketId: string;
  organizationId: string;
  contractId: string | null;
  userId: string;
  startedAt: string;
  minutes: number;
  billedMinutes: number;
  workType: string;
  location: WorkLocation;
  note: string;
  classification: Classification;
  coverage: 'covered' | 'chargeable';
  reason: string;
  afterHours: boolean;
  rateMinor: number;
  multiplierPercent: number;
  valueMinor: number;
  currency: string;
  waiveReason: string | null;
  waivedBy: string | null;
  waivedAt: string | null;
  invoiceId: string | null;
  invoicedAt: string | null;
  createdBy: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What pricing decides for a new entry. */
export type Priced = Pick<TimeEntry, 'classification' | 'coverage' | 'reason' | 'billedMinutes' | 'rateMinor' | 'multiplierPercent' | 'valueMinor' | 'currency' | 'afterHours'>;

/**
 * Classifies and prices work under the contract's billing terms: its coverage decides the default
 * classification (covered, else billable), its rounding the billed minutes, its rate and the
 * after-hours multiplier the value; the rate is the worker's role's when the terms give one (`rateFor`). Without terms the work is billable at no known rate, and the
 * reason says why.
 */
export function priceWork(terms: BillingTerms | undefined, missing: string, work: WorkFacts, minutes: number, currency: string, role: string | null = null): Priced {
  if (!terms) {
    return { classification: 'billable', coverage: 'chargeable', reason: missing, billedMinutes: billedMinutes(minutes, EXACT), rateMinor: 0, multiplierPercent: 100, valueMinor: 0, currency, afterHours: work.afterHours };
  }
  const decided = decideCoverage(terms, work);
  const billed = billedMinutes(minutes, terms);
  const rate = rateFor(terms, work.workType, role);
  return {
    classification: decided.decision === 'covered' ? 'covered' : 'billable',
    coverage: decided.decision,
    reason: decided.reason,
    billedMinutes: billed,
    rateMinor: rate,
    multiplierPercent: decided.multiplierPercent,
    valueMinor: valueMinor(billed, rate, decided.multiplierPercent),
    currency: terms.currency,
    afterHours: work.afterHours,
  };
}

/** One line of the goodwill ledger: time waived in a month for one reason, in one currency. */
export interface GoodwillLine {
  month: string;
  reason: string;
  currency: string;
  entries: number;
  minutes: number;
  valueMinor: number;
}

/**
 * The goodwill ledger's lines from waived entries: grouped by month (in the client's time zone),
 * reason and currency, newest month first, then the larger value first.
 */
export function goodwillLines(entries: Pick<TimeEntry, 'startedAt' | 'waiveReason' | 'billedMinutes' | 'valueMinor' | 'currency'>[], timeZone: string): GoodwillLine[] {
  const zone = zoneOffsets(timeZone);
  const lines = new Map<string, GoodwillLine>();
  for (const e of entries) {
    const month = wallDate(zone.wallAt(Date.parse(e.startedAt))).slice(0, 7);
    const reason = e.waiveReason ?? '';
    const key = JSON.stringify([month, reason, e.currency]);
    const line = lines.get(key) ?? { month, reason, currency: e.currency, entries: 0, minutes: 0, valueMinor: 0 };
    line.entries += 1;
    line.minutes += e.billedMinutes;
    line.valueMinor += e.valueMinor;
    lines.set(key, line);
  }
  return [...lines.values()].sort((a, b) => b.month.localeCompare(a.month) || b.valueMinor - a.valueMinor || a.reason.localeCompare(b.reason));
}

/** Totals of ledger lines per currency (an MSP may bill clients in several). */
export function goodwillTotals(lines: GoodwillLine[]): { currency: string; minutes: number; valueMinor: number }[] {
  const totals = new Map<string, { currency: string; minutes: number; valueMinor: number }>();
  for (const l of lines) {
    const t = totals.get(l.currency) ?? { currency: l.currency, minutes: 0, valueMinor: 0 };
    t.minutes += l.minutes;
    t.valueMinor += l.valueMinor;
    totals.set(l.currency, t);
  }
  return [...totals.values()];
}
