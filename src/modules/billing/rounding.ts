/**
 * Billing arithmetic, pure: how many minutes a piece of work bills (minimum and increment, rounded
 * up or to the nearest increment) and what it is worth at an hourly rate in integer minor units
 * (cents). No floating-point money: every amount is an integer, and a half minor unit rounds up.
 */

/** How worked minutes become billed minutes: every contract states both numbers and the mode. */
export interface RoundingRule {
  /** Work shorter than this bills this many minutes (0: no minimum). */
  minimumMinutes: number;
  /** Billed time is a whole number of these (1: to the minute). */
  incrementMinutes: number;
  /** `up`: any part of an increment bills a whole one; `nearest`: half an increment or more does. */
  mode: RoundingMode;
}

export const ROUNDING_MODES = ['up', 'nearest'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/** A rule that bills exactly what was worked. */
export const EXACT: RoundingRule = { minimumMinutes: 0, incrementMinutes: 1, mode: 'up' };

/**
 * The minutes a piece of work bills under the rule. Nothing worked bills nothing; otherwise the
 * worked minutes are rounded to a multiple of the increment, then raised to the minimum.
 */
export function billedMinutes(worked: number, rule: RoundingRule): number {
  if (!Number.isInteger(worked) || worked < 0) throw new RangeError(`worked minutes must be a whole number >= 0, got ${worked}`);
  if (worked === 0) return 0;
  const step = Math.max(1, rule.incrementMinutes);
  const whole = Math.floor(worked / step);
  const rest = worked - whole * step;
  const roundsUp = rest > 0 && (rule.mode === 'up' || rest * 2 >= step);
  return Math.max(rule.minimumMinutes, (whole + (roundsUp ? 1 : 0)) * step);
}

/**
 * What `minutes` are worth at `rateMinorPerHour`, multiplied by `multiplierPercent` (100: as is,
 * 150: one and a half times), in minor units with a half unit rounded up. Integer arithmetic: the
 * product stays far below 2^53 for any duration and rate the API accepts.
 */
export function valueMinor(minutes: number, rateMinorPerHour: number, multiplierPercent = 100): number {
  const numerator = minutes * rateMinorPerHour * multiplierPercent;
  const denominator = 60 * 100;
  return Math.floor((numerator * 2 + denominator) / (denominator * 2));
}

/** `150` → `1.5×`, for reasons a person reads. */
export function multiplierText(percent: number): string {
  return `${(percent / 100).toString()}×`;
}
