import { newId } from '../../platform/ids.js';
import type { SpareDeps } from './spare-deps.js';
import { insertItem, type ItemRecord } from './spares.repository.js';

/** Adds a kind of spare or loaner kept in stock (a model of laptop, a 4G router, a PSU …). */
export async function createItem(deps: SpareDeps, input: { name: string; kind: string; model?: string }): Promise<ItemRecord> {
  const item: ItemRecord = { id: newId(), name: input.name.trim(), kind: input.kind.trim(), model: input.model?.trim() ?? '', createdAt: deps.clock.iso() };
  await insertItem(deps.db, item);
  return item;
}
