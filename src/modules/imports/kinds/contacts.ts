/**
 * Importing contacts: each of a client found by id or name, at one of its sites if named; numbers
 * read in the client's country (E.164). Matched by external id, else by an email address the
 * client's contact has, else — with neither — by name within the client.
 */
import { contactsByIds, contactsNamed, contactsWithEmails, normalizePhone, saveImportedContacts, sitesOfOrganizations, type Contact, type ContactPhone, type Organization, type Site } from '../../clients/index.js';
import { recordsByExternalId } from '../imports.repository.js';
import type { ContactValues, RowIssue } from '../row-values.js';
import { clientDirectory, findClient, type ClientDirectory } from './client-refs.js';
import { fold, planChanges, planCreate, planError, planSkip, type KindHandler, type Plan } from './kind.js';

interface World {
  clients: ClientDirectory;
  sites: Site[];
  known: Map<string, string>;
  contacts: Map<string, Contact>;
  /** Contacts without email found by name: `<organisation id>|<folded name>` → contact id. */
  named: Map<string, string>;
}

interface Resolved {
  org: Organization;
  site: Site | null;
  phones: ContactPhone[];
}

function resolve(values: ContactValues, world: World): Resolved | RowIssue[] {
  const found = findClient(world.clients, values.client);
  if ('issue' in found) return [found.issue];
  const org = found.client;
  const issues: RowIssue[] = [];
  let site: Site | null = null;
  if (values.site !== null) {
    const named = world.sites.filter((s) => s.organizationId === org.id && fold(s.name) === fold(values.site!));
    site = named.find((s) => !s.archivedAt) ?? null;
    if (!site) issues.push({ field: 'site', code: named.length ? 'site_archived' : 'unknown_site', message: named.length ? `The site ${values.site} of ${org.name} is archived` : `${org.name} has no site named ${values.site}: import the sites file first, or check the name` });
  }
  const phones = new Map<string, ContactPhone>();
  for (const p of values.phones) {
    const stored = normalizePhone(p.number, org.country);
    if (!stored) issues.push({ field: p.field, code: 'invalid_phone', message: `${p.number} is not a possible phone number${org.country ? ` in ${org.country}` : ''}` });
    else if (!phones.has(stored.number)) phones.set(stored.number, { number: stored.number, extension: stored.extension, label: p.label });
  }
  return issues.length ? issues : { org, site, phones: [...phones.values()] };
}

function match(values: ContactValues, org: Organization, world: World): { contact: Contact; how: string } | { issue: RowIssue } | undefined {
  const id = values.externalId !== null ? world.known.get(values.externalId) : undefined;
  const byId = id ? world.contacts.get(id) : undefined;
  if (byId) {
    if (byId.organizationId !== org.id) return { issue: { field: 'externalId', code: 'client_mismatch', message: `This contact was imported for another client; a contact cannot move between clients` } };
    return { contact: byId, how: 'matched by id' };
  }
  for (const email of values.emails) {
    const byEmail = [...world.contacts.values()].find((c) => c.organizationId === org.id && c.emails.includes(email));
    if (byEmail) return { contact: byEmail, how: 'matched by email' };
  }
  if (values.emails.length === 0 && values.externalId === null) {
    const byName = world.contacts.get(world.named.get(`${org.id}|${fold(values.name)}`) ?? '');
    if (byName) return { contact: byName, how: 'matched by name' };
  }
  return undefined;
}

/** The contact as it would be after the row: given values replace, new emails and numbers are added. */
function merged(values: ContactValues, contact: Contact, r: Resolved, how: string): Contact {
  return {
    ...contact,
    name: how !== 'matched by name' ? values.name : contact.name,
    title: values.title ?? contact.title,
    siteId: r.site?.id ?? contact.siteId,
    vip: values.vip ?? contact.vip,
    workLocation: values.workLocation ?? contact.workLocation,
    emails: [...contact.emails, ...values.emails.filter((e) => !contact.emails.includes(e))],
    phones: [...contact.phones, ...r.phones.filter((p) => !contact.phones.some((q) => q.number === p.number))],
  };
}

function plan(values: ContactValues, world: World): Plan {
  const r = resolve(values, world);
  if (Array.isArray(r)) return planError(r);
  const found = match(values, r.org, world);
  if (!found) return planCreate(`new contact at ${r.org.name}${r.site ? ` (${r.site.name})` : ''}`);
  if ('issue' in found) return planError([found.issue]);
  const { contact, how } = found;
  if (contact.archivedAt) return planSkip(`${contact.name} is archived in Switchboard: restore the contact to update it`, contact.id);
  const next = merged(values, contact, r, how);
  const labels: [keyof Contact, string][] = [['name', 'name'], ['title', 'title'], ['siteId', 'site'], ['vip', 'VIP'], ['workLocation', 'works from'], ['emails', 'emails'], ['phones', 'phones']];
  const changes = labels.filter(([key]) => JSON.stringify(next[key]) !== JSON.stringify(contact[key])).map(([, label]) => label);
  return planChanges(contact.id, changes, how);
}

export const contactsKind: KindHandler<'contacts', World> = {
  kind: 'contacts',
  chunkSize: 500,
  keys: (v) => (v.externalId !== null ? [`id:${v.externalId}`] : v.emails.length ? v.emails.map((e) => `email:${e}`) : [`name:${v.client.id ?? fold(v.client.name ?? '')}|${fold(v.name)}`]),
  async lookup(deps, rows) {
    const clients = await clientDirectory(deps, rows.map((r) => r.client));
    const orgs = new Map<string, Organization>();
    for (const row of rows) {
      const found = findClient(clients, row.client);
      if ('client' in found) orgs.set(found.client.id, found.client);
    }
    const known = await recordsByExternalId(deps.db, deps.source, 'contacts', rows.map((r) => r.externalId).filter((id): id is string => id !== null));
    const contacts = new Map<string, Contact>();
    for (const c of [...(await contactsByIds(deps.db, [...known.values()])), ...(await contactsWithEmails(deps.db, rows.flatMap((r) => r.emails)))]) contacts.set(c.id, c);
    const named = new Map<string, string>();
    const nameless = rows.filter((r) => r.emails.length === 0 && r.externalId === null);
    for (const org of orgs.values()) {
      const wanted = nameless.filter((r) => { const f = findClient(clients, r.client); return 'client' in f && f.client.id === org.id; }).map((r) => r.name);
      const found = await contactsNamed(deps.db, org.id, wanted);
      for (const f of found) if (!named.has(`${org.id}|${fold(f.name)}`)) named.set(`${org.id}|${fold(f.name)}`, f.id);
    }
    for (const c of await contactsByIds(deps.db, [...named.values()])) contacts.set(c.id, c);
    return { clients, sites: await sitesOfOrganizations(deps.db, [...orgs.keys()]), known, contacts, named };
  },
  plan: (values, world) => plan(values, world),
  async write(deps, rows, world) {
    const creates: Parameters<typeof saveImportedContacts>[1]['create'] = [];
    const updates: Contact[] = [];
    for (const { values, plan: p } of rows) {
      const r = resolve(values, world) as Resolved;
      if (p.action === 'create') {
        creates.push({ organizationId: r.org.id, siteId: r.site?.id ?? null, name: values.name, title: values.title ?? '', workLocation: values.workLocation ?? (r.site ? 'site' : 'home'), vip: values.vip ?? false, emails: values.emails, phones: r.phones });
      } else {
        const found = match(values, r.org, world) as { contact: Contact; how: string };
        updates.push(merged(values, found.contact, r, found.how));
      }
    }
    const created = await saveImportedContacts(deps, { create: creates, update: updates });
    let next = 0;
    return rows.map((r) => (r.plan.action === 'create' ? created[next++].id : r.plan.recordId!));
  },
};
