/**
 * Finding the client a row of sites, contacts or tickets names: by the id it had in the export
 * (the clients file imported from the same system), else by its name.
 */
import { allOrganizations, type Organization } from '../../clients/index.js';
import { recordsByExternalId } from '../imports.repository.js';
import type { ClientRef, RowIssue } from '../row-values.js';
import { fold, type PlanDeps } from './kind.js';

export interface ClientDirectory {
  byId: Map<string, Organization>;
  byName: Map<string, Organization[]>;
  /** External client id → organisation id, for the ids the chunk names. */
  imported: Map<string, string>;
}

/** Every client, and the ones the chunk names by external id. */
export async function clientDirectory(deps: PlanDeps, refs: ClientRef[]): Promise<ClientDirectory> {
  const orgs = await allOrganizations(deps.db);
  const byName = new Map<string, Organization[]>();
  for (const o of orgs) byName.set(fold(o.name), [...(byName.get(fold(o.name)) ?? []), o]);
  const ids = refs.map((r) => r.id).filter((id): id is string => id !== null);
  return { byId: new Map(orgs.map((o) => [o.id, o])), byName, imported: await recordsByExternalId(deps.db, deps.source, 'clients', ids) };
}

/** The client a row names, or the issue that says why it cannot be found. */
export function findClient(directory: ClientDirectory, ref: ClientRef, options: { allowArchived?: boolean } = {}): { client: Organization } | { issue: RowIssue } {
  let client: Organization | undefined;
  const byId = ref.id !== null ? directory.imported.get(ref.id) : undefined;
  if (byId) client = directory.byId.get(byId);
  if (!client && ref.name !== null) {
    const named = directory.byName.get(fold(ref.name)) ?? [];
    const active = named.filter((o) => !o.archivedAt);
    if (named.length > 1 && active.length !== 1) {
      return { issue: { field: 'client', code: 'ambiguous_client', message: `${named.length} clients are named ${ref.name}: name it by its id instead` } };
    }
    client = active[0] ?? named[0];
  }
  if (!client) {
    const message = ref.id !== null
      ? `No client was imported with the id ${ref.id}${ref.name ? ` and none is named ${ref.name}` : ''}: import the clients file first`
      : `No client is named ${ref.name}: import the clients file first, or check the name`;
    return { issue: { field: ref.id !== null ? 'clientId' : 'client', code: 'unknown_client', message } };
  }
  if (client.archivedAt && !options.allowArchived) {
    return { issue: { field: ref.id !== null ? 'clientId' : 'client', code: 'client_archived', message: `${client.name} is archived: restore the client first` } };
  }
  return { client };
}

/** The key of a client as a row names it, for telling rows of one file apart. */
export function clientKey(ref: ClientRef): string {
  return ref.id !== null ? `id:${ref.id}` : `name:${fold(ref.name ?? '')}`;
}
