/**
 * Why a calendar's day differs from its weekly hours: a public holiday (by name), a closed date, or
 * a dated exception. Words for the week view and explanations; the hours themselves come from the
 * compiled calendar.
 */
import { DAY_MS, parseDate, type CalendarException, type CalendarSpec } from './calendar.js';
import { knownCountry, knownRegion, publicHolidays } from './public-holidays.js';

export interface DayNote {
  /** The local date 'YYYY-MM-DD' in the calendar's zone. */
  date: string;
  kind: 'holiday' | 'closed_date' | 'exception';
  text: string;
}

const isoDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Notes for the local dates in [from, to) (both 'YYYY-MM-DD') of a spec that passed validation. */
export function dayNotes(spec: CalendarSpec, from: string, to: string): DayNote[] {
  const first = parseDate(from);
  const end = parseDate(to);
  if (first === null || end === null) return [];
  const holidays = holidayNames(spec, first, end);
  const custom = new Set((spec.customHolidays ?? []).map(parseDate));
  const exceptions = new Map((spec.exceptions ?? []).map((e) => [parseDate(e.date), e]));
  const notes: DayNote[] = [];
  for (let day = first; day < end; day++) {
    const date = isoDate(day);
    const holiday = holidays.get(day);
    const exception = exceptions.get(day);
    if (exception) notes.push({ date, kind: 'exception', text: exceptionText(exception, holiday) });
    else if (holiday) notes.push({ date, kind: 'holiday', text: `Closed: ${holiday}` });
    else if (custom.has(day)) notes.push({ date, kind: 'closed_date', text: 'Closed: a closed date of this calendar' });
  }
  return notes;
}

// Holidays close nothing on a calendar without weekly windows, so they are not mentioned there either.
function holidayNames(spec: CalendarSpec, first: number, end: number): Map<number, string> {
  const names = new Map<number, string>();
  if (spec.windows.length === 0) return names;
  const years = new Set([first, end - 1].map((d) => new Date(d * DAY_MS).getUTCFullYear()));
  for (const set of spec.holidays ?? []) {
    const country = knownCountry(set.country);
    if (!country) continue;
    const region = set.region === undefined ? undefined : (knownRegion(country, set.region) ?? undefined);
    const where = region ? `${country}-${region}` : country;
    // A holiday that starts on 31 December may run into the next year.
    for (const year of [...years].flatMap((y) => [y - 1, y])) {
      for (const h of publicHolidays(country, region, year)) {
        if (h.day < first || h.day >= end) continue;
        const text = `${h.name} (${where})`;
        const before = names.get(h.day);
        if (!before?.includes(text)) names.set(h.day, before ? `${before}, ${text}` : text);
      }
    }
  }
  return names;
}

function exceptionText(e: CalendarException, holiday: string | undefined): string {
  if (e.closed || (e.windows && e.windows.length === 0)) return 'Closed all day (exception)';
  if (e.windows) return `Open ${e.windows.map((w) => `${w.start}–${w.end}`).join(', ')} only (exception)`;
  return holiday ? `Usual hours despite ${holiday} (exception)` : 'Usual hours (exception)';
}
