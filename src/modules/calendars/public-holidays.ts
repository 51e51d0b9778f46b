/**
 * Public holidays from the date-holidays package, as local day numbers. Only type 'public' counts:
 * bank, school, optional and observance days do not close a calendar.
 */
import Holidays from 'date-holidays';
import { DAY_MS, parseDate } from './calendar.js';

let catalogue: Holidays | undefined;

// Building the package's rule set is costly, so one instance serves every validation.
function holidayCatalogue(): Holidays {
  catalogue ??= new Holidays();
  return catalogue;
}

/** The country code date-holidays knows for `country` (case-insensitive), or null. */
export function knownCountry(country: unknown): string | null {
  if (typeof country !== 'string') return null;
  const code = country.toUpperCase();
  return Object.hasOwn(holidayCatalogue().getCountries(), code) ? code : null;
}

/** The state/region code date-holidays knows for `region` within `country`, or null. */
export function knownRegion(country: string, region: unknown): string | null {
  if (typeof region !== 'string') return null;
  const code = region.toUpperCase();
  const states = holidayCatalogue().getStates(country) ?? {};
  return Object.hasOwn(states, code) ? code : null;
}

const sets = new Map<string, Holidays>();
const years = new Map<string, readonly number[]>();

/**
 * Local day numbers (days since 1970-01-01) closed by the public holidays that start in `year`.
 * A holiday that lasts several days closes each of them; one that starts mid-day closes the day.
 * Results are cached per country, region and year: they never change within a process.
 */
export function publicHolidayDays(country: string, region: string | undefined, year: number): readonly number[] {
  const key = `${country}/${region ?? ''}/${year}`;
  let days = years.get(key);
  if (!days) {
    days = computeDays(holidaySet(country, region), year);
    years.set(key, days);
  }
  return days;
}

function holidaySet(country: string, region: string | undefined): Holidays {
  const key = `${country}/${region ?? ''}`;
  let set = sets.get(key);
  if (!set) {
    set = region ? new Holidays(country, region) : new Holidays(country);
    sets.set(key, set);
  }
  return set;
}

function computeDays(set: Holidays, year: number): number[] {
  const days: number[] = [];
  for (const h of set.getHolidays(year)) {
    if (h.type !== 'public') continue;
    const first = parseDate(h.date.slice(0, 10));
    if (first === null) continue;
    // Rounded because a day that contains a clock change lasts 23 or 25 hours.
    const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
    for (let k = 0; k < span; k++) days.push(first + k);
  }
  return days;
}
