/**
 * Importing open tickets: each into the client it names, for the contact and site it names, as a
 * new ticket of this desk (numbered here, its SLA clocks running from the import) that keeps its
 * old number as a tag. Matched by that number only: a ticket already imported is skipped, and
 * closed ones are not brought over.
 */
import { contactsNamed, contactsWithEmails, sitesOfOrganizations, type Contact, type Organization, type Site } from '../../clients/index.js';
import { openImportedTicket } from '../../tickets/index.js';
import { FORMAT_NAMES, type ImportFormat } from '../import-kinds.js';
import { recordsByExternalId } from '../imports.repository.js';
import type { RowIssue, TicketValues } from '../row-values.js';
import { clientDirectory, findClient, type ClientDirectory } from './client-refs.js';
import { fold, planCreate, planError, planSkip, type KindHandler, type Plan, type PlanDeps } from './kind.js';

interface World {
  clients: ClientDirectory;
  known: Map<string, string>;
  byEmail: Contact[];
  /** `<organisation id>|<folded name>` → contact. */
  named: Map<string, { id: string; archivedAt: string | null }>;
  sites: Site[];
}

const TAG_PREFIX: Record<ImportFormat, string> = { connectwise: 'connectwise', autotask: 'autotask', halopsa: 'halopsa', switchboard: 'ref' };

/** The tag that keeps a ticket's old number: `connectwise:4711` (tags take no spaces or commas, 50 characters at most). */
export function referenceTag(source: ImportFormat, externalId: string): string {
  return `${TAG_PREFIX[source]}:${externalId.replace(/[\s,]+/g, '-')}`.slice(0, 50);
}

interface Resolved {
  org: Organization;
  contactId: string | null;
  site: Site | null;
}

function resolve(values: TicketValues, world: World): Resolved | RowIssue[] {
  const found = findClient(world.clients, values.client);
  if ('issue' in found) return [found.issue];
  const org = found.client;
  const issues: RowIssue[] = [];
  let contactId: string | null = null;
  if (values.contactEmail !== null) {
    const contact = world.byEmail.find((c) => c.organizationId === org.id && c.emails.includes(values.contactEmail!) && !c.archivedAt);
    if (contact) contactId = contact.id;
    else issues.push({ field: 'contactEmail', code: 'unknown_contact', message: `${org.name} has no contact with the email ${values.contactEmail}: import the contacts file first` });
  } else if (values.contact !== null) {
    const contact = world.named.get(`${org.id}|${fold(values.contact)}`);
    if (contact && !contact.archivedAt) contactId = contact.id;
    else issues.push({ field: 'contact', code: 'unknown_contact', message: `${org.name} has no contact named ${values.contact}: import the contacts file first, or check the name` });
  }
  let site: Site | null = null;
  if (values.site !== null) {
    site = world.sites.find((s) => s.organizationId === org.id && !s.archivedAt && fold(s.name) === fold(values.site!)) ?? null;
    if (!site) issues.push({ field: 'site', code: 'unknown_site', message: `${org.name} has no site named ${values.site}` });
  }
  return issues.length ? issues : { org, contactId, site };
}

function plan(values: TicketValues, world: World, deps: PlanDeps): Plan {
  if (values.status === 'finished') return planSkip(`${values.statusWord} in ${FORMAT_NAMES[deps.source]}: only open tickets are imported`, null);
  const known = world.known.get(values.externalId);
  if (known) return planSkip(`already imported (tag ${referenceTag(deps.source, values.externalId)})`, known);
  const r = resolve(values, world);
  if (Array.isArray(r)) return planError(r);
  const status = values.status === 'new' ? '' : `, ${values.status.replace(/_/g, ' ')}`;
  return planCreate(`new ${values.priority} ticket for ${r.org.name}${status}`);
}

/** The description, with where the ticket came from and when it was opened there. */
function description(values: TicketValues, source: ImportFormat): string {
  const origin = [`Imported from ${FORMAT_NAMES[source]} ticket ${values.externalId}`, values.openedAt ? `opened there ${values.openedAt}` : null, values.statusWord ? `status there: ${values.statusWord}` : null].filter(Boolean).join(', ');
  return values.description ? `${values.description}\n\n— ${origin}.` : `${origin}.`;
}

export const ticketsKind: KindHandler<'tickets', World> = {
  kind: 'tickets',
  chunkSize: 50,
  keys: (v) => [`id:${v.externalId}`],
  async lookup(deps, rows) {
    const clients = await clientDirectory(deps, rows.map((r) => r.client));
    const orgs = new Set<string>();
    const named = new Map<string, { id: string; archivedAt: string | null }>();
    for (const row of rows) {
      const found = findClient(clients, row.client);
      if ('client' in found) orgs.add(found.client.id);
    }
    for (const org of orgs) {
      const wanted = rows.filter((r) => r.contactEmail === null && r.contact !== null && (findClient(clients, r.client) as { client?: Organization }).client?.id === org).map((r) => r.contact!);
      for (const c of await contactsNamed(deps.db, org, wanted)) if (!named.has(`${org}|${fold(c.name)}`)) named.set(`${org}|${fold(c.name)}`, c);
    }
    return {
      clients,
      known: await recordsByExternalId(deps.db, deps.source, 'tickets', rows.map((r) => r.externalId)),
      byEmail: await contactsWithEmails(deps.db, rows.map((r) => r.contactEmail).filter((e): e is string => e !== null)),
      named,
      sites: await sitesOfOrganizations(deps.db, [...orgs]),
    };
  },
  plan,
  async write(deps, rows, world) {
    const ids: string[] = [];
    for (const { values } of rows) {
      const r = resolve(values, world) as Resolved;
      const ticket = await openImportedTicket({ db: deps.db, dialect: deps.dialect, clock: deps.clock, emit: deps.emit, onChanged: deps.onTicketChanged }, deps.actor, {
        organizationId: r.org.id,
        contactId: r.contactId ?? undefined,
        siteId: r.site?.id,
        subject: values.subject,
        description: description(values, deps.source),
        priority: values.priority,
        status: values.status === 'finished' ? 'new' : values.status,
        tags: [referenceTag(deps.source, values.externalId)],
      });
      ids.push(ticket.id);
    }
    return ids;
  },
};
