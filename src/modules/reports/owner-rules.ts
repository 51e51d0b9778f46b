/**
 * The rules of the owner's reports, pure: which pages were after hours, how old a ticket is in
 * backlog terms, when the weekly summary and the daily FCR check fall due, and when a dropping FCR
 * tells the owners (once per drop).
 */
import { DAY_MS, zoneOffsets } from '../../platform/time-zones.js';

/** Office hours the after-hours figure is measured against: Monday to Friday, 08:00 to 18:00 local. */
export const OFFICE_HOURS = { from: 8, to: 18 } as const;

/** Whether the instant falls outside office hours (a weekend, or before 08:00 or from 18:00) in the zone. */
export function isAfterHours(utcMs: number, timeZone: string): boolean {
  const wall = new Date(zoneOffsets(timeZone).wallAt(utcMs));
  const day = wall.getUTCDay();
  const hour = wall.getUTCHours();
  return day === 0 || day === 6 || hour < OFFICE_HOURS.from || hour >= OFFICE_HOURS.to;
}

/** Backlog age buckets, youngest first: [key, label, upper bound in days (exclusive)]. */
export const AGE_BUCKETS = [
  ['under_1d', 'Under 1 day', 1],
  ['1_3d', '1–3 days', 3],
  ['3_7d', '3–7 days', 7],
  ['7_30d', '7–30 days', 30],
  ['over_30d', '30 days and over', Infinity],
] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number][0];

/** The bucket of a ticket opened `ageMs` ago. */
export function ageBucket(ageMs: number): AgeBucket {
  return AGE_BUCKETS.find(([, , days]) => ageMs < days * DAY_MS)![0];
}

/** The next instant strictly after `nowMs` at which local clocks show `hour`:00 on a day `weekday` allows (0 = Sunday). */
function nextLocal(nowMs: number, timeZone: string, hour: number, weekday?: number): number {
  const zone = zoneOffsets(timeZone);
  const today = Math.floor(zone.wallAt(nowMs) / DAY_MS) * DAY_MS;
  for (let d = 0; d <= 8; d++) {
    const wall = today + d * DAY_MS + hour * 3_600_000;
    if (weekday !== undefined && new Date(wall).getUTCDay() !== weekday) continue;
    const at = zone.toUtc(wall);
    if (at > nowMs) return at;
  }
  throw new Error('unreachable: a week always holds the next such hour');
}

/** When the weekly summary next goes out: Monday 07:00 in the report zone. */
export const nextWeeklySummaryAt = (nowMs: number, timeZone: string): number => nextLocal(nowMs, timeZone, 7, 1);

/** When the FCR rate is next checked: every day at 06:00 in the report zone. */
export const nextFcrCheckAt = (nowMs: number, timeZone: string): number => nextLocal(nowMs, timeZone, 6);

/** Days of phone tickets the rolling FCR rate is taken over. */
export const FCR_ROLLING_DAYS = 30;

export type AlertState = 'ok' | 'below';

/**
 * What a check of the rolling FCR rate does: tell the owners when it has dropped below the target
 * and they were not told of this drop yet; a rate back at or above the target ends the drop, so
 * the next one is told again. No rate (no phone tickets) changes nothing.
 */
export function decideFcrAlert(previous: AlertState | undefined, ratePercent: number | null, targetPercent: number): { state: AlertState; tell: boolean } {
  const before = previous ?? 'ok';
  if (ratePercent === null) return { state: before, tell: false };
  if (ratePercent >= targetPercent) return { state: 'ok', tell: false };
  return { state: 'below', tell: before !== 'below' };
}

/** The week a summary due at `dueMs` reports: the seven local days before the day it falls on, as instants [from, to), and those days' dates. */
export function summaryWeek(dueMs: number, timeZone: string): { from: number; to: number; firstDay: string; lastDay: string } {
  const zone = zoneOffsets(timeZone);
  const midnight = Math.floor(zone.wallAt(dueMs) / DAY_MS) * DAY_MS;
  const day = (wall: number) => new Date(wall).toISOString().slice(0, 10);
  return { from: zone.toUtc(midnight - 7 * DAY_MS), to: zone.toUtc(midnight), firstDay: day(midnight - 7 * DAY_MS), lastDay: day(midnight - DAY_MS) };
}
