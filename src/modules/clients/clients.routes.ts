/** HTTP for client organisations, sites and contacts. */
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.js';
import { IdParams, Page, PageQuery, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { newId } from '../../platform/ids.js';
import { assertTimeZone } from '../../platform/time-zones.js';
import { actorFrom, isEnabledStaff, isManager, isStaff, type Actor } from '../auth/index.js';
import { assertCountry, slugify } from './client.js';
import {
  findContact,
  findOrganization,
  findSite,
  insertOrganization,
  insertSite,
  listOrganizations,
  renormalizeOrganizationPhones,
  listSites,
  slugTaken,
  updateOrganization,
  updateSite,
  type MainPhone,
} from './client.repository.js';
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
import { countryForTimeZone, normalizePhone, phoneCountries } from './phone.js';

/** Lists by name: the name and id of the last row. */
const ORGANIZATIONS_CURSOR = cursorShape('organizations', 'text', 'text');
const SITES_CURSOR = cursorShape('sites', 'text', 'text');
const CONTACTS_CURSOR = cursorShape('contacts', 'text', 'text');

/** The main number as stored: E.164, read in the organisation's country when typed in national form. */
function readMainPhone(typed: string | null, country: string | null): MainPhone | null {
  if (typed === null) return null;
  const number = normalizePhone(typed, country);
  if (!number) throw new AppError('invalid_phone', `${typed} is not a possible phone number${country ? ` in ${country}` : ''}`, { status: 422, field: '/mainPhone' });
  return { number: number.number, extension: number.extension };
}

export function clientRoutes(app: App, deps: { db: Db; clock: Clock }): void {
  for (const s of [Organization, Site, Contact, PhoneCountries]) app.addSchema(s);
  const requireStaff = (actor: Actor) => {
    if (!isStaff(actor)) throw forbidden('Only staff can change client records');
  };
  const requireManager = (actor: Actor) => {
    if (!isManager(actor)) throw forbidden('Only an owner, admin or service manager can do this');
  };
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
    assertTimeZone(request.body.timeZone, '/timeZone');
    const country = request.body.country === undefined ? countryForTimeZone(request.body.timeZone) : request.body.country?.toUpperCase() ?? null;
    if (country !== null) assertCountry(country, '/country');
    const mainPhone = readMainPhone(request.body.mainPhone ?? null, country);
    return runCreate(deps, request, reply, actor.userId, async (trx) => {
      const slug = request.body.slug ?? (slugify(request.body.name) || 'client');
      if (await slugTaken(trx, slug)) throw conflict('slug_taken', `Another client already uses the short name ${slug}`, '/slug');
      const org = { id: newId(), name: request.body.name.trim(), slug, industry: request.body.industry ?? '', timeZone: request.body.timeZone, country, mainPhone, createdAt: deps.clock.iso(), archivedAt: null };
      await insertOrganization(trx, org);
      return { status: 201, body: org };
    }).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw conflict('slug_taken', 'Another client already uses that short name', '/slug');
      throw error;
    });
  });

  app.get('/api/v1/organizations/:id', {
    schema: { tags: ['clients'], summary: 'Get a client organisation', params: IdParams, response: { 200: Type.Ref('Organization'), ...problemResponses(401, 404) } },
  }, async (request) => {
    const org = await findOrganization(deps.db, actorFrom(request), request.params.id);
    if (!org) throw notFound('Organization');
    return org;
  });

  app.patch('/api/v1/organizations/:id', {
    schema: { tags: ['clients'], summary: 'Change a client organisation', params: IdParams, body: UpdateOrganizationBody, response: { 200: Type.Ref('Organization'), ...problemResponses(400, 401, 403, 404, 422) } },
  }, async (request) => {
    const actor = actorFrom(request);
    const org = await findOrganization(deps.db, actor, request.params.id);
    if (!org) throw notFound('Organization');
    requireManager(actor);
    if (request.body.timeZone) assertTimeZone(request.body.timeZone, '/timeZone');
    const manager = request.body.accountManagerId;
    if (manager) {
      if (!(await isEnabledStaff(deps.db, manager))) throw notFound('Account manager', '/accountManagerId');
    }
    const country = request.body.country === undefined ? org.country : request.body.country?.toUpperCase() ?? null;
    if (country !== null) assertCountry(country, '/country');
    let mainPhone = org.mainPhone;
    if (request.body.mainPhone !== undefined) mainPhone = readMainPhone(request.body.mainPhone, country);
    else if (mainPhone && !mainPhone.number.startsWith('+') && country !== null && country !== org.country) {
      // A main number kept as typed (no country until now) is read again in the new country, like the contacts' numbers.
      const again = normalizePhone(mainPhone.number, country);
      if (again) mainPhone = { number: again.number, extension: mainPhone.extension || again.extension };
    }
    const next = { ...org, ...request.body, country, mainPhone, name: request.body.name?.trim() ?? org.name };
    await deps.db.transaction().execute(async (trx) => {
      await updateOrganization(trx, next);
      if (country !== null && country !== org.country) await renormalizeOrganizationPhones(trx, org.id, country);
    });
    return next;
  });

  app.get('/api/v1/sites', {
    schema: { tags: ['clients'], summary: 'List sites', querystring: Type.Object({ ...PageQuery, organizationId: Type.Optional(Type.String({ maxLength: 100 })), includeArchived: Type.Optional(IncludeArchived) }, { additionalProperties: false }), response: { 200: Page(Type.Ref('Site'), 'SitePage'), ...problemResponses(400, 401) } },
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
    const timeZone = request.body.timeZone ?? org.timeZone;
    assertTimeZone(timeZone, '/timeZone');
    return runCreate(deps, request, reply, actor.userId, async (trx) => {
      const site = { id: newId(), organizationId: org.id, name: request.body.name.trim(), address: request.body.address ?? '', timeZone, createdAt: deps.clock.iso(), archivedAt: null };
      await insertSite(trx, site);
      return { status: 201, body: site };
    });
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
    if (request.body.timeZone) assertTimeZone(request.body.timeZone, '/timeZone');
    const next = { ...site, ...request.body };
    await updateSite(deps.db, next);
    return next;
  });

  app.get('/api/v1/contacts', {
    schema: { tags: ['clients'], summary: 'Find contacts', description: 'By name, phone number (international, national or trailing digits, with the match shown) or email: "who is calling".', querystring: ContactQuery, response: { 200: Page(Type.Ref('Contact'), 'ContactPage'), ...problemResponses(400, 401) } },
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
        return (await setArchived(deps, actor, a.kind, request.params.id, archived)) as never;
      });
    }
  }
}
