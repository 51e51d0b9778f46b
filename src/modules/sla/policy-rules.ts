/**
 * The rules a policy's targets and warning follow beyond their shape: business days within range
 * (a same-time target needs at least one), and one way of warning at a time. Pure; each problem is
 * a 422 naming the field at fault.
 */
import { AppError } from '../../platform/errors.js';
import { PRIORITIES } from '../tickets/index.js';
import type { ClockPolicy, Target, Targets } from './clock.js';

/** The most business days a target may count: about a working year. */
export const MAX_BUSINESS_DAYS = 260;

const CLOCK_FIELDS = ['firstResponse', 'nextReply', 'resolution'] as const;

/** Throws 422 `sla_target_invalid` at the first business-day target out of range. */
export function checkTargets(targets: Record<string, Targets>, at = '/targets'): void {
  for (const priority of PRIORITIES) {
    for (const field of CLOCK_FIELDS) {
      const target: Target | null | undefined = targets[priority]?.[field];
      if (target === undefined || target === null || typeof target === 'number') continue;
      const where = `${at}/${priority}/${field}/businessDays`;
      const days = target.businessDays;
      if (!Number.isInteger(days) || days < 0 || days > MAX_BUSINESS_DAYS) {
        throw new AppError('sla_target_invalid', `businessDays must be a whole number from 0 to ${MAX_BUSINESS_DAYS}`, { status: 422, field: where });
      }
      if (days === 0 && target.dueAt === 'same_time') {
        throw new AppError('sla_target_invalid', 'A same-time target needs at least 1 business day: 0 would be due the moment the clock starts (use end_of_day for "the same business day")', { status: 422, field: where });
      }
    }
  }
}

/** A policy's warning as sent: a share of the target, or covered minutes before due. */
export interface WarningInput {
  warningPercent?: number;
  warningBeforeMinutes?: number | null;
}

/**
 * The warning after a create (no `current`) or a change: `warningBeforeMinutes` replaces the
 * percentage while set; a percentage given alone switches back to it. Both set at once is refused.
 */
export function nextWarning(input: WarningInput, current?: Pick<ClockPolicy, 'warningPercent' | 'warningBeforeMinutes'>): Pick<ClockPolicy, 'warningPercent'> & { warningBeforeMinutes: number | null } {
  const minutes = input.warningBeforeMinutes;
  if (input.warningPercent !== undefined && minutes !== undefined && minutes !== null) {
    throw new AppError('sla_warning_conflict', 'Give either warningPercent or warningBeforeMinutes, not both', { status: 422, field: '/warningBeforeMinutes' });
  }
  const percent = input.warningPercent ?? current?.warningPercent ?? 75;
  if (minutes !== undefined) return { warningPercent: percent, warningBeforeMinutes: minutes };
  if (input.warningPercent !== undefined) return { warningPercent: percent, warningBeforeMinutes: null };
  return { warningPercent: percent, warningBeforeMinutes: current?.warningBeforeMinutes ?? null };
}
