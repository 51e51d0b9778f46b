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

/** A country whose public holidays are known, with its states or regions (codes as date-holidays spells them). */
export interface HolidayCountry {
  code: string;
  name: string;
  regions: { code: string; name: string }[];
}

let countries: HolidayCountry[] | undefined;

/** Every country date-holidays knows, by English name, each with its regions by name. */
export function holidayCountries(): readonly HolidayCountry[] {
  countries ??= Object.entries(holidayCatalogue().getCountries('en'))
    .map(([code, name]) => ({
      code,
      name,
      regions: Object.entries(holidayCatalogue().getStates(code, 'en') ?? {})
        .map(([regionCode, regionName]) => ({ code: regionCode, name: regionName }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return countries;
}

const sets = new Map<string, Holidays>();
const years = new Map<string, readonly number[]>();
const named = new Map<string, readonly PublicHoliday[]>();

/** One closed local day of a public holiday. */
export interface PublicHoliday {
  /** Days since 1970-01-01. */
  day: number;
  name: string;
}

/**
 * Local day numbers (days since 1970-01-01) closed by the public holidays that start in `year`.
 * A holiday that lasts several days closes each of them; one that starts mid-day closes the day.
 * Results are cached per country, region and year: they never change within a process.
 */
export function publicHolidayDays(country: string, region: string | undefined, year: number): readonly number[] {
  const key = `${country}/${region ?? ''}/${year}`;
  let days = years.get(key);
  if (!days) {
    days = publicHolidays(country, region, year).map((h) => h.day);
    years.set(key, days);
  }
  return days;
}

/** The closed days of `publicHolidayDays` with the holiday's name, for explanations. */
export function publicHolidays(country: string, region: string | undefined, year: number): readonly PublicHoliday[] {
  const key = `${country}/${region ?? ''}/${year}`;
  let found = named.get(key);
  if (!found) {
    found = computeDays(holidaySet(country, region), year);
    named.set(key, found);
  }
  return found;
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

function computeDays(set: Holidays, year: number): PublicHoliday[] {
  const days: PublicHoliday[] = [];
  for (const h of set.getHolidays(year, 'en')) {
    if (h.type !== 'public') continue;
    const first = parseDate(h.date.slice(0, 10));
    if (first === null) continue;
    // Rounded because a day that contains a clock change lasts 23 or 25 hours.
    const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
    for (let k = 0; k < span; k++) days.push({ day: first + k, name: h.name });
  }
  return days;
}
