/**
 * One row's values read for its kind: names joined, emails and yes/no checked, priorities and
 * statuses understood, lengths bounded — each problem an issue naming its field. Pure: whether the
 * client, site or team a row names exists is decided later, against the database (plan-row.ts).
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { isKnownTimeZone } from '../../platform/time-zones.js';
import type { ImportKind } from './import-kinds.js';
import { readCountry, readPriority, readRole, readStatus, readYesNo, type OpenStatus, type Priority, type StaffRole } from './row-words.js';

/** A problem with one field of a row. */
export interface RowIssue {
  field: string;
  code: string;
  message: string;
}

/** How a row names its client: by the id it had in the same export, or by name. */
export interface ClientRef {
  id: string | null;
  name: string | null;
}

export interface ClientValues { externalId: string | null; name: string; timeZone: string | null; country: string | null; industry: string | null }
export interface SiteValues { externalId: string | null; client: ClientRef; name: string; address: string | null; timeZone: string | null }
export interface ContactValues {
  externalId: string | null;
  client: ClientRef;
  site: string | null;
  name: string;
  title: string | null;
  emails: string[];
  /** As written; read in the client's country once the client is known. */
  phones: { number: string; label: string; field: string }[];
  vip: boolean | null;
  workLocation: 'site' | 'home' | null;
}
export interface StaffValues { externalId: string | null; email: string; name: string; role: StaffRole; roleWord: string | null; tier: number | null; team: string | null }
export interface TicketValues {
  externalId: string;
  client: ClientRef;
  contactEmail: string | null;
  contact: string | null;
  site: string | null;
  subject: string;
  description: string | null;
  priority: Priority;
  status: OpenStatus | 'finished';
  statusWord: string | null;
  openedAt: string | null;
}

export type KindValues = { clients: ClientValues; sites: SiteValues; contacts: ContactValues; staff: StaffValues; tickets: TicketValues };

/** What the readers need besides the row: the country names the clients module knows. */
export interface ReadContext {
  countries: Map<string, string>;
}

const EMAIL = regExpFormat(fullFormats.email);

/** A format ajv-formats gives as a regular expression (its "full" email format is one). */
function regExpFormat(format: unknown): RegExp {
  if (!(format instanceof RegExp)) throw new Error('ajv-formats no longer gives this format as a regular expression');
  return format;
}

class Reader {
  readonly issues: RowIssue[] = [];
  constructor(private readonly values: Record<string, string>) {}

  /** The trimmed text of a field, or null when the file has no such column or the cell is empty. */
  text(field: string, max: number, what: string): string | null {
    const value = this.values[field];
    if (value === undefined || value === '') return null;
    if (value.length > max) {
      this.problem(field, 'too_long', `${what} is longer than ${max} characters`);
      return null;
    }
    return value;
  }

  required(field: string, max: number, what: string): string {
    const value = this.text(field, max, what);
    if (value === null && !this.issues.some((i) => i.field === field)) this.problem(field, 'required', `${what} is empty`);
    return value ?? '';
  }

  problem(field: string, code: string, message: string): void {
    this.issues.push({ field, code, message });
  }

  /** Full name, or first and last name joined. */
  personName(): string {
    const whole = this.text('name', 200, 'The name');
    if (whole) return whole;
    const joined = [this.text('firstName', 100, 'The first name'), this.text('lastName', 100, 'The last name')].filter(Boolean).join(' ');
    if (!joined && !this.issues.length) this.problem(this.values.name !== undefined ? 'name' : this.values.firstName !== undefined ? 'firstName' : 'lastName', 'required', 'The name is empty');
    return joined;
  }

  email(field: string): string | null {
    const value = this.text(field, 254, 'The email address');
    if (value === null) return null;
    if (!EMAIL.test(value)) {
      this.problem(field, 'invalid_email', `${value} is not an email address`);
      return null;
    }
    return value.toLowerCase();
  }

  client(): ClientRef {
    const ref = { id: this.text('clientId', 100, 'The client id'), name: this.text('client', 200, 'The client name') };
    if (!ref.id && !ref.name && !this.issues.some((i) => i.field === 'clientId' || i.field === 'client')) {
      this.problem(this.values.clientId !== undefined ? 'clientId' : 'client', 'required', 'The row names no client');
    }
    return ref;
  }

  timeZone(): string | null {
    const zone = this.text('timeZone', 64, 'The time zone');
    if (zone !== null && !isKnownTimeZone(zone)) {
      this.problem('timeZone', 'unknown_time_zone', `${zone} is not an IANA time zone (e.g. Europe/London)`);
      return null;
    }
    return zone;
  }

  country(context: ReadContext): string | null {
    const text = this.text('country', 100, 'The country');
    if (text === null) return null;
    const code = readCountry(text, context.countries);
    if (!code) this.problem('country', 'unknown_country', `${text} is not a country Switchboard knows (use its English name or ISO code, e.g. GB)`);
    return code ?? null;
  }
}

function readClient(r: Reader, context: ReadContext): ClientValues {
  return { externalId: r.text('externalId', 100, 'The id'), name: r.required('name', 200, 'The client’s name'), timeZone: r.timeZone(), country: r.country(context), industry: r.text('industry', 100, 'The industry') };
}

function readSite(r: Reader, context: ReadContext): SiteValues {
  const country = r.text('country', 100, 'The country');
  if (country !== null && !readCountry(country, context.countries)) r.problem('country', 'unknown_country', `${country} is not a country Switchboard knows`);
  const lines = [r.text('address1', 200, 'The address'), r.text('address2', 200, 'The address'), [r.text('city', 100, 'The city'), r.text('region', 100, 'The region'), r.text('postcode', 20, 'The postcode')].filter(Boolean).join(' '), country];
  const address = lines.filter(Boolean).join(', ');
  return { externalId: r.text('externalId', 100, 'The id'), client: r.client(), name: r.required('name', 200, 'The site’s name'), address: address || null, timeZone: r.timeZone() };
}

const PHONE = /^\+?[0-9 ()\-./]{3,32}(\s*(;ext=|ext(\.|ension)?:?|x|#|,)\s*[0-9]{1,10})?$/i;

function readContact(r: Reader): ContactValues {
  const emails = [...new Set([r.email('email'), r.email('email2')].filter((e): e is string => e !== null))];
  const phones: ContactValues['phones'] = [];
  for (const [field, label] of [['phone', 'work'], ['mobile', 'mobile']] as const) {
    const number = r.text(field, 60, 'The phone number');
    if (number === null) continue;
    if (PHONE.test(number)) phones.push({ number, label, field });
    else r.problem(field, 'invalid_phone', `${number} is not a phone number`);
  }
  const vipText = r.text('vip', 10, 'VIP');
  const vip = vipText === null ? null : readYesNo(vipText);
  if (vip === undefined) r.problem('vip', 'invalid_yes_no', `VIP is “${vipText}”: write yes or no`);
  const where = r.text('workLocation', 10, 'Where the contact works')?.toLowerCase() ?? null;
  if (where !== null && where !== 'site' && where !== 'home') r.problem('workLocation', 'invalid_work_location', `Works from is “${where}”: write site or home`);
  return {
    externalId: r.text('externalId', 100, 'The id'),
    client: r.client(),
    site: r.text('site', 200, 'The site’s name'),
    name: r.personName(),
    title: r.text('title', 200, 'The job title'),
    emails,
    phones,
    vip: vip ?? null,
    workLocation: where === 'site' || where === 'home' ? where : null,
  };
}

function readStaff(r: Reader): StaffValues {
  const email = r.email('email');
  if (email === null && !r.issues.some((i) => i.field === 'email')) r.problem('email', 'required', 'The email address is empty');
  const roleWord = r.text('role', 100, 'The role');
  const tierText = r.text('tier', 10, 'The tier');
  const tier = tierText === null ? null : /^[123]$/.test(tierText.replace(/^tier\s*/i, '')) ? Number(tierText.replace(/^tier\s*/i, '')) : undefined;
  if (tier === undefined) r.problem('tier', 'invalid_tier', `The tier is “${tierText}”: write 1, 2 or 3`);
  return { externalId: r.text('externalId', 100, 'The id'), email: email ?? '', name: r.personName(), role: readRole(roleWord ?? '').role, roleWord, tier: tier ?? null, team: r.text('team', 100, 'The team') };
}

function readTicket(r: Reader): TicketValues {
  const priorityText = r.text('priority', 100, 'The priority');
  const priority = priorityText === null ? 'P3' : readPriority(priorityText);
  if (priority === undefined) r.problem('priority', 'unknown_priority', `The priority “${priorityText}” is not one Switchboard reads: write P1–P4, 1–4 or Critical, High, Medium, Low`);
  const statusWord = r.text('status', 100, 'The status');
  return {
    externalId: r.required('externalId', 100, 'The ticket number'),
    client: r.client(),
    contactEmail: r.email('contactEmail'),
    contact: r.text('contact', 200, 'The contact’s name'),
    site: r.text('site', 200, 'The site’s name'),
    subject: r.required('subject', 300, 'The subject'),
    description: r.text('description', 100_000, 'The description'),
    priority: priority ?? 'P3',
    status: readStatus(statusWord ?? '').status,
    statusWord,
    openedAt: r.text('openedAt', 40, 'The opening date'),
  };
}

/** Reads a row's values (by field) as `kind`; `issues` empty means the values can be planned. */
export function readRow<K extends ImportKind>(kind: K, values: Record<string, string>, context: ReadContext): { values: KindValues[K]; issues: RowIssue[] } {
  const r = new Reader(values);
  const read = { clients: () => readClient(r, context), sites: () => readSite(r, context), contacts: () => readContact(r), staff: () => readStaff(r), tickets: () => readTicket(r) }[kind];
  const out = read() as KindValues[K];
  return { values: out, issues: r.issues };
}

/** What a row is, for people: the name, email or ticket number it carries (whatever it could read). */
export function rowLabel(kind: ImportKind, values: Record<string, string>): string {
  const person = values.name || [values.firstName, values.lastName].filter(Boolean).join(' ');
  const label = { clients: values.name, sites: values.name, contacts: person || values.email, staff: person ? `${person}${values.email ? ` <${values.email}>` : ''}` : values.email, tickets: [values.externalId, values.subject].filter(Boolean).join(' · ') }[kind];
  return (label || values.externalId || '').slice(0, 200);
}
