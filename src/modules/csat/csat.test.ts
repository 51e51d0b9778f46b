import { describe, expect, it } from 'vitest';
import { csatPercent, isLow, isRating, ratingRefusal } from './csat.js';

describe('csat rules', () => {
  it('counts bad as low by default, and okay too when the threshold is okay', () => {
    expect([isLow('bad', 'bad'), isLow('okay', 'bad'), isLow('good', 'bad')]).toEqual([true, false, false]);
    expect([isLow('bad', 'okay'), isLow('okay', 'okay'), isLow('good', 'okay')]).toEqual([true, true, false]);
  });

  it('takes a rating until the survey closes, not at or after', () => {
    const closesAt = '2026-03-16T10:00:00.000Z';
    expect(ratingRefusal({ closesAt }, Date.parse(closesAt) - 1)).toBeNull();
    expect(ratingRefusal({ closesAt }, Date.parse(closesAt))).toBe('survey_closed');
  });

  it('knows the three ratings and nothing else', () => {
    expect(['good', 'okay', 'bad', 'Good', 5, null].map(isRating)).toEqual([true, true, true, false, false, false]);
  });

  it('is the share of good ratings to one decimal, null without ratings', () => {
    expect([csatPercent(2, 3), csatPercent(0, 0), csatPercent(3, 3)]).toEqual([66.7, null, 100]);
  });
});
