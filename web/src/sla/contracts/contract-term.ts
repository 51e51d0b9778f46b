/**
 * A contract's term as the form edits it: whole days in the client's time zone. The API keeps two
 * instants — tickets opened from `startsAt` and before `endsAt` get clocks — so the first day
 * starts at its local midnight and the last day ends at the next one (daylight-saving changes
 * included, by luxon).
 */
import { DateTime } from 'luxon';

/** The instant a local day starts in `zone`, as the API takes it (ISO 8601, UTC). */
export function dayStart(date: string, zone: string): string {
  return DateTime.fromISO(date, { zone }).startOf('day').toUTC().toISO()!;
}

/** The instant after the last day covered: the start of the next local day. */
export function dayAfter(lastDay: string, zone: string): string {
  return DateTime.fromISO(lastDay, { zone }).plus({ days: 1 }).startOf('day').toUTC().toISO()!;
}

function local(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { zone });
}

function atMidnight(t: DateTime): boolean {
  return t.equals(t.startOf('day'));
}

/** The form's first day for a stored start: its local date. */
export function firstDayOf(startsAt: string, zone: string): string {
  return local(startsAt, zone).toISODate()!;
}

/** The form's last day for a stored end ('' for none): the local day that ends at it. */
export function lastDayOf(endsAt: string | null, zone: string): string {
  if (endsAt === null) return '';
  const end = local(endsAt, zone);
  return (atMidnight(end) ? end.minus({ days: 1 }) : end).toISODate()!;
}

function when(t: DateTime): string {
  return atMidnight(t) ? t.toFormat('d LLL yyyy') : t.toFormat('d LLL yyyy HH:mm');
}

/** The term in words: "1 Jan 2026 to 31 Dec 2026", "from 1 Jan 2026, no end date". */
export function termText(startsAt: string, endsAt: string | null, zone: string): string {
  const start = local(startsAt, zone);
  if (endsAt === null) return `from ${when(start)}, no end date`;
  const end = local(endsAt, zone);
  return atMidnight(end) && atMidnight(start) ? `${when(start)} to ${when(end.minus({ days: 1 }))}` : `from ${when(start)} until ${when(end)}`;
}
