/** Deleting a saved view: the owner's own, or a shared one by an owner or admin. */
import type { Db } from '../../platform/db/connect.js';
import type { StaffActor } from '../auth/index.js';
import { deleteView as deleteViewRow } from './views.repository.js';
import { ownView } from './save-view.js';

/** Deletes the view; 404 when the actor cannot see it, 403 when they may not change it. */
export async function deleteView(deps: { db: Db }, input: { actor: StaffActor; id: string }): Promise<void> {
  const view = await ownView(deps.db, input.actor, input.id);
  await deleteViewRow(deps.db, view.id);
}
