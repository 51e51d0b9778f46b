/**
 * Records that a client (or one of its sites) depends on a vendor's service, and changes or removes
 * such a record (owners, admins, service managers). The client and site are checked through the
 * clients module; a site must be one of the client's own, not archived, and the people chosen to hear
 * of an incident on the service its contacts on file.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { organizationDirectory, organizationWithSites } from '../clients/index.js';
import { cleanSteps, type Dependency } from './vendor.js';
import type { CreateDependencyBody, UpdateDependencyBody } from './vendors.schema.js';
import { findService, insertDependency, updateDependency } from './vendors.repository.js';

export interface SaveDependencyDeps {
  db: Db;
  clock: Clock;
}

/** The same service, client and site are on record already (the caller maps the unique violation). */
export const dependencyExists = () => conflict('dependency_exists', 'This client (at this site) already depends on this service; change that record instead', '/serviceId');

async function checkSite(db: Db, organizationId: string, siteId: string | null): Promise<void> {
  const client = await organizationWithSites(db, organizationId);
  if (!client) throw notFound('Organization', '/organizationId');
  if (siteId !== null && !client.sites.some((s) => s.id === siteId)) throw notFound('Site', '/siteId');
}

/** The chosen people, each once, every one a contact of the client still on file. */
async function checkContacts(db: Db, organizationId: string, ids: string[]): Promise<string[]> {
  const chosen = [...new Set(ids)];
  if (chosen.length === 0) return chosen;
  const directory = await organizationDirectory(db, organizationId);
  const live = new Set((directory?.contacts ?? []).filter((c) => c.archivedAt === null).map((c) => c.id));
  const stranger = chosen.findIndex((id) => !live.has(id));
  if (stranger >= 0) throw notFound('Contact', `/notifyContactIds/${ids.indexOf(chosen[stranger])}`);
  return chosen;
}

export async function recordDependency(deps: SaveDependencyDeps, body: CreateDependencyBody): Promise<Dependency> {
  if (!(await findService(deps.db, body.serviceId))) throw notFound('Service', '/serviceId');
  const siteId = body.siteId ?? null;
  await checkSite(deps.db, body.organizationId, siteId);
  const now = deps.clock.iso();
  const dependency: Dependency = {
    id: newId(),
    serviceId: body.serviceId,
    organizationId: body.organizationId,
    siteId,
    purpose: body.purpose?.trim() ?? '',
    criticality: body.criticality ?? 'normal',
    fallback: body.fallback?.trim() ?? '',
    workaroundSteps: cleanSteps(body.workaroundSteps ?? []),
    notifyContactIds: await checkContacts(deps.db, body.organizationId, body.notifyContactIds ?? []),
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await insertDependency(deps.db, dependency);
  return dependency;
}

export async function changeDependency(deps: SaveDependencyDeps, current: Dependency, body: UpdateDependencyBody): Promise<Dependency> {
  const siteId = body.siteId === undefined ? current.siteId : body.siteId;
  if (siteId !== current.siteId) await checkSite(deps.db, current.organizationId, siteId);
  const next: Dependency = {
    ...current,
    siteId,
    purpose: body.purpose?.trim() ?? current.purpose,
    criticality: body.criticality ?? current.criticality,
    fallback: body.fallback?.trim() ?? current.fallback,
    workaroundSteps: body.workaroundSteps ? cleanSteps(body.workaroundSteps) : current.workaroundSteps,
    notifyContactIds: body.notifyContactIds ? await checkContacts(deps.db, current.organizationId, body.notifyContactIds) : current.notifyContactIds,
    version: current.version + 1,
    updatedAt: deps.clock.iso(),
  };
  if (!(await updateDependency(deps.db, next, current.version))) throw conflict('version_conflict', 'Someone changed this dependency at the same moment; reload and try again');
  return next;
}
