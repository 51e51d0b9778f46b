import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { updateSite, type Site } from './client.repository.js';
import { insertSites } from './client-import.repository.js';

/** A site as an import makes it (its client found, its time zone checked). */
export interface ImportedSite {
  organizationId: string;
  name: string;
  address: string;
  timeZone: string;
}

/** Writes a chunk of imported sites: new ones and changes to existing ones. Returns the new sites in order. */
export async function saveImportedSites(deps: { db: Db; clock: Clock }, input: { create: ImportedSite[]; update: Site[] }): Promise<Site[]> {
  const now = deps.clock.iso();
  const created: Site[] = input.create.map((s) => ({ id: newId(), ...s, createdAt: now, archivedAt: null }));
  await insertSites(deps.db, created);
  for (const site of input.update) await updateSite(deps.db, site);
  return created;
}
