import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { slugify } from './client.js';
import { renormalizeOrganizationPhones, updateOrganization, type Organization } from './client.repository.js';
import { insertOrganizations, takenSlugs } from './client-import.repository.js';

/** A client organisation as an import makes it (time zone and country already checked). */
export interface ImportedOrganization {
  name: string;
  timeZone: string;
  country: string | null;
  industry: string;
}

/** A short name no other client uses: the name's slug, else with -2, -3 … after it. */
async function uniqueSlugs(db: Db, names: string[]): Promise<string[]> {
  const wanted = names.map((n) => slugify(n) || 'client');
  const taken = await takenSlugs(db, wanted);
  const out: string[] = [];
  for (const base of wanted) {
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) {
      slug = `${base.slice(0, 55)}-${n}`;
      // Rare (two clients of one name): one look-up per candidate.
      if (!taken.has(slug) && (await takenSlugs(db, [slug])).size > 0) taken.add(slug);
    }
    taken.add(slug);
    out.push(slug);
  }
  return out;
}

/**
 * Writes a chunk of imported clients: new ones (each with a short name of its own) and changes to
 * existing ones; a client that gains a country has its contacts' typed numbers read in it, as
 * when the country is set through the API. Returns the new clients in the order given.
 */
export async function saveImportedOrganizations(
  deps: { db: Db; clock: Clock },
  input: { create: ImportedOrganization[]; update: { before: Organization; after: Organization }[] },
): Promise<Organization[]> {
  const slugs = await uniqueSlugs(deps.db, input.create.map((o) => o.name));
  const now = deps.clock.iso();
  const created: Organization[] = input.create.map((o, i) => ({ id: newId(), ...o, slug: slugs[i], mainPhone: null, accountManagerId: null, createdAt: now, archivedAt: null }));
  await insertOrganizations(deps.db, created);
  for (const { before, after } of input.update) {
    await updateOrganization(deps.db, after);
    if (after.country !== null && after.country !== before.country) await renormalizeOrganizationPhones(deps.db, after.id, after.country);
  }
  return created;
}
