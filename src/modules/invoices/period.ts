/**
 * An invoice period, pure: days `from`..`to` inclusive in a client's time zone as instants, and
 * the calendar months it bills fees and block hours for — each month whose first day falls in
 * the period, so monthly runs bill each month once and a quarter bills three.
 */
import { toIso } from '../../platform/clock.js';
import { DAY_MS, wallDate, zoneOffsets } from '../../platform/time-zones.js';

/** The instants [from, to) of the days `from`..`to` inclusive in the zone. */
export function periodInstants(timeZone: string, from: string, to: string): { from: string; to: string } {
  const zone = zoneOffsets(timeZone);
  return { from: toIso(zone.toUtc(Date.parse(`${from}T00:00:00Z`))), to: toIso(zone.toUtc(Date.parse(`${to}T00:00:00Z`) + DAY_MS)) };
}

/** The months (`YYYY-MM`) whose first day lies in `from`..`to`. */
export function periodMonths(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  if (from.slice(8) !== '01') [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  for (;;) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (`${month}-01` > to) return out;
    out.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

/** The day (`YYYY-MM-DD`) an instant falls on in the zone. */
export function dayIn(timeZone: string, iso: string): string {
  return wallDate(zoneOffsets(timeZone).wallAt(Date.parse(iso)));
}

/** The days between two days, counted: 2026-03-01..2026-03-31 is 30. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
