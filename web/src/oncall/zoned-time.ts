/**
 * Wall time in a schedule's own zone, for forms: overrides are typed as the schedule's local date
 * and time (where its hand-offs are set), and sent to the API as instants.
 */

const parts = (ms: number, timeZone: string): Record<string, number> => {
  const out: Record<string, number> = {};
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  for (const p of format.formatToParts(new Date(ms))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
};

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const p = parts(ms, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant of local `YYYY-MM-DDTHH:MM` in `timeZone`, or undefined when it is not a wall time.
 * A time that the spring change skips moves forward by the gap; an autumn time that occurs twice is
 * its first occurrence.
 */
export function wallToInstant(local: string, timeZone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return undefined;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  const first = wall - offsetAt(wall - 12 * 3_600_000, timeZone);
  const second = wall - offsetAt(wall + 12 * 3_600_000, timeZone);
  // Of the two offsets around the time, the earlier instant that reads as this wall time wins.
  for (const candidate of [Math.min(first, second), Math.max(first, second)]) if (instantToWall(candidate, timeZone) === local) return candidate;
  return Math.max(first, second);
}

/** Local `YYYY-MM-DDTHH:MM` of an instant in `timeZone` (the value of a datetime-local input). */
export function instantToWall(ms: number, timeZone: string): string {
  const p = parts(ms, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** "Sat 14 Mar, 18:00" in the zone, with its abbreviation when asked. */
export function zonedLabel(iso: string | number, timeZone: string, withZone = true): string {
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone, ...(withZone ? { timeZoneName: 'short' } : {}) }).format(new Date(iso));
}
