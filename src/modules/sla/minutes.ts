/**
 * How SLA minutes read, in the API's explanations and in the web app alike (web/src/platform/
 * format.ts re-exports these, so the two cannot round differently). docs/sla.md states the rule:
 *
 * - time used against a target (a clock's elapsed covered minutes, a report's response times) is
 *   rounded UP to whole minutes: it is never shown as less than it was, so with whole-minute
 *   targets the words agree with met (used ≤ target) and missed (used > target);
 * - other durations (targets, paused time, step delays) are rounded to the nearest whole minute,
 *   and a duration above zero but under half a minute reads "under 1 min", never "0 min".
 *
 * No imports: this file is compiled into both the server and the browser bundle.
 */

/** Whole minutes as people read them: 135 → "2 h 15 min", 240 → "4 h", 0 → "0 min". */
function words(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A duration as the API reports it: minutes to the nearest hundredth (paused 1.08). */
export function reportedMinutes(minutes: number): number {
  return Math.round(minutes * 100) / 100;
}

/** Time used as the API reports it: minutes to the hundredth, rounded up (15.001 → 15.01, never 15). */
export function usedMinutes(minutes: number): number {
  // A float a hair over a hundredth (from summing intervals) is still that hundredth.
  return Math.max(0, Math.ceil(minutes * 100 - 1e-6) / 100);
}

/**
 * A duration in minutes, to the nearest minute: 1.08 → "1 min", 0.3 → "under 1 min", 90 → "1 h 30 min".
 * Reads the same from the exact value and from the API's reported one.
 */
export function formatMinutes(minutes: number): string {
  const reported = reportedMinutes(minutes);
  if (reported > 0 && reported < 0.5) return 'under 1 min';
  return words(Math.round(reported));
}

/**
 * Time used against a target, rounded up: 0.4 → "1 min", 15.2 → "16 min" (over a 15 min target:
 * missed). Reads the same from the exact value and from the API's reported one.
 */
export function formatUsedMinutes(minutes: number): string {
  return words(Math.ceil(usedMinutes(minutes) - 1e-9));
}
