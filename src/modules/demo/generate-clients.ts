/** Client organisations, their sites and their people, with e-mail addresses and phone numbers. */
import { toIso } from '../../platform/clock.js';
import { MOBILE_PLANS, ORGANIZATIONS, PHONE_PLANS, type NumberRange, type OrgSpec } from './catalogue.js';
import type { DemoContact, DemoData, DemoOrganization } from './demo-data.js';
import type { Random } from './random.js';
import { countryForTimeZone, normalizePhone, phoneRow } from '../clients/index.js';
import { emailLocalPart, FIRST_NAMES, GENERIC_TITLES, INDUSTRIES, IT_CONTACT_TITLES, LAST_NAMES } from './words.js';

export const DAY_MS = 86_400_000;

export type ClientRows = Pick<DemoData, 'organizations' | 'sites' | 'contacts' | 'contact_emails' | 'contact_phones'>;

/** Hands out telephone numbers from fictional ranges, never the same number twice. */
class NumberPool {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Random) {}

  take(ranges: readonly NumberRange[]): string {
    for (let attempt = 0; attempt < 40; attempt++) {
      const range = this.rng.pick(ranges);
      const number = range.prefix + String(this.rng.int(0, 10 ** range.digits - 1)).padStart(range.digits, '0');
      if (this.claim(number)) return number;
    }
    for (const range of ranges) {
      for (let n = 0; n < 10 ** range.digits; n++) {
        const number = range.prefix + String(n).padStart(range.digits, '0');
        if (this.claim(number)) return number;
      }
    }
    throw new Error(`No fictional numbers left in ${ranges[0].prefix}…`);
  }

  private claim(number: string): boolean {
    if (this.used.has(number)) return false;
    this.used.add(number);
    return true;
  }
}

/** Builds all 25 client organisations. */
export function generateClients(rng: Random, nowMs: number): { rows: ClientRows; orgs: DemoOrganization[] } {
  const rows: ClientRows = { organizations: [], sites: [], contacts: [], contact_emails: [], contact_phones: [] };
  const pool = new NumberPool(rng);
  const orgs = ORGANIZATIONS.map((spec) => generateOrganization(rng, pool, spec, nowMs, rows));
  return { rows, orgs };
}

function generateOrganization(rng: Random, pool: NumberPool, spec: OrgSpec, nowMs: number, rows: ClientRows): DemoOrganization {
  const createdMs = nowMs - rng.int(400, 2000) * DAY_MS - rng.int(0, DAY_MS - 1);
  const row = { id: rng.uuid(), name: spec.name, slug: spec.slug, industry: spec.industry, time_zone: spec.sites[0].timeZone, country: countryForTimeZone(spec.sites[0].timeZone), created_at: toIso(createdMs) };
  rows.organizations.push(row);
  const sites = spec.sites.map((s, i) => ({
    id: rng.uuid(),
    organization_id: row.id,
    name: s.name,
    address: s.address,
    time_zone: s.timeZone,
    created_at: toIso(createdMs + (i === 0 ? 0 : rng.int(1, 30) * DAY_MS)),
  }));
  rows.sites.push(...sites);
  const words = INDUSTRIES[spec.industry];
  const org: DemoOrganization = { row, sites, contacts: [], industry: spec.industry, apps: words.apps, weekendShare: words.weekendShare, code: orgCode(spec.name) };
  const count = Math.round(spec.size * (0.92 + rng.next() * 0.16));
  const usedEmails = new Set<string>();
  // Contacts join after every site exists and before the ticket window (the last 180 days).
  const joinFrom = createdMs + 31 * DAY_MS;
  const joinSpan = Math.max(DAY_MS, nowMs - 190 * DAY_MS - joinFrom);
  for (let i = 0; i < count; i++) {
    const contact = generateContact(rng, pool, spec, org, i, usedEmails, joinFrom + Math.floor(rng.next() * joinSpan));
    org.contacts.push(contact);
    rows.contacts.push(contact.row);
    rows.contact_emails.push({ contact_id: contact.row.id, email: contact.email, is_primary: true });
    // Stored as a contact added through the API would be, so caller lookup finds demo people too.
    for (const phone of contact.phones) rows.contact_phones.push(phoneRow(contact.row.id, { ...normalizePhone(phone.number, row.country)!, label: phone.label }));
  }
  return org;
}

function generateContact(rng: Random, pool: NumberPool, spec: OrgSpec, org: DemoOrganization, index: number, usedEmails: Set<string>, createdMs: number): DemoContact {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const home = index > 1 && rng.chance(0.1);
  const siteIndex = home ? -1 : rng.weighted(org.sites.map((_, i) => [i, i === 0 ? 3 : 1] as const));
  const row = {
    id: rng.uuid(),
    organization_id: org.row.id,
    site_id: siteIndex >= 0 ? org.sites[siteIndex].id : null,
    name: `${first} ${last}`,
    title: contactTitle(rng, spec, index),
    work_location: home ? 'home' : 'site',
    vip: index === 0 || rng.chance(0.02),
    created_at: toIso(createdMs),
  };
  const base = emailLocalPart(first, last);
  let local = base;
  for (let n = 2; usedEmails.has(local); n++) local = `${base}${n}`;
  usedEmails.add(local);
  const phones = contactPhones(rng, pool, spec.sites[Math.max(siteIndex, 0)].city, home);
  return { row, first, email: `${local}@${spec.domain}`, phones, userId: null };
}

function contactTitle(rng: Random, spec: OrgSpec, index: number): string {
  const words = INDUSTRIES[spec.industry];
  if (index === 0) return words.leader;
  if (index === 1) return rng.pick(IT_CONTACT_TITLES);
  return rng.chance(0.7) ? rng.pick(words.titles) : rng.pick(GENERIC_TITLES);
}

/** A direct line at the site (a mobile for people at home), and sometimes a second number. */
function contactPhones(rng: Random, pool: NumberPool, city: string, home: boolean): DemoContact['phones'] {
  const landlines = PHONE_PLANS[city];
  const mobiles = MOBILE_PLANS[landlines[0].prefix.slice(0, 3)] ?? landlines;
  const labels = home ? (rng.chance(0.35) ? ['mobile', 'work'] : ['mobile']) : rng.chance(0.5) ? ['work', 'mobile'] : ['work'];
  return labels.map((label) => ({ number: pool.take(label === 'work' ? landlines : mobiles), label }));
}

/** The upper-case initials of an organisation, for server and device names: `KPC`, `BL`. */
function orgCode(name: string): string {
  const words = name.replace(/[^A-Za-z ]/g, '').split(/\s+/).filter(Boolean);
  return words.map((w) => w[0].toUpperCase()).join('').slice(0, 3);
}
