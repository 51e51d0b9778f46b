/** Importing sites: each of a client found by id or name; matched by external id, else by the client's site of the same name. */
import { saveImportedSites, sitesOfOrganizations, type Organization, type Site } from '../../clients/index.js';
import { recordsByExternalId } from '../imports.repository.js';
import type { SiteValues } from '../row-values.js';
import { clientDirectory, clientKey, findClient, type ClientDirectory } from './client-refs.js';
import { fold, planChanges, planCreate, planError, planSkip, type KindHandler, type Plan } from './kind.js';

interface World {
  clients: ClientDirectory;
  sites: Site[];
  known: Map<string, string>;
}

function match(values: SiteValues, org: Organization, world: World): { site: Site; how: string } | { conflict: string } | undefined {
  const id = values.externalId !== null ? world.known.get(values.externalId) : undefined;
  const byId = id ? world.sites.find((s) => s.id === id) : undefined;
  if (byId) return byId.organizationId === org.id ? { site: byId, how: 'matched by id' } : { conflict: `The site with this id belongs to another client in Switchboard` };
  const named = world.sites.filter((s) => s.organizationId === org.id && fold(s.name) === fold(values.name));
  const site = named.find((s) => !s.archivedAt) ?? named[0];
  return site ? { site, how: 'matched by name' } : undefined;
}

function plan(values: SiteValues, world: World): Plan {
  const found = findClient(world.clients, values.client);
  if ('issue' in found) return planError([found.issue]);
  const org = found.client;
  const matched = match(values, org, world);
  if (!matched) return planCreate(`new site of ${org.name}`);
  if ('conflict' in matched) return planError([{ field: 'externalId', code: 'client_mismatch', message: matched.conflict }]);
  const { site, how } = matched;
  if (site.archivedAt) return planSkip(`${site.name} is archived in Switchboard: restore it to update it`, site.id);
  const changes: string[] = [];
  if (how === 'matched by id' && values.name !== site.name) changes.push('name');
  if (values.address !== null && values.address !== site.address) changes.push('address');
  if (values.timeZone !== null && values.timeZone !== site.timeZone) changes.push('time zone');
  return planChanges(site.id, changes, how);
}

export const sitesKind: KindHandler<'sites', World> = {
  kind: 'sites',
  chunkSize: 500,
  keys: (v) => (v.externalId !== null ? [`id:${v.externalId}`] : [`site:${clientKey(v.client)}|${fold(v.name)}`]),
  async lookup(deps, rows) {
    const clients = await clientDirectory(deps, rows.map((r) => r.client));
    const orgIds = [...new Set(rows.map((r) => findClient(clients, r.client)).flatMap((f) => ('client' in f ? [f.client.id] : [])))];
    const ids = rows.map((r) => r.externalId).filter((id): id is string => id !== null);
    const known = await recordsByExternalId(deps.db, deps.source, 'sites', ids);
    // Sites found by id may belong to a client the row does not name (refused in the plan).
    const sites = await sitesOfOrganizations(deps.db, orgIds);
    const elsewhere = [...known.values()].filter((id) => !sites.some((s) => s.id === id));
    const more = elsewhere.length ? (await sitesOfOrganizations(deps.db, [...clients.byId.keys()])).filter((s) => elsewhere.includes(s.id)) : [];
    return { clients, sites: [...sites, ...more], known };
  },
  plan: (values, world) => plan(values, world),
  async write(deps, rows, world) {
    const creates = rows.filter((r) => r.plan.action === 'create');
    const updates = rows.filter((r) => r.plan.action === 'update').map(({ values, plan: p }) => {
      const site = world.sites.find((s) => s.id === p.recordId)!;
      return { ...site, name: p.changes.includes('name') ? values.name : site.name, address: values.address ?? site.address, timeZone: values.timeZone ?? site.timeZone };
    });
    const created = await saveImportedSites(deps, {
      create: creates.map(({ values }) => {
        const org = (findClient(world.clients, values.client) as { client: Organization }).client;
        return { organizationId: org.id, name: values.name, address: values.address ?? '', timeZone: values.timeZone ?? org.timeZone };
      }),
      update: updates,
    });
    let next = 0;
    return rows.map((r) => (r.plan.action === 'create' ? created[next++].id : r.plan.recordId!));
  },
};
