/**
 * An RMM pushes a client's assets: each is matched to the asset its feed pushed before by the RMM's
 * own id and updated, or created. A push that changes nothing writes nothing (the same push twice is
 * the same as once). The person is found by email among the client's contacts; an address that is
 * no contact's leaves the asset without a person rather than refusing the push.
 */
import { newId } from '../../platform/ids.js';
import { contactsWithEmails } from '../clients/index.js';
import { applySettings, blankAsset, searchText, type AssetRecord, type AssetSettings } from './asset.js';
import { assetsByExternalId, insertAsset, markFeedPushed, saveAsset, type AssetFeedRecord } from './assets.repository.js';
import type { AssetDeps } from './create-asset.js';

/** One asset as the RMM sends it. */
export interface PushedAsset extends Omit<AssetSettings, 'contactId' | 'siteId'> {
  externalId: string;
  personEmail?: string;
}

export interface PushAnswer {
  received: number;
  created: number;
  updated: number;
  unchanged: number;
}

const SAME_FIELDS: (keyof AssetRecord)[] = ['kind', 'name', 'serial', 'model', 'contactId', 'notes', 'isp', 'circuitId', 'ispSupportPhone'];

export async function pushAssets(deps: AssetDeps, feed: AssetFeedRecord, pushed: PushedAsset[]): Promise<PushAnswer> {
  const now = deps.clock.iso();
  // The last of repeated ids in one push wins, as if they had come in two pushes.
  const byId = new Map(pushed.map((p) => [p.externalId, p]));
  const known = await assetsByExternalId(deps.db, feed.id, [...byId.keys()]);
  const emails = [...byId.values()].map((p) => p.personEmail?.trim().toLowerCase()).filter((e): e is string => !!e);
  const people = new Map<string, { id: string; name: string }>();
  for (const c of await contactsWithEmails(deps.db, emails)) {
    if (c.organizationId === feed.organization_id) for (const e of c.emails) people.set(e.toLowerCase(), c);
  }
  const answer: PushAnswer = { received: pushed.length, created: 0, updated: 0, unchanged: 0 };
  for (const [externalId, p] of byId) {
    const { externalId: _e, personEmail, ...settings } = p;
    const person = personEmail ? people.get(personEmail.trim().toLowerCase()) : undefined;
    const before = known.get(externalId);
    const base = before ?? { ...blankAsset(newId(), feed.organization_id, now), feedId: feed.id, externalId };
    const next = applySettings(base, { ...settings, contactId: person?.id ?? null });
    if (before && SAME_FIELDS.every((f) => before[f] === next[f]) && JSON.stringify(before.tags) === JSON.stringify(next.tags)) {
      answer.unchanged += 1;
      continue;
    }
    const text = searchText(next, person?.name ?? null);
    if (before) {
      // The push runs in one transaction: a person's edit at this instant fails it, and the RMM retries.
      if (!(await saveAsset(deps.db, { ...next, version: before.version + 1, updatedAt: now }, before.version, text))) throw new Error('an asset changed while a push updated it');
      answer.updated += 1;
    } else {
      await insertAsset(deps.db, next, text);
      answer.created += 1;
    }
  }
  await markFeedPushed(deps.db, feed.id, now);
  return answer;
}
