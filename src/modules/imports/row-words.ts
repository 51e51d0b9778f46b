/**
 * The words of other systems read as Switchboard's: priorities, statuses, roles, yes/no, countries.
 * Pure; each reader says what it made of a word it did not know, never guesses silently.
 */
import { getCountry, getTimezone, getTimezonesForCountry } from 'countries-and-timezones';
import type { Priority } from '../tickets/index.js';

export type { Priority };

const PRIORITY_WORDS: [RegExp, Priority][] = [
  [/\b(critical|emergency|urgent|highest|crit)\b/, 'P1'],
  [/\bhigh\b/, 'P2'],
  [/\b(medium|normal|moderate|standard)\b/, 'P3'],
  [/\b(low|lowest|planning|scheduled?)\b/, 'P4'],
];

/**
 * P1–P4 from "P2", "2", "Priority 2 - Quick Response" (ConnectWise), "2 - High" (HaloPSA) or a word
 * (Critical, High, Medium, Low: Autotask); numbers above 4 read as P4. Undefined when unknown.
 */
export function readPriority(text: string): Priority | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return undefined;
  const digit = /^(?:p|priority\s*)?\s*(\d{1,2})\b/.exec(t);
  if (digit) {
    const n = Number(digit[1]);
    return n < 1 ? undefined : (`P${Math.min(n, 4)}` as Priority);
  }
  return PRIORITY_WORDS.find(([words]) => words.test(t))?.[1];
}

/** Open statuses a ticket can arrive in; anything finished is not imported. */
export type OpenStatus = 'new' | 'open' | 'waiting_on_client' | 'waiting_on_vendor';

const STATUS_WORDS: [RegExp, OpenStatus | 'finished'][] = [
  [/\b(closed?|completed?|complete|resolved|cancell?ed|done|finished|merged)\b/, 'finished'],
  [/\b(vendor|supplier|third[\s-]?party|3rd party|parts)\b/, 'waiting_on_vendor'],
  [/\b(waiting|awaiting|pending|on hold|customer|client|user)\b/, 'waiting_on_client'],
  [/^(new|unassigned|not started)\b/, 'new'],
];

/**
 * A ticket's status from another system: waiting on a vendor or on the client, new, finished
 * (closed, completed, resolved, cancelled) — else open (in progress, assigned, scheduled, re-opened).
 * `known` is false when the word was not recognised and open is a default.
 */
export function readStatus(text: string): { status: OpenStatus | 'finished'; known: boolean } {
  const t = text.trim().toLowerCase().replace(/[_>]+/g, ' ');
  if (t === '') return { status: 'new', known: true };
  const found = STATUS_WORDS.find(([words]) => words.test(t));
  if (found) return { status: found[1], known: true };
  return { status: 'open', known: /\b(open|in progress|progress|assigned|scheduled|re-?opened|active|working|dispatched|acknowledged)\b/.test(t) };
}

export type StaffRole = 'owner' | 'admin' | 'service_manager' | 'technician';

/**
 * A staff role: owner, admin (administrator, full access), service manager (manager, team lead,
 * supervisor) or technician — which any other role name reads as, the least the person may do.
 */
export function readRole(text: string): { role: StaffRole; known: boolean } {
  const t = text.trim().toLowerCase().replace(/[_-]+/g, ' ');
  if (t === '') return { role: 'technician', known: true };
  if (t === 'owner') return { role: 'owner', known: true };
  if (/\b(admin|administrator|full access)\b/.test(t)) return { role: 'admin', known: true };
  if (/\b(manager|team lead|supervisor|lead)\b/.test(t)) return { role: 'service_manager', known: true };
  return { role: 'technician', known: /\b(technician|tech|engineer|agent|analyst|support|help ?desk|service desk|dispatcher)\b/.test(t) };
}

/** yes/no, true/false, 1/0, y/n, x (ticked); undefined for anything else. */
export function readYesNo(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'x', 'vip'].includes(t)) return true;
  if (['no', 'n', 'false', '0', ''].includes(t)) return false;
  return undefined;
}

/** Names people write for countries that are not the country's English name. */
const COUNTRY_ALIASES: Record<string, string> = {
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  usa: 'US',
  'u.s.a.': 'US',
  'u.s.': 'US',
  'united states of america': 'US',
  america: 'US',
  holland: 'NL',
  'the netherlands': 'NL',
  deutschland: 'DE',
  'republic of ireland': 'IE',
  eire: 'IE',
  uae: 'AE',
};

/**
 * An ISO 3166-1 alpha-2 code from a code or an English country name (`names`: code by lower-case
 * name, from the clients module's country list) or a common alias (UK, USA, England).
 */
export function readCountry(text: string, names: Map<string, string>): string | undefined {
  const t = text.trim();
  if (/^[A-Za-z]{2}$/.test(t) && names.has(`code:${t.toUpperCase()}`)) return t.toUpperCase();
  const lower = t.toLowerCase();
  return COUNTRY_ALIASES[lower] ?? names.get(lower);
}

/**
 * A country's time zone when it has only one (the United Kingdom's, France's); undefined otherwise.
 * Where the tz database keeps the country's zone as a link to a neighbour's (the Netherlands'
 * Europe/Amsterdam is Europe/Brussels' rules), the country's own name for it is given.
 */
export function onlyTimeZoneOf(country: string): string | undefined {
  const zones = getCountry(country)?.timezones ?? [];
  if (zones.length !== 1) return undefined;
  const [zone] = zones;
  if (getTimezone(zone)?.countries[0] === country) return zone;
  const own = getTimezonesForCountry(country, { deprecated: true })?.filter((z) => z.aliasOf === zone && z.name.includes('/') && z.countries.length === 1) ?? [];
  return own.length === 1 ? own[0].name : zone;
}
