/** HTTP for client organisations, sites and contacts. */
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams, Page, PageQuery, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isManager, isStaff, type Actor } from '../auth/index.js';
import { findContact, findOrganization, findSite, listOrganizations, listSites } from './client.repository.js';
import { setArchived } from './archive-record.js';
import {
  Contact,
  ContactQuery,
  CreateContactBody,
  CreateOrganizationBody,
  CreateSiteBody,
  IncludeArchived,
  Organization,
  PhoneCountries,
  Site,
  UpdateContactBody,
  UpdateOrganizationBody,
  UpdateSiteBody,
} from './clients.schema.js';
import { changeContact, createContact } from './save-contact.js';
import { findContacts } from './find-contacts.js';
import { phoneCountries } from './phone.js';
import { changeOrganization, createOrganization } from './save-organization.js';
import { changeSite, createSite } from './save-site.js';

/** Lists by name: the name and id of the last row. */
const ORGANIZATIONS_CURSOR = cursorShape('organizations', 'text', 'text');
const SITES_CURSOR = cursorShape('sites', 'text', 'text');
const CONTACTS_CURSOR = cursorShape('contacts', 'text', 'text');

type Deps = { db: Db; clock: Clock };

const requireStaff = (actor: Actor) => {
  if (!isStaff(actor)) throw forbidden('Only staff can change client records');
};
const requireManager = (actor: Actor) => {
  if (!isManager(actor)) throw forbidden('Only an owner, admin or service manager can do this');
};

/** Registers the routes of client organisations, sites and contacts, and their archiving. */
export function clientRoutes(app: App, deps: Deps): void {
  for (const s of [Organization, Site, Contact, PhoneCountries]) app.addSchema(s);
  organizationRoutes(app, deps);
  siteRoutes(app, deps);
  contactRoutes(app, deps);
  archiveRoutes(app, deps);
}

function organizationRoutes(app: App, deps: Deps): void {
  const list = Type.Object({ ...PageQuery, q: Type.Optional(Type.String({ maxLength: 100 })), includeArchived: Type.Optional(IncludeArchived) }, { additionalProperties: false });
  app.get('/api/v1/organizations', {
    schema: { tags: ['clients'], summary: 'List client organisations', querystring: list, response: { 200: Page(Type.Ref('Organization'), 'OrganizationPage'), ...problemResponses(400, 401) } },
  }, async (request) => {
    const limit = request.query.limit ?? 50;
    const after = readCursor(request, ORGANIZATIONS_CURSOR);
    const rows = await listOrganizations(deps.db, actorFrom(request), { limit, after, q: request.query.q, includeArchived: request.query.includeArchived });
    return toPage(request, ORGANIZATIONS_CURSOR, rows, limit, (o) => [o.name, o.id], (o) => o);
  });

  app.post('/api/v1/organizations', {
    schema: { tags: ['clients'], summary: 'Add a client organisation', body: CreateOrganizationBody, response: { 201: Type.Ref('Organization'), ...problemResponses(400, 401, 403, 409, 422) } },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    requireManager(actor);
    return runCreate(deps, request, reply, actor.userId, async (trx) => ({ status: 201, body: await createOrganization({ db: trx, clock: deps.clock }, request.body) }));
  });

  app.get('/api/v1/organizations/:id', {
    schema: { tags: ['clients'], summary: 'Get a client organisation', params: IdParams, response: { 200: Type.Ref('Organization'), ...problemResponses(401, 404) } },
  }, async (request) => {
    const org = await findOrganization(deps.db, actorFrom(request), request.params.id);
    if (!org) throw notFound('Organization');
    return org;
  });

  app.patch('/api/v1/organizations/:id', {
    schema: {
      tags: ['clients'],
      summary: 'Change a client organisation',
      params: IdParams,
      body: UpdateOrganizationBody,
      response: { 200: Type.Ref('Organization'), ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request) => {
    const actor = actorFrom(request);
    const org = await findOrganization(deps.db, actor, request.params.id);
    if (!org) throw notFound('Organization');
    requireManager(actor);
    return changeOrganization(deps, { org, patch: request.body });
  });
}

function siteRoutes(app: App, deps: Deps): void {
  app.get('/api/v1/sites', {
    schema: {
      tags: ['clients'],
      summary: 'List sites',
      querystring: Type.Object({ ...PageQuery, organizationId: Type.Optional(Type.String({ maxLength: 100 })), includeArchived: Type.Optional(IncludeArchived) }, { additionalProperties: false }),
      response: { 200: Page(Type.Ref('Site'), 'SitePage'), ...problemResponses(400, 401) },
    },
  }, async (request) => {
    const limit = request.query.limit ?? 50;
    const after = readCursor(request, SITES_CURSOR);
    const rows = await listSites(deps.db, actorFrom(request), { organizationId: request.query.organizationId, limit, after, includeArchived: request.query.includeArchived });
    return toPage(request, SITES_CURSOR, rows, limit, (s) => [s.name, s.id], (s) => s);
  });

  app.post('/api/v1/sites', {
    schema: { tags: ['clients'], summary: 'Add a site to a client', body: CreateSiteBody, response: { 201: Type.Ref('Site'), ...problemResponses(400, 401, 403, 404, 422) } },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    requireStaff(actor);
    const org = await findOrganization(deps.db, actor, request.body.organizationId);
    if (!org) throw notFound('Organization', '/organizationId');
    return runCreate(deps, request, reply, actor.userId, async (trx) => ({ status: 201, body: await createSite({ db: trx, clock: deps.clock }, { org, body: request.body }) }));
  });

  app.get('/api/v1/sites/:id', {
    schema: { tags: ['clients'], summary: 'Get a site', params: IdParams, response: { 200: Type.Ref('Site'), ...problemResponses(401, 404) } },
  }, async (request) => {
    const site = await findSite(deps.db, actorFrom(request), request.params.id);
    if (!site) throw notFound('Site');
    return site;
  });

  app.patch('/api/v1/sites/:id', {
    schema: { tags: ['clients'], summary: 'Change a site', params: IdParams, body: UpdateSiteBody, response: { 200: Type.Ref('Site'), ...problemResponses(400, 401, 403, 404, 422) } },
  }, async (request) => {
    const actor = actorFrom(request);
    const site = await findSite(deps.db, actor, request.params.id);
    if (!site) throw notFound('Site');
    requireStaff(actor);
    return changeSite(deps, { site, patch: request.body });
  });
}

function contactRoutes(app: App, deps: Deps): void {
  app.get('/api/v1/contacts', {
    schema: {
      tags: ['clients'],
      summary: 'Find contacts',
      description: 'By name, phone number (international, national or trailing digits, with the match shown) or email: "who is calling".',
      querystring: ContactQuery,
      response: { 200: Page(Type.Ref('Contact'), 'ContactPage'), ...problemResponses(400, 401) },
    },
  }, async (request) => {
    const q = request.query;
    const limit = q.limit ?? 50;
    const after = readCursor(request, CONTACTS_CURSOR);
    const rows = await findContacts(deps, actorFrom(request), { organizationId: q.organizationId, q: q.q, phone: q.phone, email: q.email, includeArchived: q.includeArchived }, { limit, after });
    return toPage(request, CONTACTS_CURSOR, rows, limit, (c) => [c.name, c.id], (c) => c);
  });

  app.post('/api/v1/contacts', {
    schema: { tags: ['clients'], summary: 'Add a contact', body: CreateContactBody, response: { 201: Type.Ref('Contact'), ...problemResponses(400, 401, 403, 404, 422) } },
  }, async (request, reply) => {
    const actor = actorFrom(request);
    requireStaff(actor);
    return runCreate(deps, request, reply, actor.userId, async (trx) => ({ status: 201, body: await createContact({ db: trx, clock: deps.clock }, actor, request.body) }));
  });

  app.get('/api/v1/contacts/:id', {
    schema: { tags: ['clients'], summary: 'Get a contact', params: IdParams, response: { 200: Type.Ref('Contact'), ...problemResponses(401, 404) } },
  }, async (request) => {
    const contact = await findContact(deps.db, actorFrom(request), request.params.id);
    if (!contact) throw notFound('Contact');
    return contact;
  });

  app.patch('/api/v1/contacts/:id', {
    schema: { tags: ['clients'], summary: 'Change a contact', params: IdParams, body: UpdateContactBody, response: { 200: Type.Ref('Contact'), ...problemResponses(400, 401, 403, 404, 422) } },
  }, async (request) => {
    const actor = actorFrom(request);
    const contact = await findContact(deps.db, actor, request.params.id);
    if (!contact) throw notFound('Contact');
    requireStaff(actor);
    return deps.db.transaction().execute((trx) => changeContact({ db: trx }, actor, contact, request.body));
  });

  app.get('/api/v1/phone-countries', {
    schema: {
      tags: ['clients'],
      summary: 'The countries a client organisation may have, and the one each time zone gives by default',
      description: 'An organisation’s country is where national phone numbers of its contacts are read (and stored in E.164); created without one, it gets the country of its time zone. Staff only.',
      response: { 200: Type.Ref('PhoneCountries'), ...problemResponses(401, 403) },
    },
  }, async (request) => {
    if (!isStaff(actorFrom(request))) throw forbidden('Only staff set up client organisations');
    return phoneCountries();
  });
}

function archiveRoutes(app: App, deps: Deps): void {
  // Archive and restore: organisations by managers (like creating them), sites and contacts by any staff.
  const archivable = [
    { kind: 'organization', path: 'organizations', schema: 'Organization', label: 'a client', allow: requireManager },
    { kind: 'site', path: 'sites', schema: 'Site', label: 'a site', allow: requireStaff },
    { kind: 'contact', path: 'contacts', schema: 'Contact', label: 'a contact', allow: requireStaff },
  ] as const;
  for (const a of archivable) {
    for (const archived of [true, false]) {
      app.post(`/api/v1/${a.path}/:id/${archived ? 'archive' : 'restore'}`, {
        schema: {
          tags: ['clients'],
          summary: archived ? `Archive ${a.label}` : `Restore an archived ${a.label.slice(a.label.indexOf(' ') + 1)}`,
          description: archived
            ? 'Hidden from lists and caller search from now on; its tickets stay as they are, open ones keep their clocks, and new tickets naming it are refused (422). Archiving twice keeps the first instant.'
            : 'Listed and searchable again, and new tickets may name it.',
          params: IdParams,
          response: { 200: Type.Ref(a.schema), ...problemResponses(401, 403, 404) },
        },
      }, async (request) => {
        const actor = actorFrom(request);
        const find = { organization: findOrganization, site: findSite, contact: findContact }[a.kind];
        if (!(await find(deps.db, actor, request.params.id))) throw notFound(a.schema);
        a.allow(actor);
        return setArchived(deps, actor, a.kind, request.params.id, archived);
      });
    }
  }
}
