import type { Db } from '../../platform/db/connect.js';
import type { Actor } from '../auth/index.js';
import { listContacts, organizationCountries, type Contact } from './client.repository.js';
import { bestMatch, phoneSearch, type MatchKind } from './phone.js';

export interface ContactSearch {
  organizationId?: string;
  q?: string;
  /** A caller's number in any format: international, national, or its last digits. */
  phone?: string;
  email?: string;
  /** Also archived contacts and contacts of archived organisations. */
  includeArchived?: boolean;
}

/** A contact found by a number, with the number on file that matched and how. */
export type FoundContact = Contact & { match?: { number: string; extension: string; label: string; kind: MatchKind } };

/**
 * "Who is calling": visible contacts by name, email or phone number. A number is read as typed,
 * as a national number of the countries of the visible organisations, and as trailing digits;
 * each contact found by number says which of its numbers matched and how.
 */
export async function findContacts(deps: { db: Db }, actor: Actor, search: ContactSearch, page: { limit: number; after?: [string, string] }): Promise<FoundContact[]> {
  const phone = search.phone ? phoneSearch(search.phone, await organizationCountries(deps.db, actor, search.organizationId)) : undefined;
  const contacts = await listContacts(deps.db, actor, { organizationId: search.organizationId, q: search.q, email: search.email, phone, includeArchived: search.includeArchived }, page);
  if (!search.phone) return contacts;
  const typed = search.phone;
  return contacts.map((c) => {
    const best = bestMatch(typed, c.phones);
    return best ? { ...c, match: { number: best.number, extension: best.extension, label: best.label, kind: best.kind } } : c;
  });
}
