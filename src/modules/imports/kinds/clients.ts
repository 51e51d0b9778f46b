/** Importing client organisations: matched by external id, else by name. */
import { countryForTimeZone, saveImportedOrganizations, type Organization } from '../../clients/index.js';
import { recordsByExternalId } from '../imports.repository.js';
import type { ClientValues } from '../row-values.js';
import { onlyTimeZoneOf } from '../row-words.js';
import { clientDirectory, type ClientDirectory } from './client-refs.js';
import { fold, planChanges, planCreate, planError, planSkip, type KindHandler, type Plan, type PlanDeps } from './kind.js';

interface World {
  clients: ClientDirectory;
  /** External id → organisation id, imported before from the same system. */
  known: Map<string, string>;
}

function match(values: ClientValues, world: World): { org: Organization; how: string } | undefined {
  const id = values.externalId !== null ? world.known.get(values.externalId) : undefined;
  const byId = id ? world.clients.byId.get(id) : undefined;
  if (byId) return { org: byId, how: 'matched by id' };
  const named = world.clients.byName.get(fold(values.name)) ?? [];
  const org = named.find((o) => !o.archivedAt) ?? named[0];
  return org ? { org, how: 'matched by name' } : undefined;
}

/** The zone a row gives: its own, its country's only zone, else (for a new client) the run's default. */
function zoneOf(values: ClientValues): string | null {
  return values.timeZone ?? (values.country ? onlyTimeZoneOf(values.country) : undefined) ?? null;
}

function plan(values: ClientValues, world: World, deps: PlanDeps): Plan {
  const found = match(values, world);
  if (!found) {
    const zone = zoneOf(values) ?? deps.defaultTimeZone;
    if (!zone) {
      const message = values.country
        ? `${values.country} has more than one time zone: add a time zone column, or choose a default time zone for the import`
        : 'No time zone: add a time zone column, a country with one time zone, or choose a default time zone for the import';
      return planError([{ field: values.country ? 'country' : 'timeZone', code: 'time_zone_required', message }]);
    }
    return planCreate(`new client in ${zone.replace(/_/g, ' ')}`);
  }
  const { org, how } = found;
  if (org.archivedAt) return planSkip(`${org.name} is archived in Switchboard: restore it to update it`, org.id);
  const changes: string[] = [];
  // A name renames only a client found by its id; found by name, the name is the same but for case.
  if (how === 'matched by id' && values.name !== org.name) changes.push('name');
  if (values.industry !== null && values.industry !== org.industry) changes.push('industry');
  if (values.country !== null && values.country !== org.country) changes.push('country');
  const zone = zoneOf(values);
  if (zone !== null && zone !== org.timeZone) changes.push('time zone');
  return planChanges(org.id, changes, how);
}

export const clientsKind: KindHandler<'clients', World> = {
  kind: 'clients',
  chunkSize: 500,
  keys: (v) => (v.externalId !== null ? [`id:${v.externalId}`] : [`name:${fold(v.name)}`]),
  async lookup(deps, rows) {
    const ids = rows.map((r) => r.externalId).filter((id): id is string => id !== null);
    return { clients: await clientDirectory(deps, []), known: await recordsByExternalId(deps.db, deps.source, 'clients', ids) };
  },
  plan,
  async write(deps, rows, world) {
    const creates = rows.filter((r) => r.plan.action === 'create');
    const updates = rows.filter((r) => r.plan.action === 'update').map(({ values, plan: p }) => {
      const before = world.clients.byId.get(p.recordId!)!;
      const zone = zoneOf(values);
      return { before, after: { ...before, name: p.changes.includes('name') ? values.name : before.name, industry: values.industry ?? before.industry, country: values.country ?? before.country, timeZone: zone ?? before.timeZone } };
    });
    const created = await saveImportedOrganizations(deps, {
      create: creates.map(({ values }) => {
        const timeZone = zoneOf(values) ?? deps.defaultTimeZone!;
        return { name: values.name, timeZone, country: values.country ?? countryForTimeZone(timeZone), industry: values.industry ?? '' };
      }),
      update: updates,
    });
    let next = 0;
    return rows.map((r) => (r.plan.action === 'create' ? created[next++].id : r.plan.recordId!));
  },
};
