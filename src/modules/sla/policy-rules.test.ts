import { describe, expect, it } from 'vitest';
import type { Priority } from '../tickets/index.js';
import type { BusinessDaysTarget, Targets } from './clock.js';
import { checkTargets, nextWarning } from './policy-rules.js';

const minutes = { firstResponse: 60, resolution: 480 };
const targets = (P2: Targets): Record<Priority, Targets> => ({ P1: minutes, P2, P3: minutes, P4: minutes });

describe('policy rules', () => {
  it('accepts minutes, the same business day at its end, and up to 260 business days', () => {
    expect(() => checkTargets(targets({ firstResponse: { businessDays: 0, dueAt: 'end_of_day' }, nextReply: null, resolution: { businessDays: 260, dueAt: 'same_time' } }))).not.toThrow();
  });

  it.each<[string, BusinessDaysTarget]>([
    ['more than 260 business days', { businessDays: 261, dueAt: 'end_of_day' }],
    ['a negative number', { businessDays: -1, dueAt: 'end_of_day' }],
    ['a fraction', { businessDays: 1.5, dueAt: 'end_of_day' }],
    ['0 days at the same time', { businessDays: 0, dueAt: 'same_time' }],
  ])('refuses %s at the target’s businessDays', (_reason, nextReply) => {
    expect(() => checkTargets(targets({ ...minutes, nextReply }))).toThrow(expect.objectContaining({ code: 'sla_target_invalid', status: 422, field: '/targets/P2/nextReply/businessDays' }));
  });

  it('warns at 75% by default, and keeps what a change leaves out', () => {
    expect(nextWarning({})).toEqual({ warningPercent: 75, warningBeforeMinutes: null });
    expect(nextWarning({}, { warningPercent: 60, warningBeforeMinutes: 30 })).toEqual({ warningPercent: 60, warningBeforeMinutes: 30 });
  });

  it('switches to minutes before due, and back to a percentage given alone', () => {
    expect(nextWarning({ warningBeforeMinutes: 45 }, { warningPercent: 60, warningBeforeMinutes: null })).toEqual({ warningPercent: 60, warningBeforeMinutes: 45 });
    expect(nextWarning({ warningPercent: 80 }, { warningPercent: 60, warningBeforeMinutes: 45 })).toEqual({ warningPercent: 80, warningBeforeMinutes: null });
    expect(nextWarning({ warningPercent: 80, warningBeforeMinutes: null }, { warningPercent: 60, warningBeforeMinutes: 45 })).toEqual({ warningPercent: 80, warningBeforeMinutes: null });
  });

  it('refuses both at once, at warningBeforeMinutes', () => {
    expect(() => nextWarning({ warningPercent: 80, warningBeforeMinutes: 30 })).toThrow(expect.objectContaining({ code: 'sla_warning_conflict', field: '/warningBeforeMinutes' }));
  });
});
