import { notFound } from '../../platform/errors.js';
import type { SpareDeps } from './spare-deps.js';
import { findItem, saveItem, type ItemRecord } from './spares.repository.js';

/** Renames an item or changes its kind or model; whether it is serialised stays as created. */
export async function updateItem(deps: SpareDeps, id: string, change: { name?: string; kind?: string; model?: string }): Promise<ItemRecord> {
  const current = await findItem(deps.db, id);
  if (!current) throw notFound('Spare item');
  const next: ItemRecord = {
    ...current,
    name: change.name?.trim() ?? current.name,
    kind: change.kind?.trim() ?? current.kind,
    model: change.model?.trim() ?? current.model,
  };
  await saveItem(deps.db, next);
  return next;
}
