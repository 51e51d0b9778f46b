import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinutes, formatUsedMinutes, reportedMinutes, usedMinutes } from './minutes.js';

/** The one rule for SLA minutes, used by the API's explanations and the web app's SLA panel and reports. */
describe('SLA minutes for people', () => {
  it('shows durations to the nearest minute, never a time above zero as 0 min', () => {
    expect(formatMinutes(1.08)).toBe('1 min');
    expect(formatMinutes(0.3)).toBe('under 1 min');
    expect(formatMinutes(0.5)).toBe('1 min');
    expect(formatMinutes(0)).toBe('0 min');
    expect(formatMinutes(135)).toBe('2 h 15 min');
    expect(formatMinutes(2880)).toBe('48 h');
    expect(formatMinutes(130.4)).toBe('2 h 10 min');
  });

  it('rounds time used against a target up, so it agrees with met and missed', () => {
    expect(formatUsedMinutes(0)).toBe('0 min');
    expect(formatUsedMinutes(0.4)).toBe('1 min');
    expect(formatUsedMinutes(15)).toBe('15 min');
    expect(formatUsedMinutes(15.2)).toBe('16 min');
    expect(formatUsedMinutes(15.001)).toBe('16 min');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10_000, noNaN: true }), fc.integer({ min: 1, max: 10_000 }), (used, target) => {
        const shown = Number(formatUsedMinutes(used).match(/^(?:(\d+) h)? ?(?:(\d+) min)?$/)!.slice(1).reduce((sum, part, i) => sum + Number(part ?? 0) * (i === 0 ? 60 : 1), 0));
        return used <= target ? shown <= target : shown > target;
      }),
    );
  });

  it('reads the same from the exact minutes and from the API’s reported numbers', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100_000, noNaN: true }), (m) => formatMinutes(m) === formatMinutes(reportedMinutes(m)) && formatUsedMinutes(m) === formatUsedMinutes(usedMinutes(m))),
    );
    expect(usedMinutes(15.001)).toBe(15.01);
    expect(reportedMinutes(1.0833)).toBe(1.08);
  });
});
