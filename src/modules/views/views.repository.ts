/** Saved views in the database. */
import type { Db } from '../../platform/db/connect.js';
import { readBool, readJson } from '../../platform/db/dialect.js';
import type { SavedViewTable } from './views.tables.js';
import type { ViewFilters } from './views.schema.js';

export interface SavedView {
  id: string;
  name: string;
  queue: string;
  filters: ViewFilters;
  shared: boolean;
  ownerUserId: string;
  createdAt: string;
  updatedAt: string;
}

const toView = (r: SavedViewTable): SavedView => ({
  id: r.id,
  name: r.name,
  queue: r.queue,
  filters: readJson<ViewFilters>(r.filters, {}),
  shared: readBool(r.shared),
  ownerUserId: r.owner_user_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The person's own views and every shared one, by name. */
export async function listViews(db: Db, userId: string): Promise<SavedView[]> {
  const rows = await db
    .selectFrom('saved_views')
    .selectAll()
    .where((eb) => eb.or([eb('owner_user_id', '=', userId), eb('shared', '=', true)]))
    .orderBy('name')
    .orderBy('id')
    .limit(200)
    .execute();
  return rows.map(toView);
}

/** A view the person may see (their own or a shared one). */
export async function findVisibleView(db: Db, userId: string, id: string): Promise<SavedView | undefined> {
  const row = await db
    .selectFrom('saved_views')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => eb.or([eb('owner_user_id', '=', userId), eb('shared', '=', true)]))
    .executeTakeFirst();
  return row ? toView(row) : undefined;
}

export async function countOwnViews(db: Db, userId: string): Promise<number> {
  const row = await db.selectFrom('saved_views').select((eb) => eb.fn.countAll<number | string>().as('n')).where('owner_user_id', '=', userId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertView(db: Db, v: SavedView): Promise<void> {
  await db
    .insertInto('saved_views')
    .values({ id: v.id, owner_user_id: v.ownerUserId, name: v.name, queue: v.queue, filters: JSON.stringify(v.filters), shared: v.shared, created_at: v.createdAt, updated_at: v.updatedAt })
    .execute();
}

export async function saveView(db: Db, v: SavedView): Promise<void> {
  await db
    .updateTable('saved_views')
    .set({ name: v.name, queue: v.queue, filters: JSON.stringify(v.filters), shared: v.shared, updated_at: v.updatedAt })
    .where('id', '=', v.id)
    .execute();
}

export async function deleteView(db: Db, id: string): Promise<void> {
  await db.deleteFrom('saved_views').where('id', '=', id).execute();
}
