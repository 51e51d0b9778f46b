/**
 * HTTP for vendors, their services and clients' dependencies on them (staff read; owners, admins
 * and service managers write). Client users get nothing here: which vendors an MSP uses, and for
 * whom, is the MSP's own business.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { IdParams, Page, PageQuery, readCursor, toPage } from '../../platform/http/common.js';
import { cursorShape } from '../../platform/http/cursor.js';
import { runCreate } from '../../platform/http/idempotency.js';
import { problemResponses } from '../../platform/http/problem.js';
import type { App } from '../../platform/http/server.js';
import { actorFrom, isManager, isStaff } from '../auth/index.js';
import { importVendors } from './import-vendors.js';
import { removeDependency } from './remove-dependency.js';
import { changeDependency, dependencyExists, recordDependency } from './save-dependency.js';
import { addService, changeService, serviceNameTaken } from './save-service.js';
import { changeVendor, createVendor, vendorNameTaken } from './save-vendor.js';
import type { Vendor as VendorRecord } from './vendor.js';
import {
  CreateDependencyBody, CreateServiceBody, CreateVendorBody, Dependency, DependencyQuery, UpdateDependencyBody, UpdateServiceBody, UpdateVendorBody, Vendor, VendorService, ImportVendorsAnswer, ImportVendorsBody,
} from './vendors.schema.js';
import { findDependency, findService, findVendor, listDependencies, listVendors, servicesOfVendors } from './vendors.repository.js';

const VENDORS = cursorShape('vendors.vendors', 'text', 'text');
const DEPENDENCIES = cursorShape('vendors.dependencies', 'instant', 'text');

/** Maps a unique violation (a taken name, a repeated dependency) to its conflict. */
async function unique<T>(work: Promise<T>, taken: () => Error): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}

export function vendorRoutes(app: App, deps: { db: Db; clock: Clock }): void {
  for (const s of [VendorService, Vendor, Dependency]) app.addSchema(s);
  const { db, clock } = deps;
  const staff = (request: FastifyRequest) => {
    const actor = actorFrom(request);
    if (!isStaff(actor)) throw forbidden('Vendors and dependencies are for MSP staff');
    return actor;
  };
  const manager = (request: FastifyRequest) => {
    const actor = staff(request);
    if (!isManager(actor)) throw forbidden('Only an owner, admin or service manager can change vendors and dependencies');
    return actor;
  };
  // Loaded with the handle of the transaction that changes it: SQLite has one connection.
  const vendor = async (d: Db, id: string) => (await findVendor(d, id)) ?? Promise.reject(notFound('Vendor'));
  const service = async (d: Db, id: string) => (await findService(d, id)) ?? Promise.reject(notFound('Service'));
  const dependency = async (d: Db, id: string) => (await findDependency(d, id)) ?? Promise.reject(notFound('Dependency'));
  const withServices = async (d: Db, vendors: VendorRecord[]) => {
    const services = await servicesOfVendors(d, vendors.map((v) => v.id));
    return vendors.map((v) => ({ ...v, services: services.filter((s) => s.vendorId === v.id) }));
  };
  const tags = ['vendors'];

  app.post('/api/v1/vendors/import', {
    schema: {
      tags,
      summary: 'Import vendors, services and clients’ dependencies from a CSV: a preview with each row’s problems, or every row written (owner, admin, service manager)',
      body: ImportVendorsBody,
      response: { 200: ImportVendorsAnswer, ...problemResponses(400, 401, 403, 409, 413, 422) },
    },
  }, async (request) => {
    manager(request);
    return db.transaction().execute((trx) => importVendors({ db: trx, clock }, { csv: request.body.csv, apply: request.body.apply ?? false }));
  });

  app.get('/api/v1/vendors', {
    schema: {
      tags,
      summary: 'Vendors by name, with their services (staff)',
      querystring: Type.Object(PageQuery, { additionalProperties: false }),
      response: { 200: Page(Type.Ref('Vendor'), 'VendorPage'), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    staff(request);
    const limit = request.query.limit ?? 50;
    const page = toPage(request, VENDORS, await listVendors(db, { limit, after: readCursor(request, VENDORS) }), limit, (v) => [v.name, v.id], (v) => v);
    return { items: await withServices(db, page.items), nextCursor: page.nextCursor };
  });

  app.post('/api/v1/vendors', {
    schema: { tags, summary: 'Record a vendor (owner, admin, service manager)', body: CreateVendorBody, response: { 201: Type.Ref('Vendor'), ...problemResponses(400, 401, 403, 409, 422) } },
  }, async (request, reply) => {
    const actor = manager(request);
    await unique(
      runCreate(deps, request, reply, actor.userId, async (trx) => ({ status: 201, body: { ...(await createVendor({ db: trx, clock }, request.body)), services: [] } })),
      vendorNameTaken,
    );
  });

  app.get('/api/v1/vendors/:id', {
    schema: { tags, summary: 'A vendor with its services (staff)', params: IdParams, response: { 200: Type.Ref('Vendor'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staff(request);
    return (await withServices(db, [await vendor(db, request.params.id)]))[0];
  });

  app.patch('/api/v1/vendors/:id', {
    schema: {
      tags,
      summary: 'Change a vendor (owner, admin, service manager)',
      params: IdParams,
      body: UpdateVendorBody,
      response: { 200: Type.Ref('Vendor'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    manager(request);
    const changed = await unique(db.transaction().execute(async (trx) => changeVendor({ db: trx, clock }, await vendor(trx, request.params.id), request.body)), vendorNameTaken);
    return (await withServices(db, [changed]))[0];
  });

  app.post('/api/v1/vendors/:id/services', {
    schema: {
      tags,
      summary: 'Add a service the vendor provides (owner, admin, service manager)',
      params: IdParams,
      body: CreateServiceBody,
      response: { 201: Type.Ref('VendorService'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request, reply) => {
    const actor = manager(request);
    await unique(
      runCreate(deps, request, reply, actor.userId, async (trx) => ({ status: 201, body: await addService({ db: trx, clock }, await vendor(trx, request.params.id), request.body) })),
      serviceNameTaken,
    );
  });

  app.patch('/api/v1/vendor-services/:id', {
    schema: {
      tags,
      summary: 'Change a vendor’s service (owner, admin, service manager)',
      params: IdParams,
      body: UpdateServiceBody,
      response: { 200: Type.Ref('VendorService'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    manager(request);
    return unique(db.transaction().execute(async (trx) => changeService({ db: trx, clock }, await service(trx, request.params.id), request.body)), serviceNameTaken);
  });

  app.get('/api/v1/dependencies', {
    schema: {
      tags,
      summary: 'Clients’ dependencies on vendor services, of one service or one client (staff)',
      querystring: DependencyQuery,
      response: { 200: Page(Type.Ref('Dependency'), 'DependencyPage'), ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    staff(request);
    const { limit = 50, serviceId, organizationId } = request.query;
    const rows = await listDependencies(db, { serviceId, organizationId }, { limit, after: readCursor(request, DEPENDENCIES) });
    return toPage(request, DEPENDENCIES, rows, limit, (d) => [d.createdAt, d.id], (d) => d);
  });

  app.post('/api/v1/dependencies', {
    schema: {
      tags,
      summary: 'Record that a client depends on a service (owner, admin, service manager)',
      description: 'For the client as a whole, or for one of its sites (`siteId`); one record per service, client and site. Criticality defaults to normal.',
      body: CreateDependencyBody,
      response: { 201: Type.Ref('Dependency'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request, reply) => {
    const actor = manager(request);
    await unique(runCreate(deps, request, reply, actor.userId, async (trx) => ({ status: 201, body: await recordDependency({ db: trx, clock }, request.body) })), dependencyExists);
  });

  app.get('/api/v1/dependencies/:id', {
    schema: { tags, summary: 'A client’s dependency on a service (staff)', params: IdParams, response: { 200: Type.Ref('Dependency'), ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    staff(request);
    return dependency(db, request.params.id);
  });

  app.patch('/api/v1/dependencies/:id', {
    schema: {
      tags,
      summary: 'Change a dependency: site, purpose, criticality, fallback, checklist (owner, admin, service manager)',
      params: IdParams,
      body: UpdateDependencyBody,
      response: { 200: Type.Ref('Dependency'), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    manager(request);
    return unique(db.transaction().execute(async (trx) => changeDependency({ db: trx, clock }, await dependency(trx, request.params.id), request.body)), dependencyExists);
  });

  app.delete('/api/v1/dependencies/:id', {
    schema: {
      tags,
      summary: 'Remove a dependency (owner, admin, service manager)',
      description: 'Incidents declared from it keep their children and checklists.',
      params: IdParams,
      response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
    },
  }, async (request, reply) => {
    manager(request);
    await db.transaction().execute((trx) => removeDependency({ db: trx }, request.params.id));
    return reply.status(204).send(null);
  });
}
