/**
 * Prepaid block hours, pure: each month's allowance, what unused minutes carry into the next month
 * under the rollover rule, and when the balance runs low. Minutes used beyond the balance are
 * overage: billed by the hour and never carried as a debt.
 */
import type { RolloverRule } from './terms.js';

export interface BlockRule {
  minutesPerMonth: number;
  rollover: RolloverRule;
  /** For `capped`: at most this many unused minutes carry over. */
  rolloverCapMinutes: number | null;
  /** The account manager is told when the balance falls to this many minutes or fewer. */
  lowBalanceMinutes: number | null;
}

/** One month of a block: `YYYY-MM`, minutes carried in, the allowance, minutes drawn, and what is left. */
export interface BlockMonth {
  month: string;
  carriedIn: number;
  allowance: number;
  used: number;
  /** Minutes left at the end of the month (never below 0). */
  balance: number;
  /** Minutes used beyond what the month had: chargeable at the rate. */
  overage: number;
  low: boolean;
}

/** What unused minutes carry into the next month. */
export function carryOver(rule: BlockRule, unused: number): number {
  if (rule.rollover === 'none' || unused <= 0) return 0;
  if (rule.rollover === 'capped') return Math.min(unused, rule.rolloverCapMinutes ?? 0);
  return unused;
}

/**
 * The block's months in order, from the minutes drawn in each (months in `YYYY-MM`, ascending,
 * every month present — a month with nothing drawn has `used` 0).
 */
export function blockMonths(rule: BlockRule, usage: { month: string; used: number }[]): BlockMonth[] {
  const out: BlockMonth[] = [];
  let carriedIn = 0;
  for (const { month, used } of usage) {
    const available = carriedIn + rule.minutesPerMonth;
    const balance = Math.max(0, available - used);
    out.push({ month, carriedIn, allowance: rule.minutesPerMonth, used, balance, overage: Math.max(0, used - available), low: rule.lowBalanceMinutes !== null && balance <= rule.lowBalanceMinutes });
    carriedIn = carryOver(rule, balance);
  }
  return out;
}

/** The months from `first` to `last` inclusive, as `YYYY-MM`. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}
