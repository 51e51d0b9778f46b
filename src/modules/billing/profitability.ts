/**
 * A contract's value over a period, pure: the monthly fees (a fixed flat fee, the block of hours'
 * price) spread over the days the period and the contract share, and the time worked against it.
 * No I/O. Money in integer minor units.
 */
import { toIso } from '../../platform/clock.js';
import { valueMinor } from './rounding.js';
import type { BillingTerms } from './terms.js';

/**
 * What the contract charges each month whatever the work: a fixed flat fee, and the block's price
 * (its minutes at the default rate when the terms name no price). Per-user and per-device fees are
 * left out: their quantities come with invoices.
 */
export function monthlyFeeMinor(terms: Pick<BillingTerms, 'flatFee' | 'block' | 'defaultRateMinor'>): number {
  const flat = terms.flatFee?.basis === 'fixed' ? terms.flatFee.amountMinor : 0;
  const block = terms.block ? (terms.block.priceMinor ?? valueMinor(terms.block.minutesPerMonth, terms.defaultRateMinor, 100)) : 0;
  return flat + block;
}

/**
 * A monthly amount over the instants [fromMs, toMs): each UTC calendar month pays its share by the
 * time of it inside the range (half of March: half the fee), rounded to a whole minor unit per month.
 */
export function proratedMinor(monthlyMinor: number, fromMs: number, toMs: number): number {
  if (monthlyMinor === 0 || toMs <= fromMs) return 0;
  let total = 0;
  const [startYear, startMonth] = toIso(fromMs).slice(0, 7).split('-').map(Number);
  let year = startYear;
  let month = startMonth - 1;
  for (;;) {
    const monthStart = Date.UTC(year, month, 1);
    if (monthStart >= toMs) break;
    const monthEnd = Date.UTC(year, month + 1, 1);
    const overlap = Math.min(toMs, monthEnd) - Math.max(fromMs, monthStart);
    if (overlap > 0) total += Math.round((monthlyMinor * overlap) / (monthEnd - monthStart));
    month += 1;
    if (month === 12) [year, month] = [year + 1, 0];
  }
  return total;
}

/** One contract's (or client's) figures over a period. */
export interface ProfitabilityRow {
  group: string;
  label: string;
  /** Minutes worked, whatever their classification. */
  minutesWorked: number;
  /** What the time worked is worth at the contract's rates (covered and waived time too). */
  workedValueMinor: number;
  /** What the time billed as chargeable is worth. */
  billableMinor: number;
  /** The monthly fees over the period. */
  feesMinor: number;
  /** What the contract brings in: its fees and its billable time. */
  contractValueMinor: number;
  /** Contract value per hour worked; null when no time was worked. */
  valuePerHourMinor: number | null;
  currency: string;
}

/** Adds the derived figures: the contract value and its value per hour worked. */
export function completeRow(r: Omit<ProfitabilityRow, 'contractValueMinor' | 'valuePerHourMinor'>): ProfitabilityRow {
  const contractValueMinor = r.feesMinor + r.billableMinor;
  return { ...r, contractValueMinor, valuePerHourMinor: r.minutesWorked === 0 ? null : Math.round((contractValueMinor * 60) / r.minutesWorked) };
}
