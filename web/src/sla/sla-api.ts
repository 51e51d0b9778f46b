/** The SLA area's requests: calendars, policies, contracts, and the previews that need no saving. */
import { api } from '../platform/api';
import type { Calendar, CalendarBreak, Contract, CoverageRule, CoverageWeek, HolidayCountry, PolicyTargets, SlaPolicy, SlaTry, WeeklyWindow, CalendarException } from '../platform/types';

export function fetchCalendars(signal?: AbortSignal): Promise<Calendar[]> {
  return api<{ items: Calendar[] }>('GET', '/calendars', undefined, { signal }).then((r) => r.items);
}

export function fetchPolicies(signal?: AbortSignal): Promise<SlaPolicy[]> {
  return api<{ items: SlaPolicy[] }>('GET', '/sla-policies', undefined, { signal }).then((r) => r.items);
}

export function fetchContracts(organizationId: string, signal?: AbortSignal): Promise<Contract[]> {
  return api<{ items: Contract[] }>('GET', `/contracts?organizationId=${encodeURIComponent(organizationId)}`, undefined, { signal }).then((r) => r.items);
}

let countries: Promise<HolidayCountry[]> | undefined;
/** The holiday countries and regions, asked once per page load (they change only with the server). */
export function fetchHolidayCountries(): Promise<HolidayCountry[]> {
  countries ??= api<{ items: HolidayCountry[] }>('GET', '/holiday-countries').then(
    (r) => r.items,
    (e: unknown) => {
      countries = undefined;
      throw e;
    },
  );
  return countries;
}

/** A calendar as the editor holds it, also what is sent to save or preview it. */
export interface CalendarDraft {
  name: string;
  timeZone: string;
  windows: WeeklyWindow[];
  holidays: { country: string; region?: string }[];
  customHolidays: string[];
  exceptions: CalendarException[];
  breaks: CalendarBreak[];
}

export function previewCalendarWeek(source: { calendarId: string } | { calendar: CalendarDraft }, week: string, signal?: AbortSignal): Promise<CoverageWeek> {
  return api('POST', '/calendars/week', { ...source, week }, { signal });
}

export function previewContractWeek(organizationId: string, coverage: CoverageRule[], week: string, signal?: AbortSignal): Promise<CoverageWeek> {
  return api('POST', '/contracts/week', { organizationId, coverage, week }, { signal });
}

export interface TryInput {
  priority: string;
  openedAt: string;
  calendar: { calendarId: string } | { calendar: CalendarDraft };
  policy: { policyId: string } | { targets: PolicyTargets; warningPercent?: number; warningBeforeMinutes?: number | null };
}

export function trySla(input: TryInput, signal?: AbortSignal): Promise<SlaTry> {
  return api('POST', '/sla-policies/try', { priority: input.priority, openedAt: input.openedAt, ...input.calendar, ...input.policy }, { signal });
}

/** Today's date in a zone, YYYY-MM-DD: the week a preview starts on. */
export function todayIn(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

/** The date `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
