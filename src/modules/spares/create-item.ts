import { newId } from '../../platform/ids.js';
import type { SpareDeps } from './spare-deps.js';
import { insertItem, type ItemRecord } from './spares.repository.js';

/**
 * Adds a kind of spare or loaner kept in stock (a model of laptop, a 4G router, a PSU …). A
 * serialised item's units each carry a serial and are received one by one; whether an item is
 * serialised is fixed here, since its stock is counted one way or the other.
 */
export async function createItem(deps: SpareDeps, input: { name: string; kind: string; model?: string; serialised?: boolean }): Promise<ItemRecord> {
  const item: ItemRecord = { id: newId(), name: input.name.trim(), kind: input.kind.trim(), model: input.model?.trim() ?? '', serialised: input.serialised ?? false, createdAt: deps.clock.iso() };
  await insertItem(deps.db, item);
  return item;
}
