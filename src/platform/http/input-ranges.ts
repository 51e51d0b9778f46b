/**
 * The ranges every accepted date, instant and integer keeps to, whatever a route's schema says,
 * so that a value that passes validation can also be stored, compared and computed with on both
 * databases: PostgreSQL refuses year 0 and integers beyond 32 or 64 bits, JavaScript dates end in
 * year 275760, and an ISO string past year 9999 is no longer plain `YYYY-` text.
 */

import { toIso } from '../clock.js';

/** The earliest instant accepted: 0001-01-01T00:00:00Z (PostgreSQL has no year 0). */
export const MIN_INSTANT_MS = Date.parse('0001-01-01T00:00:00.000Z');
/** The latest instant accepted: 9999-12-31T23:59:59.999Z, the last one with a four-digit year. */
export const MAX_INSTANT_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Integers in requests stay within 32 bits unless their schema bounds them otherwise (PostgreSQL `integer`). */
export const INTEGER_RANGE = { minimum: -2_147_483_648, maximum: 2_147_483_647 };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ]([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,9})?([Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A calendar date `YYYY-MM-DD` from 0001-01-01 to 9999-12-31 that exists (no 30 February). */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * An RFC 3339 instant with a time zone (`Z` or ±HH:MM), whose date exists and which falls between
 * 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z. Leap seconds are refused: JavaScript cannot
 * represent them.
 */
export function isInstant(text: string): boolean {
  return instantMs(text) !== undefined;
}

/** The epoch milliseconds of an accepted instant (see `isInstant`), else undefined. */
export function instantMs(text: string): number | undefined {
  const m = DATE_TIME.exec(text);
  if (!m || !isCalendarDate(`${m[1]}-${m[2]}-${m[3]}`)) return undefined;
  const ms = Date.parse(text.replace(' ', 'T'));
  return Number.isFinite(ms) && ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS ? ms : undefined;
}

/**
 * Where a UTC calendar date's day ends, as the exclusive upper bound of a period "through `date`":
 * the next midnight, or MAX_INSTANT for 9999-12-31 (whose next day has no four-digit year).
 */
export function endOfDay(date: string): string {
  return toIso(Math.min(Date.parse(`${date}T00:00:00Z`) + 86_400_000, MAX_INSTANT_MS));
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A copy of a JSON schema in which every integer without its own bounds gets INTEGER_RANGE, so no
 * request integer can overflow a database column or lose precision as a JavaScript number.
 */
export function withIntegerBounds<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(withIntegerBounds) as T;
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = withIntegerBounds(value);
  const types = out.type === undefined ? [] : Array.isArray(out.type) ? out.type : [out.type];
  if (types.includes('integer')) {
    if (out.minimum === undefined && out.exclusiveMinimum === undefined) out.minimum = INTEGER_RANGE.minimum;
    if (out.maximum === undefined && out.exclusiveMaximum === undefined) out.maximum = INTEGER_RANGE.maximum;
  }
  return out as T;
}
