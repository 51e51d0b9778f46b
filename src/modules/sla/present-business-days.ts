import type { BusinessDaysTerms } from './clock.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** A business-day target's terms as the API answers them (BusinessDaysAnswer): instants as ISO text. */
export function presentBusinessDays(terms: BusinessDaysTerms | null) {
  if (terms === null) return null;
  return { ...terms, countedFrom: iso(terms.countedFrom), targetDueAt: iso(terms.targetDueAt) };
}
