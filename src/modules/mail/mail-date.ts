/**
 * The Date header (RFC 5322 section 3.3, with the obsolete forms of section 4.3) read strictly
 * enough that junk is recognised as junk rather than guessed into some instant.
 */
import { toIso } from '../../platform/clock.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// Obsolete zone names of RFC 5322 4.3; military single letters are treated as "-0000" (unknown),
// as that section says they were used inconsistently.
const ZONES: Record<string, number> = { ut: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420 };

const RFC5322 =
  /^\s*(?:[a-z]{2,9}\s*,?\s*)?(\d{1,2})\s*[-\s]\s*([a-z]{3})[a-z]*\.?\s*[-\s]\s*(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([+-]\d{4}|[a-z]{1,5})?/i;
const ISO8601 = /^\s*(\d{4})-(\d{2})-(\d{2})[t\s](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(z|[+-]\d{2}:?\d{2})?\s*$/i;

/** Milliseconds of a zone offset, or 0 for unknown zones. */
function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone) return 0;
  if (/^[+-]\d{4}$/.test(zone)) {
    const sign = zone[0] === '-' ? -1 : 1;
    return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  }
  if (/^[+-]\d{2}:?\d{2}$/.test(zone)) return zoneOffsetMinutes(zone.replace(':', ''));
  return ZONES[zone.toLowerCase()] ?? 0;
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, zone: string | undefined): string | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const utc = Date.UTC(year, month, day, hour, minute, Math.min(second, 59)) - zoneOffsetMinutes(zone) * 60_000;
  // Date.UTC rolls 31 February over into March; a day that does not exist is a malformed date.
  if (Number(toIso(Date.UTC(year, month, day)).slice(8, 10)) !== day) return null;
  if (year < 1970 || year > 9999 || !Number.isFinite(utc)) return null;
  return toIso(utc);
}

/**
 * The instant a Date header names, as an ISO-8601 UTC string, or null when the value is missing
 * or is not a date (the caller notes why). Two-digit years follow RFC 5322 4.3: 00–49 are 20xx,
 * 50–99 are 19xx. ISO-8601 values, which some software writes, are accepted too.
 */
export function parseMailDate(value: string | null | undefined): string | null {
  if (!value || value.length > 200) return null;
  const iso = ISO8601.exec(value);
  if (iso) {
    const zone = iso[7] === undefined || iso[7].toLowerCase() === 'z' ? undefined : iso[7];
    return build(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0), zone);
  }
  const m = RFC5322.exec(value);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2].toLowerCase());
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  else if (m[3].length === 3) year += 1900;
  return build(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), m[7]);
}
