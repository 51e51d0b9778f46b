/**
 * Imports a campaign's people from a CSV. A preview says what each row would do — match a contact
 * of the client (by email, else by full name), create one, or nothing for someone already in the
 * campaign — and lists every invalid row with its line and column. Applying imports the valid rows
 * and leaves the invalid ones listed: new contacts through the clients module's batch write, then
 * one person and one checklist (every step of the campaign, open) per row as multi-row inserts, all
 * in the caller's transaction.
 */
import { notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { insertAuditEntry } from '../audit/index.js';
import type { StaffActor } from '../auth/index.js';
import { contactsByIds, contactsNamed, contactsWithEmails, findOrganization, normalizePhone, saveImportedContacts, sitesOfOrganizations, type ImportedContact } from '../clients/index.js';
import type { PersonLocation } from './campaign.js';
import type { CampaignDeps } from './campaign-deps.js';
import { contactsInCampaign, findCampaign, insertPeople, type PersonRecord } from './campaigns.repository.js';
import { readPeopleCsv, type PersonRow, type RowProblem } from './people-csv.js';

/** What a row does (or would do). */
export interface PlannedPerson {
  row: number;
  name: string;
  email: string;
  action: 'match_contact' | 'create_contact' | 'already_in_campaign';
  /** The matched contact; null for one to be created (until applied). */
  contactId: string | null;
  location: PersonLocation;
  siteName: string | null;
}

export interface ImportPeopleAnswer {
  applied: boolean;
  /** People added to the campaign (0 in a preview). */
  added: number;
  rows: PlannedPerson[];
  problems: RowProblem[];
}

type Plan = PlannedPerson & { siteId: string | null; notes: string; contact?: ImportedContact };

export async function importPeople(deps: CampaignDeps, actor: StaffActor, input: { campaignId: string; csv: string; apply: boolean }, ip: string | null): Promise<ImportPeopleAnswer> {
  const campaign = await findCampaign(deps.db, input.campaignId);
  if (!campaign) throw notFound('Campaign');
  const org = await findOrganization(deps.db, actor, campaign.organizationId);
  if (!org) throw notFound('Organization');
  const { rows, problems } = readPeopleCsv(input.csv);
  const sites = new Map((await sitesOfOrganizations(deps.db, [org.id])).filter((s) => s.archivedAt === null).map((s) => [s.name.toLowerCase(), s]));
  const matched = await matchContacts(deps, org.id, rows);
  const already = await contactsInCampaign(deps.db, campaign.id);
  const taken = new Map<string, number>();
  const plans: Plan[] = [];
  for (const r of rows) {
    const phone = r.phone === '' ? null : normalizePhone(r.phone, org.country);
    if (phone === undefined) problems.push({ row: r.row, column: 'phone', code: 'invalid_phone', message: `${r.phone} is not a possible phone number${org.country ? ` in ${org.country}` : ''}` });
    const isHome = r.site.toLowerCase() === 'home';
    const site = r.site === '' || isHome ? null : sites.get(r.site.toLowerCase());
    if (site === undefined) problems.push({ row: r.row, column: 'site', code: 'unknown_site', message: `"${r.site}" is neither "home" nor a site of ${org.name}` });
    const contact = matched.get(r.row);
    if (contact && taken.has(contact.id)) problems.push({ row: r.row, column: r.email ? 'email' : 'name', code: 'duplicate_person', message: `The same person is on row ${taken.get(contact.id)}` });
    if (phone === undefined || site === undefined || (contact && taken.has(contact.id))) continue;
    if (contact) taken.set(contact.id, r.row);
    // An empty site cell keeps where the contact works: their site, else home.
    const siteId = site ? site.id : isHome ? null : (contact?.workLocation === 'site' ? contact.siteId : null);
    const location: PersonLocation = siteId ? 'site' : 'home';
    const siteName = siteId ? ([...sites.values()].find((s) => s.id === siteId)?.name ?? null) : null;
    const base = { row: r.row, name: contact?.name ?? r.name, email: r.email, location, siteName, siteId, notes: r.notes };
    if (contact) plans.push({ ...base, action: already.has(contact.id) ? 'already_in_campaign' : 'match_contact', contactId: contact.id });
    else {
      const newContact: ImportedContact = {
        organizationId: org.id, siteId, name: r.name, title: '', workLocation: location, vip: false,
        emails: r.email ? [r.email] : [], phones: phone ? [{ number: phone.number, extension: phone.extension, label: 'work' }] : [],
      };
      plans.push({ ...base, action: 'create_contact', contactId: null, contact: newContact });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  if (!input.apply) return { applied: false, added: 0, rows: plans.map(present), problems };
  const now = deps.clock.iso();
  const toCreate = plans.filter((p) => p.contact);
  const created = await saveImportedContacts(deps, { create: toCreate.map((p) => p.contact!), update: [] });
  toCreate.forEach((p, i) => (p.contactId = created[i].id));
  const adding = plans.filter((p) => p.action !== 'already_in_campaign');
  const people: PersonRecord[] = adding.map((p) => ({ id: newId(), campaignId: campaign.id, contactId: p.contactId!, location: p.location, siteId: p.siteId, notes: p.notes, assigneeId: null, ticketId: null, createdAt: now }));
  await insertPeople(deps.db, people, campaign.steps.map((s) => s.position), now);
  await insertAuditEntry(deps.db, { at: now, actorUserId: actor.userId, action: 'campaign.people_imported', ip, detail: { campaignId: campaign.id, added: people.length, contactsCreated: created.length, invalidRows: problems.length } });
  return { applied: true, added: people.length, rows: plans.map(present), problems };
}

const present = ({ siteId: _s, notes: _n, contact: _c, ...p }: Plan): PlannedPerson => p;

/** The live contact of the client each row names: by email first, else by full name. */
async function matchContacts(deps: CampaignDeps, organizationId: string, rows: PersonRow[]) {
  const byEmail = new Map<string, string>();
  for (const c of await contactsWithEmails(deps.db, rows.map((r) => r.email).filter((e) => e !== ''))) {
    if (c.organizationId === organizationId && c.archivedAt === null) for (const e of c.emails) byEmail.set(e.toLowerCase(), c.id);
  }
  const unmatched = rows.filter((r) => !byEmail.has(r.email));
  const byName = new Map<string, string>();
  for (const c of await contactsNamed(deps.db, organizationId, unmatched.map((r) => r.name))) {
    if (c.archivedAt === null && !byName.has(c.name.toLowerCase())) byName.set(c.name.toLowerCase(), c.id);
  }
  const ids = new Map<number, string>();
  for (const r of rows) {
    const id = (r.email && byEmail.get(r.email)) || byName.get(r.name.toLowerCase());
    if (id) ids.set(r.row, id);
  }
  const contacts = new Map((await contactsByIds(deps.db, [...ids.values()])).map((c) => [c.id, c]));
  return new Map([...ids.entries()].map(([row, id]) => [row, contacts.get(id)!]));
}
